package org.lector.ui.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lector.model.Analysis;
import org.lector.model.EntityCluster;
import org.lector.model.EntityType;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.reader.ReaderViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Quotes tab groups quotations by the speaker's cluster, headed by its best name. */
@ExtendWith(ApplicationExtension.class)
class QuotesPaneTest {

    private static final Provenance AUTO = Provenance.auto("test", 1.0);

    private ReaderViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new ReaderViewModel(BackgroundTasks.sameThread());
        stage.setScene(new Scene(new QuotesPane(viewModel, new javafx.beans.property.SimpleStringProperty("")),
                400, 500));
        stage.show();
    }

    private static Quote quote(String id, int start, QuoteKind kind, String cluster, String name) {
        return new Quote(id, new Span(start, start + 10), "\u201cwords " + id + "\u201d", kind, cluster, name, null,
                "", AUTO);
    }

    private static Analysis analysis() {
        EntityCluster holt = new EntityCluster("c1", "Jane Holt", EntityType.PERSON, List.of("m1", "m2"));
        EntityCluster bank = new EntityCluster("c2", "the Central Bank", EntityType.ORGANIZATION, List.of("m3"));
        return new Analysis("test", List.of(), List.of(holt, bank), List.of(
                quote("q1", 0, QuoteKind.DIRECT, "c1", "Jane Holt"),
                quote("q2", 20, QuoteKind.SCARE, null, ""),
                quote("q3", 40, QuoteKind.DIRECT, "c2", "the Central Bank"),
                // the same cluster under a shorter mention's name: still Jane Holt's group
                quote("q4", 60, QuoteKind.PARTIAL, "c1", "Holt"),
                quote("q5", 80, QuoteKind.TITLE, null, ""),
                quote("q6", 100, QuoteKind.DIRECT, null, "")), List.of(), List.of());
    }

    @SuppressWarnings("unchecked")
    private static ListView<QuotesPane.Row> list(FxRobot robot) {
        return robot.lookup("#quotes-list .panel-list").queryAs(ListView.class);
    }

    @Test
    void quotesOfOneClusterShareOneGroupNamedByItsBestName(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.analysisProperty().set(analysis()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !list(robot).getItems().isEmpty());
        List<String> shown = list(robot).getItems().stream()
                .map(r -> r.quote() == null ? "# " + r.heading() : r.quote().id()).toList();
        assertThat(shown).containsExactly(
                "# Jane Holt  \u00b7  2", "q1", "q4",
                "# the Central Bank  \u00b7  1", "q3",
                "# Speaker not found  \u00b7  1", "q6",
                "# Scare quotes (nobody is reported saying these)  \u00b7  1", "q2",
                "# Titles (of shows, books, films and campaigns)  \u00b7  1", "q5");
    }

    @Test
    void aSpeakerTypedWithoutAClusterGroupsByName() {
        Analysis typed = new Analysis("test", List.of(), List.of(), List.of(
                quote("q1", 0, QuoteKind.DIRECT, null, "A neighbour"),
                quote("q2", 20, QuoteKind.DIRECT, null, "A neighbour")), List.of(), List.of());
        assertThat(QuotesPane.rows(typed)).extracting(QuotesPane.Row::heading)
                .containsExactly("A neighbour  \u00b7  2", null, null);
    }
}
