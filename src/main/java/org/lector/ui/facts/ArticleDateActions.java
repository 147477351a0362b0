package org.lector.ui.facts;

import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * What the reader can do about the article's date from the Facts tab (issue 15, point 4): give an article that has
 * none a date, so its relative dates ("Thursday") are placed, change it, or take it away again. The main window
 * keeps it in the library and analyses the article again.
 */
public interface ArticleDateActions {

    /** Whether the shown article's date is one the reader gave it. */
    ReadOnlyBooleanProperty datedByReaderProperty();

    /** Asks the reader for the article's date, starting from the one shown (or none), and sets it. */
    void chooseDate();

    /** Takes away the date the reader gave: the article is read with its own again (or none). */
    void clearDate();
}
