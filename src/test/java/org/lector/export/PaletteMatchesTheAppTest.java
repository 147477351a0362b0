package org.lector.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lector.model.EntityType;

/** Exports colour highlights as the app does: the palette equals the light theme's looked-up colours. */
class PaletteMatchesTheAppTest {

    private static String themeColour(String css, String name) {
        Matcher m = Pattern.compile("-lector-" + name + ":\\s*(#[0-9a-fA-F]{6})").matcher(css);
        assertThat(m.find()).as("light.css defines -lector-" + name).isTrue();
        return m.group(1).toLowerCase(Locale.ROOT);
    }

    @Test
    void everyTypeAndQuotesHaveTheLightThemesColour() throws IOException {
        String css = Files.readString(Path.of("assets/css/light.css"));
        for (EntityType type : EntityType.values()) {
            assertThat(EntityPalette.colour(type).toLowerCase(Locale.ROOT)).as(type.id())
                    .isEqualTo(themeColour(css, type.id().toLowerCase(Locale.ROOT)));
        }
        assertThat(EntityPalette.QUOTE.toLowerCase(Locale.ROOT)).isEqualTo(themeColour(css, "quote"));
    }
}
