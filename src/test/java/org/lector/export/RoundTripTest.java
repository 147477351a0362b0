package org.lector.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Note;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;

/** Export, import, export: the same bytes, for each format that imports. */
class RoundTripTest {

    @Test
    void jsonLdRoundTripIsIdenticalAndLossless() throws Exception {
        ExportInput in = ExportFixtures.sample();
        String first = WebAnnotationExporter.export(in, ExportProgress.NONE);
        ImportedAnalysis back = WebAnnotationReader.parse(first).read(in.document().text(), null, Instant.EPOCH);
        assertThat(back.sha256()).isEqualTo(in.document().sha256());
        assertThat(back.source()).isEqualTo(in.document().source());
        assertThat(back.orphans()).isEmpty();
        assertThat(back.analysis()).isEqualTo(in.analysis());
        String second = WebAnnotationExporter.export(
                new ExportInput(in.document(), back.analysis(), List.of(), in.date(), in.exportedAt()), ExportProgress.NONE);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void bratRoundTripIsIdentical() throws Exception {
        ExportInput in = ExportFixtures.sample();
        List<ExportFile> first = BratExporter.export(in, ExportProgress.NONE);
        ImportedAnalysis back = BratReader.read(first.get(0).content(), first.get(1).content(), Instant.EPOCH);
        assertThat(back.analysis().entities()).hasSize(in.analysis().entities().size());
        assertThat(back.analysis().quotes()).hasSize(in.analysis().quotes().size());
        List<ExportFile> second = BratExporter.export(
                new ExportInput(in.document(), back.analysis(), List.of(), in.date(), in.exportedAt()), ExportProgress.NONE);
        assertThat(second).isEqualTo(first);
        // and what brat cannot carry is not invented: the speakers come back as the same mentions' clusters
        Quote q = in.analysis().quotes().stream().filter(x -> x.speakerId() != null).findFirst().orElseThrow();
        Quote qb = back.analysis().quotes().stream().filter(x -> x.span().equals(q.span())).findFirst().orElseThrow();
        assertThat(qb.speakerName()).isNotEmpty();
        assertThat(qb.kind()).isEqualTo(q.kind());
        assertThat(qb.cue()).isEqualTo(q.cue());
    }

    @Test
    void bratOffsetsAreCodePointsAndLineBreaksSplitSpans() throws Exception {
        String text = "\uD83D\uDE00 Angela Merkel\nvisited Berlin.\n";
        int a = text.indexOf("Angela");
        int b = text.indexOf("Berlin");
        Provenance p = Provenance.auto("t", 1);
        List<EntityMention> ms = List.of(
                new EntityMention("m1", new Span(a, a + 13), "Angela Merkel", EntityType.PERSON, "", MentionForm.NAME,
                        "c1", p),
                new EntityMention("m2", new Span(b, b + 6), "Berlin", EntityType.PLACE, "CITY", MentionForm.NAME,
                        null, p));
        Span across = new Span(a + 7, b + 6);
        List<Quote> qs = List.of(new Quote("q1", across, across.of(text), QuoteKind.SCARE, null, "", null, "", p));
        List<Note> notes = List.of(new Note("n1", new Span(b, b + 6), "tab\there\nand \\n literally", Instant.EPOCH,
                Instant.EPOCH));
        Analysis an = new Analysis("t", ms, List.of(new EntityCluster("c1", "Angela Merkel", EntityType.PERSON,
                List.of("m1"))), qs, List.of(), notes);
        Document d = new Document("t", text, "t.txt", DocumentFormat.TEXT, "UTF-8", "0", null);
        ExportInput in = new ExportInput(d, an, List.of(), d.date(), Instant.EPOCH);
        String ann = BratExporter.export(in, ExportProgress.NONE).get(1).content();
        assertThat(ann).contains("T1\tPERSON 2 15\tAngela Merkel\n", "T2\tPLACE 24 30\tBerlin\n",
                "\tQuote 9 15;16 30\tMerkel visited Berlin\n", "AnnotatorNotes T4\ttab\\there\\nand \\\\n literally\n");
        ImportedAnalysis back = BratReader.read(text, ann, Instant.EPOCH);
        assertThat(back.analysis().entities().get(0).span()).isEqualTo(ms.get(0).span());
        assertThat(back.analysis().quotes().get(0).span()).isEqualTo(across);
        assertThat(back.analysis().notes().get(0).text()).isEqualTo(notes.get(0).text());
        assertThat(BratExporter.export(new ExportInput(d, back.analysis(), List.of(), d.date(), Instant.EPOCH),
                ExportProgress.NONE).get(1).content()).isEqualTo(ann);
    }

    @Test
    void bratFromElsewhereMapsCommonLabels() throws Exception {
        String text = "Angela Merkel visited Berlin for Siemens.";
        String ann = "T1\tPER 0 13\tAngela Merkel\nT2\tGPE 22 28\tBerlin\nT3\tProduct 33 40\tSiemens\n"
                + "A1\tNegated T1\nR1\tLives Arg1:T1 Arg2:T2\n";
        Analysis a = BratReader.read(text, ann, Instant.EPOCH).analysis();
        assertThat(a.entities()).extracting(EntityMention::type)
                .containsExactly(EntityType.PERSON, EntityType.PLACE, EntityType.MISC);
        assertThat(a.entities().get(2).subtype()).isEqualTo("Product");
    }

    @Test
    void malformedBratIsRefusedWithTheLine() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BratReader.read("abc", "T1\tPERSON x y\tabc\n",
                Instant.EPOCH)).isInstanceOf(ImportException.class).hasMessageContaining("line 1");
        // a line whose text does not fit its offsets is an orphan, not a mention on the wrong text
        assertThat(BratReader.read("abc", "T1\tPERSON 0 9\tabc\n", Instant.EPOCH).orphans()).singleElement()
                .satisfies(o -> assertThat(o.reason()).contains("does not fit its offsets"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebAnnotationReader.parse("{\"type\": 3}"))
                .isInstanceOf(ImportException.class);
    }
}
