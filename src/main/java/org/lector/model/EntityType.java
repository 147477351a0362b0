package org.lector.model;


/**
 * The families an entity mention is typed with. Each has a stable {@link #id()} for storage and export and a
 * hotkey digit for tagging. The engine's finer type (CITY, NATIONALITY, ...) is kept as a mention's subtype.
 */
public enum EntityType implements StableId {
    PERSON("PERSON", "Person", '1'),
    ORGANIZATION("ORGANIZATION", "Organization", '2'),
    PLACE("PLACE", "Place", '3'),
    GROUP("GROUP", "Group", '4'),
    TITLE("TITLE", "Title", '5'),
    MONEY("MONEY", "Money", '6'),
    QUANTITY("QUANTITY", "Quantity", '7'),
    DATE("DATE", "Date", '8'),
    MISC("MISC", "Misc", '9');

    private final String id;
    private final String label;
    private final char hotkey;

    EntityType(String id, String label, char hotkey) {
        this.id = id;
        this.label = label;
        this.hotkey = hotkey;
    }

    public String id() {
        return id;
    }

    /** A human label for legends and menus. */
    public String label() {
        return label;
    }

    /** The digit key that tags a selection with this type. */
    public char hotkey() {
        return hotkey;
    }

    public static EntityType fromId(String id) {
        return StableId.fromId(EntityType.class, id);
    }
}
