package org.lector.export;

import java.util.EnumMap;
import java.util.Map;
import org.lector.model.EntityType;

/**
 * The one palette of entity and quote colours, for exports and for the app to adopt. Light backgrounds that keep
 * near-black text above 4.5:1 contrast; hues chosen apart so adjacent types stay distinguishable, and documented in
 * {@code docs/decisions/0006-exports.md}.
 *
 * <pre>
 * PERSON       #ffd6a5   ORGANIZATION #bde0fe   PLACE    #caffbf   GROUP #ffc6ff   TITLE #e4d6f5
 * MONEY        #fdffb6   QUANTITY     #ffcaca   DATE     #b5ede6   MISC  #e2e2e2   quote #5b7db1 (underline)
 * </pre>
 */
public final class EntityPalette {

    /** The quote colour: an underline and a left rule, not a fill, so entity fills inside quotes stay visible. */
    public static final String QUOTE = "#5b7db1";

    private static final Map<EntityType, String> COLOURS = new EnumMap<>(EntityType.class);

    static {
        COLOURS.put(EntityType.PERSON, "#ffd6a5");
        COLOURS.put(EntityType.ORGANIZATION, "#bde0fe");
        COLOURS.put(EntityType.PLACE, "#caffbf");
        COLOURS.put(EntityType.GROUP, "#ffc6ff");
        COLOURS.put(EntityType.TITLE, "#e4d6f5");
        COLOURS.put(EntityType.MONEY, "#fdffb6");
        COLOURS.put(EntityType.QUANTITY, "#ffcaca");
        COLOURS.put(EntityType.DATE, "#b5ede6");
        COLOURS.put(EntityType.MISC, "#e2e2e2");
    }

    private EntityPalette() {
    }

    /** The hex colour ({@code #rrggbb}) of a type. */
    public static String colour(EntityType type) {
        return COLOURS.get(type);
    }
}
