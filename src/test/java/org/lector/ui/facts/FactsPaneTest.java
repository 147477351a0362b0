package org.lector.ui.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lector.model.Analysis;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.Provenance;
import org.lector.model.Span;
import org.lector.model.TimeExpression;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.reader.ReaderViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A fact's time on its card: the normalized value, or in words why there is none. */
@ExtendWith(ApplicationExtension.class)
class FactsPaneTest {

    private ReaderViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new ReaderViewModel(BackgroundTasks.sameThread());
        stage.setScene(new Scene(new FactsPane(viewModel, new SimpleStringProperty("")), 400, 400));
        stage.show();
    }

    private static Fact votedOn(TimeExpression time) {
        return new Fact("f1", new Span(0, 30), "The council voted on Thursday.", "The council", "voted", "",
                List.of(), time, null, "", 0.8, FactStatus.UNCHECKED, "", "", Provenance.auto("test", 1.0));
    }

    @Test
    void aWeekdayInAnArticleWithoutADateSaysSoInWords(FxRobot robot) throws Exception {
        Analysis analysis = new Analysis("test", List.of(), List.of(), List.of(),
                List.of(votedOn(new TimeExpression("Thursday", "XXXX-WXX-4"))), List.of());
        robot.interact(() -> {
            viewModel.articleDateProperty().set(null);
            viewModel.analysisProperty().set(analysis);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !robot.lookup("#facts-pane .panel-item-meta").queryAll().isEmpty());
        assertThat(robot.lookup("#facts-pane .panel-item-meta").queryAs(Label.class).getText())
                .isEqualTo("Thursday \u2014 the article has no date");
    }

    @Test
    void aDatePlacedByTheArticleDateShowsItsValue() {
        assertThat(FactsPane.when(new TimeExpression("Thursday", "2016-10-13"), LocalDate.of(2016, 10, 11)))
                .isEqualTo("Thursday (2016-10-13)");
        // a date the text gives in full needs no article date
        assertThat(FactsPane.when(new TimeExpression("12 October 2016", "2016-10-12"), null))
                .isEqualTo("12 October 2016 (2016-10-12)");
    }
}
