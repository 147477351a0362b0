package org.lector.ui.common;

import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.image.Image;

/** Applies the base stylesheet and a theme to a scene. */
public final class Themes {

    private static final String ASSETS = "/org/lector/assets/";

    private Themes() {
    }

    /** The external form of an asset bundled in the jar, e.g. {@code css/base.css}. */
    static String resource(String name) {
        URL url = Themes.class.getResource(ASSETS + name);
        if (url == null) {
            throw new IllegalStateException("missing bundled asset " + name + "; the build did not copy assets/");
        }
        return url.toExternalForm();
    }

    /** The application icon in the sizes desktops ask for. */
    public static List<Image> icons() {
        return IntStream.of(16, 24, 32, 48, 64, 128, 256)
                .mapToObj(size -> new Image(resource("icons/lector-" + size + ".png")))
                .toList();
    }

    public static void apply(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(List.of(resource("css/base.css"), theme.stylesheet()));
        scene.getRoot().getStyleClass().removeAll(
                Arrays.stream(Theme.values()).map(t -> "theme-" + t.id()).toList());
        scene.getRoot().getStyleClass().add("theme-" + theme.id());
    }
}
