package org.lector.ui.main;

import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.lector.reading.LibraryPlace;
import org.lector.ui.facts.ArticleDateActions;
import org.lector.ui.facts.ArticleDateDialog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article's date as the reader gives it (issue 15, point 4): kept with the article in the library
 * ({@code DocumentRepository#setReaderDate}), which drops its cached analyses, then the article is read again, so
 * its relative dates are placed from the new date; the date stays through reopening and later analyses. Taking it
 * away ({@link #clearDate}) is the way back.
 */
final class ArticleDating implements ArticleDateActions {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleDating.class);

    private final MainViewModel viewModel;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper datedByReader = new ReadOnlyBooleanWrapper(this, "datedByReader");
    /** The place whose date was last looked up: an edit shows a new analysis of the same place, and needs none. */
    private LibraryPlace looked;

    ArticleDating(MainViewModel viewModel, Clock clock) {
        this.viewModel = viewModel;
        this.clock = clock;
        // Whose date the shown article has is known once its analysis is shown from the library
        viewModel.reader().analysisProperty().addListener((obs, old, analysis) -> lookUp());
    }

    @Override
    public ReadOnlyBooleanProperty datedByReaderProperty() {
        return datedByReader.getReadOnlyProperty();
    }

    @Override
    public void chooseDate() {
        if (place() == null) {
            return;
        }
        LocalDate shown = viewModel.reader().articleDateProperty().get();
        viewModel.dialogs().edit(ArticleDateDialog.editor(shown, LocalDate.now(clock))).ifPresent(this::set);
    }

    @Override
    public void clearDate() {
        if (place() != null) {
            set(null);
        }
    }

    /** The shown article's place in the library; when there is none, says why the date cannot be kept. */
    private LibraryPlace place() {
        LibraryPlace place = viewModel.shownPlace();
        if (place == null) {
            viewModel.dialogs().showError("Cannot set the article\u2019s date", "The date is kept with the "
                    + "article in your library. Open a library, or wait until the article has been analysed.");
        }
        return place;
    }

    private void set(LocalDate date) {
        LibraryPlace place = viewModel.shownPlace();
        viewModel.tasks().submit(progress -> {
            place.library().documents().setReaderDate(place.documentId(), date).join();
            return date;
        }, done -> {
            looked = null;
            viewModel.corrections().tell(date == null ? "The date you gave the article was taken away"
                    : "The article is dated " + date + "; relative dates are placed again");
            viewModel.readShownAgain();
        }, error -> {
            LOG.error("could not keep the article's date", error);
            viewModel.dialogs().showError("Cannot set the article\u2019s date", "The library could not keep it. "
                    + "Nothing else was changed; the details are in the log.");
        });
    }

    private void lookUp() {
        LibraryPlace place = viewModel.shownPlace();
        if (place != null && place.equals(looked)) {
            return;
        }
        looked = place;
        if (place == null) {
            datedByReader.set(false);
            return;
        }
        viewModel.tasks().submit(progress -> place.library().documents().readerDate(place.documentId()).isPresent(),
                readers -> {
                    if (place.equals(viewModel.shownPlace())) {
                        datedByReader.set(readers);
                    }
                }, error -> LOG.warn("could not read whose the article's date is", error));
    }
}
