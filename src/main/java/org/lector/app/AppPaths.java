package org.lector.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Lector keeps its files, by the XDG base directory rules: settings under {@code $XDG_CONFIG_HOME/lector}
 * (else {@code ~/.config/lector}), data under {@code $XDG_DATA_HOME/lector} (else {@code ~/.local/share/lector}).
 *
 * @param config directory for settings
 * @param data   directory for the library and bundled samples
 */
public record AppPaths(Path config, Path data) {

    public static AppPaths fromEnvironment() {
        return from(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The paths for an environment and home directory; relative XDG values are ignored, as the spec says. */
    static AppPaths from(Map<String, String> env, Path home) {
        return new AppPaths(
                xdg(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve("lector"),
                xdg(env.get("XDG_DATA_HOME"), home.resolve(".local/share")).resolve("lector"));
    }

    private static Path xdg(String value, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path p = Path.of(value);
        return p.isAbsolute() ? p : fallback;
    }

    public Path settingsFile() {
        return config.resolve("settings.json");
    }
}
