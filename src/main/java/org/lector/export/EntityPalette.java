package org.lector.export;

import java.util.EnumMap;
import java.util.Map;
import org.lector.model.EntityType;

/**
 * The entity and quote colours of exports: the app's light theme ({@code assets/css/light.css}), so an exported
 * page looks like the reader; {@code PaletteMatchesTheAppTest} keeps the two equal. Light backgrounds that keep
 * near-black text above 4.5:1 contrast; documented in {@code docs/decisions/0006-exports.md}.
 *
 * <pre>
 * PERSON       #cfe2ff   ORGANIZATION #d4f0cc   PLACE    #ffe1bd   GROUP #ead7ff   TITLE #e4ded2
 * MONEY        #c5eee4   QUANTITY     #f8d3e2   DATE     #f3d6d0   MISC  #e2e2e2   quote #b5651d (underline)
 * </pre>
 */
public final class EntityPalette {

    /** The quote colour: an underline and a left rule, not a fill, so entity fills inside quotes stay visible. */
    public static final String QUOTE = "#b5651d";

    private static final Map<EntityType, String> COLOURS = new EnumMap<>(EntityType.class);

    static {
        COLOURS.put(EntityType.PERSON, "#cfe2ff");
        COLOURS.put(EntityType.ORGANIZATION, "#d4f0cc");
        COLOURS.put(EntityType.PLACE, "#ffe1bd");
        COLOURS.put(EntityType.GROUP, "#ead7ff");
        COLOURS.put(EntityType.TITLE, "#e4ded2");
        COLOURS.put(EntityType.MONEY, "#c5eee4");
        COLOURS.put(EntityType.QUANTITY, "#f8d3e2");
        COLOURS.put(EntityType.DATE, "#f3d6d0");
        COLOURS.put(EntityType.MISC, "#e2e2e2");
    }

    private EntityPalette() {
    }

    /** The hex colour ({@code #rrggbb}) of a type. */
    public static String colour(EntityType type) {
        return COLOURS.get(type);
    }
}
