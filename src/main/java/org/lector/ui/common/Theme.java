package org.lector.ui.common;

import java.util.Arrays;

/** The reader's colour themes; {@link #id()} is what settings store. */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The stylesheet of this theme, layered over the base stylesheet. */
    public String stylesheet() {
        return Themes.resource("css/" + id + ".css");
    }

    public static Theme fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst().orElse(LIGHT);
    }
}
