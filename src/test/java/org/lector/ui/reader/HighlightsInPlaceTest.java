package org.lector.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The article's highlights after an analysis that changed in a few places (a part of a novel analysed, an edit):
 * only those places are made again, and the text shows exactly what styling the whole analysis afresh shows,
 * types the reader hid included.
 */
@ExtendWith(ApplicationExtension.class)
class HighlightsInPlaceTest {

    private static final String WORDS = "Anna met Pierre in Moscow while the army of Napoleon crossed the river and "
            + "\u201cnobody knew\u201d what the count would say to the prince.";
    private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION,
        EntityType.GROUP};

    private ReaderViewModel viewModel;
    private ReaderView view;

    @Start
    void start(Stage stage) {
        viewModel = new ReaderViewModel(BackgroundTasks.sameThread());
        view = new ReaderView(viewModel, BackgroundTasks.sameThread());
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    @Test
    void anAnalysisChangedInAFewWindowsIsShownAsStylingItWholeShowsIt(FxRobot robot) throws Exception {
        String text = String.join("\n\n", Collections.nCopies(40, WORDS));
        Document doc = new Document("A novel", text, "novel.txt", DocumentFormat.TEXT, "UTF-8", "0", null);
        robot.interact(() -> viewModel.documentProperty().set(doc));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.laidOutProperty().get() == doc);
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            Analysis before = randomAnalysis(random, text, List.of(new Span(0, text.length())));
            List<Span> windows = new ArrayList<>();
            for (int i = random.nextInt(4); i >= 0; i--) {
                int start = random.nextInt(text.length() - 300);
                windows.add(new Span(start, start + 20 + random.nextInt(280)));
            }
            // What an edit or a new part does: everything inside the windows may change, nothing outside them.
            List<EntityMention> kept = before.entities().stream()
                    .filter(m -> windows.stream().noneMatch(w -> w.overlaps(m.span()))).toList();
            List<Quote> keptQuotes = before.quotes().stream()
                    .filter(q -> windows.stream().noneMatch(w -> w.overlaps(q.span()))).toList();
            Analysis inWindows = randomAnalysis(random, text, windows);
            List<EntityMention> entities = new ArrayList<>(kept);
            entities.addAll(inWindows.entities().stream()
                    .filter(m -> windows.stream().anyMatch(w -> w.overlaps(m.span()))).toList());
            List<Quote> quotes = new ArrayList<>(keptQuotes);
            quotes.addAll(inWindows.quotes().stream()
                    .filter(q -> windows.stream().anyMatch(w -> w.overlaps(q.span()))).toList());
            Analysis after = new Analysis("test", entities, List.of(), quotes, List.of(), List.of());
            // The places said to have changed cover every highlight that did, whole, as an edit's and a part's do.
            List<Span> changed = new ArrayList<>(windows);
            before.entities().stream().filter(m -> !kept.contains(m)).forEach(m -> changed.add(m.span()));
            before.quotes().stream().filter(q -> !keptQuotes.contains(q)).forEach(q -> changed.add(q.span()));
            EntityType hidden = seed % 3 == 0 ? TYPES[random.nextInt(TYPES.length)] : null;
            boolean quotesHidden = seed % 4 == 0;

            robot.interact(() -> {
                viewModel.hiddenTypes().clear();
                if (hidden != null) {
                    viewModel.hiddenTypes().add(hidden);
                }
                viewModel.quotesHiddenProperty().set(quotesHidden);
                viewModel.analysisProperty().set(before);
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<StyledRange> expectedBefore = Highlights.of(before, hidden == null ? Set.of() : Set.of(hidden),
                    quotesHidden);
            robot.interact(() -> {
                for (int at = 0; at < text.length(); at++) {
                    if (text.charAt(at) == '\n') {
                        continue; // a line break is no character of the area's, and has no style
                    }
                    assertThat(new TreeSet<>(view.area().getStyleOfChar(at))).as("before, at " + at)
                            .isEqualTo(classesAt(expectedBefore, at));
                }
            });
            robot.interact(() -> viewModel.showPartialAnalysis(after, changed));
            WaitForAsyncUtils.waitForFxEvents();
            List<StyledRange> expected = Highlights.of(after, hidden == null ? Set.of() : Set.of(hidden),
                    quotesHidden);
            StyleClassedTextArea area = view.area();
            String why = "seed " + seed + ", windows " + windows + ", hidden " + hidden + ", quotes hidden "
                    + quotesHidden;
            robot.interact(() -> {
                for (int at = 0; at < text.length(); at++) {
                    if (text.charAt(at) == '\n') {
                        continue;
                    }
                    assertThat(new TreeSet<>(area.getStyleOfChar(at))).as(why + ", at " + at)
                            .isEqualTo(classesAt(expected, at));
                }
            });
        }
    }

    private static Set<String> classesAt(List<StyledRange> ranges, int at) {
        Set<String> classes = new TreeSet<>();
        for (StyledRange r : ranges) {
            if (r.span().start() <= at && at < r.span().end()) {
                classes.add(r.styleClass());
            }
        }
        return classes;
    }

    @Test
    void highlightsFoundWithNothingHiddenAndThenFilteredAreThoseFoundWithTypesHidden() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String text = String.join(" ", Collections.nCopies(20, WORDS));
        for (int round = 0; round < 200; round++) {
            Analysis analysis = randomAnalysis(random, text, List.of(new Span(0, text.length())));
            List<Span> windows = new ArrayList<>();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                int start = random.nextInt(text.length() - 30);
                windows.add(new Span(start, start + 1 + random.nextInt(30)));
            }
            Set<EntityType> hidden = new HashSet<>();
            for (EntityType t : TYPES) {
                if (random.nextInt(3) == 0) {
                    hidden.add(t);
                }
            }
            boolean quotesHidden = random.nextBoolean();
            assertThat(Highlights.shown(Highlights.within(analysis, Set.of(), false, windows), hidden, quotesHidden))
                    .as("round %d, seed %d", round, seed)
                    .isEqualTo(Highlights.within(analysis, hidden, quotesHidden, windows));
        }
    }

    /** Names on random words and a few quotes, all inside {@code where}, some of them nested in others. */
    private static Analysis randomAnalysis(Random random, String text, List<Span> where) {
        List<EntityMention> entities = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        Provenance auto = Provenance.auto("test", 0.9);
        for (Span w : where) {
            for (int i = 0; i < Math.max(3, w.length() / 12); i++) {
                int start = w.start() + random.nextInt(Math.max(1, w.length() - 1));
                int end = Math.min(w.end(), start + 1 + random.nextInt(14));
                Span span = new Span(start, end);
                MentionForm form = random.nextInt(6) == 0 ? MentionForm.PRONOUN : MentionForm.NAME;
                entities.add(new EntityMention("m" + entities.size(), span, span.of(text),
                        TYPES[random.nextInt(TYPES.length)], "", form, null, auto));
            }
            if (w.length() > 40 && random.nextBoolean()) {
                int start = w.start() + random.nextInt(w.length() - 40);
                Span span = new Span(start, start + 10 + random.nextInt(30));
                quotes.add(new Quote("q" + quotes.size(), span, span.of(text), QuoteKind.DIRECT, null, "", null, "",
                        auto));
            }
        }
        return new Analysis("test", entities, List.of(), quotes, List.of(), List.of());
    }
}
