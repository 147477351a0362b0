package org.lector.ui.facts;

import org.lector.model.Fact;
import org.lector.model.FactStatus;

/** What the reader can do to a fact from the Facts tab; the main window carries it out as an undoable edit. */
public interface FactActions {

    /** Opens the fact editor on {@code fact}: its claim, source, status, evidence note and URL. */
    void edit(Fact fact);

    /** Sets the fact's status, keeping its evidence note and URL. */
    void setStatus(Fact fact, FactStatus status);

    /** Opens an evidence URL (already checked to be http or https) in the browser. */
    void openLink(String url);
}
