package org.lector.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Span;
import org.lector.nlp.CancellationToken;
import org.lector.testing.TextMatchingAnalysis;

class ProgressiveAnalysisTest {

    private static String novel(int paragraphs) {
        StringBuilder s = new StringBuilder("A Long Book\n\n");
        for (int i = 0; i < paragraphs; i++) {
            s.append("Chapter ").append(i).append(". Pierre walked to Moscow and said \"we are late\" to Natasha.\n\n");
        }
        return s.toString();
    }

    @Test
    void partsEndAtParagraphBreaksAndCoverTheWholeText() {
        String text = novel(2000);
        List<Span> parts = ProgressiveAnalysis.parts(text, 5_000);
        assertThat(parts.get(0).start()).isZero();
        assertThat(parts.get(parts.size() - 1).end()).isEqualTo(text.length());
        for (int i = 1; i < parts.size(); i++) {
            assertThat(parts.get(i).start()).isEqualTo(parts.get(i - 1).end());
            assertThat(text.substring(parts.get(i).start() - 2, parts.get(i).start())).isEqualTo("\n\n");
        }
    }

    @Test
    void aParagraphLongerThanAPartIsCutAfterASentenceAndNoPartIsMuchLongerThanAsked() {
        String sentence = "Pierre walked to Moscow and back again. ";
        String text = "Title\n\n" + sentence.repeat(200) + "\n\n" + sentence.repeat(3);
        List<Span> parts = ProgressiveAnalysis.parts(text, 1_000);
        assertThat(parts.get(parts.size() - 1).end()).isEqualTo(text.length());
        for (int i = 0; i < parts.size(); i++) {
            Span part = parts.get(i);
            assertThat(part.length()).isLessThanOrEqualTo(1_500);
            if (i > 0) {
                assertThat(part.start()).isEqualTo(parts.get(i - 1).end());
            }
            if (i < parts.size() - 1) {
                assertThat(part.of(text)).matches("(?s).*(\\. |\n)");
            }
        }
    }

    @Test
    void eachPartIsAddedByExactlyOneMergeWhenMergesComeLate() throws Exception {
        // The window merges once for several parts, after they are done: a merge holds every part done by then,
        // and names as added only the parts no earlier merge held, so each part's highlights are shown once.
        String text = novel(400);
        Document doc = new Document("A Long Book", text, "book.txt", DocumentFormat.TEXT, "UTF-8", "0", null);
        TextMatchingAnalysis engine = new TextMatchingAnalysis(Map.of("Pierre", EntityType.PERSON));
        List<java.util.function.Supplier<ProgressiveAnalysis.Partial>> merges =
                java.util.Collections.synchronizedList(new ArrayList<>());
        ProgressiveAnalysis.run(engine, doc, new CancellationToken(), () -> 0,
                (merge, done, total) -> merges.add(merge), 2, Runnable::run);

        List<ProgressiveAnalysis.Partial> partials = merges.stream().map(java.util.function.Supplier::get).toList();
        List<Span> parts = ProgressiveAnalysis.parts(text, ProgressiveAnalysis.PART_CHARS);
        assertThat(partials.get(0).added()).containsExactlyInAnyOrderElementsOf(parts);
        assertThat(partials.get(0).merged().entities()).hasSize(400);
        assertThat(partials.subList(1, partials.size())).allSatisfy(p -> {
            assertThat(p.added()).isEmpty();
            assertThat(p.merged()).isNull();
        });
    }

    @Test
    void thePartOnScreenComesFirstThenOnwardThenBack() {
        List<Span> parts = List.of(new Span(0, 10), new Span(10, 20), new Span(20, 30), new Span(30, 40));
        boolean[] done = new boolean[4];
        assertThat(ProgressiveAnalysis.nextPart(parts, done, 25)).isEqualTo(2);
        done[2] = true;
        assertThat(ProgressiveAnalysis.nextPart(parts, done, 25)).isEqualTo(3);
        done[3] = true;
        assertThat(ProgressiveAnalysis.nextPart(parts, done, 25)).isEqualTo(1);
    }

    @Test
    void mergedPartsMatchAnalysingTheWholeTextAtOnce() throws Exception {
        String text = novel(1500);
        Document doc = new Document("A Long Book", text, "book.txt", DocumentFormat.TEXT, "UTF-8", "0", null);
        TextMatchingAnalysis engine = new TextMatchingAnalysis(Map.of("Pierre", EntityType.PERSON,
                "Moscow", EntityType.PLACE));
        List<Span> order = java.util.Collections.synchronizedList(new ArrayList<>());
        // Where each piece the engine is given starts, in the order the workers start them: which part finishes
        // first is up to the scheduler (on a loaded machine the part after can finish twice before it).
        List<Integer> started = java.util.Collections.synchronizedList(new ArrayList<>());
        Engine recording = new Engine() {
            @Override
            public Analysis analyze(Document piece, CancellationToken cancel,
                    java.util.function.Consumer<Analysis> onNames) {
                started.add(text.indexOf(piece.text()));
                return engine.analyze(piece, cancel, onNames);
            }

            @Override
            public List<Span> tokens(Document piece, CancellationToken cancel) {
                return engine.tokens(piece, cancel);
            }

            @Override
            public String version() {
                return engine.version();
            }
        };
        int middle = text.length() / 2;
        Analysis merged = ProgressiveAnalysis.run(engine, doc, new CancellationToken(), () -> middle,
                (merge, done, total) -> order.addAll(merge.get().added()), 2, Runnable::run);
        Analysis whole = engine.analyze(doc, new CancellationToken(), a -> { });

        // The part on screen comes first.
        assertThat(order.get(0).contains(middle)).isTrue();
        assertThat(order).hasSize(ProgressiveAnalysis.parts(text, ProgressiveAnalysis.PART_CHARS).size());
        assertThat(merged.entities()).extracting(EntityMention::span)
                .containsExactlyElementsOf(whole.entities().stream().map(EntityMention::span).toList());
        assertThat(merged.entities()).allSatisfy(m -> assertThat(m.span().of(text)).isEqualTo(m.text()));
        assertThat(merged.quotes()).hasSameSizeAs(whole.quotes());
        // Pierre is one entity across all parts, holding every mention.
        assertThat(merged.clusters()).filteredOn(c -> c.name().equals("Pierre")).singleElement()
                .satisfies(c -> assertThat(c.mentionIds()).hasSize(1500));
        assertThat(merged.entities().stream().map(EntityMention::id).distinct().count())
                .isEqualTo(merged.entities().size());
    }
}
