package org.lector.ui.reader;

import org.lector.model.Document;

/** Plays the article view's part in tests of view models: says which text it is laying out, as ReaderView does. */
public final class ReaderLayouts {

    private ReaderLayouts() {
    }

    /** The view starts laying out {@code document}, or (null) has it on screen with its highlights. */
    public static void layingOut(ReaderViewModel reader, Document document) {
        reader.setLayingOut(document);
    }
}
