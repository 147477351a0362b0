package org.lector.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Span;
import org.lector.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new analysis is in the text's highlights before anything else listening to it runs: at launch the legend, the
 * panels and the repair suggestions, all made before the article's view, had the reopened article's highlights wait
 * for them.
 */
@ExtendWith(ApplicationExtension.class)
class HighlightsFirstTest {

    private ReaderViewModel viewModel;
    private ReaderView view;
    /** The style of the name's first character each time an analysis listener made before the view ran. */
    private final List<Collection<String>> seenEarlier = new ArrayList<>();

    @Start
    void start(Stage stage) {
        viewModel = new ReaderViewModel(BackgroundTasks.sameThread());
        // Registered before the view exists, as the window's view-model parts register theirs.
        viewModel.analysisProperty().addListener((obs, old, analysis) -> {
            if (analysis != null) {
                seenEarlier.add(view.area().getStyleOfChar(1));
            }
        });
        view = new ReaderView(viewModel, BackgroundTasks.sameThread());
        stage.setScene(new Scene(view, 600, 400));
        stage.show();
    }

    @Test
    void theHighlightsAreInTheTextBeforeTheAnalysisListenersMadeEarlierRun(FxRobot robot) throws Exception {
        String text = "Pierre met Anna in Moscow.";
        Document doc = new Document("A note", text, "note.txt", DocumentFormat.TEXT, "UTF-8", "0", null);
        robot.interact(() -> viewModel.documentProperty().set(doc));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.laidOutProperty().get() == doc);
        Span pierre = new Span(0, 6);
        Analysis analysis = new Analysis("test", List.of(new EntityMention("m0", pierre, pierre.of(text),
                EntityType.PERSON, "", MentionForm.NAME, null, Provenance.auto("test", 0.9))), List.of(), List.of(),
                List.of(), List.of());
        robot.interact(() -> viewModel.analysisProperty().set(analysis));
        assertThat(seenEarlier).singleElement().satisfies(style -> assertThat(style).contains("entity-person"));
    }
}
