package org.lector.ui.quotes;

import org.lector.model.Quote;

/** What the reader can do to a quote from the Quotes tab; the main window carries it out as an undoable edit. */
public interface QuoteActions {

    /** Opens the quote editor on {@code quote}: its kind, speaker and cue. */
    void edit(Quote quote);

    /** Removes the quote. */
    void remove(Quote quote);
}
