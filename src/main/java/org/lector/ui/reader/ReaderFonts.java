package org.lector.ui.reader;

import java.util.Collection;
import java.util.List;

/** Picks the reading face: the first well-made serif the system has. */
final class ReaderFonts {

    /** In order of preference: faces designed for long reading on screen first. */
    static final List<String> SERIF_PREFERENCE = List.of(
            "Literata", "Source Serif 4", "Source Serif Pro", "Charter", "Noto Serif", "Georgia",
            "DejaVu Serif", "Liberation Serif", "Times New Roman");

    private ReaderFonts() {
    }

    /** The preferred serif family among {@code available}, or JavaFX's logical "Serif" face. */
    static String serifFamily(Collection<String> available) {
        return SERIF_PREFERENCE.stream().filter(available::contains).findFirst().orElse("Serif");
    }
}
