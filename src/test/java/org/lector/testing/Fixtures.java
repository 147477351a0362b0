package org.lector.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.model.UserRecords;
import org.lector.overlay.DictionaryOverlay;
import org.lector.overlay.Overlay;
import org.lector.store.Library;

/** Documents and analyses for tests of the library and the overlay. */
public final class Fixtures {

    public static final String TEXT = "French President Emmanuel Macron met Keir Starmer in Paris on Thursday. "
            + "\"We will not abandon Ukraine,\" Macron said. The summit pledged 2 billion euros.\n";

    private Fixtures() {
    }

    /** What the reader sees of version {@code versionId}: {@code auto} with the library's records laid over it. */
    public static Analysis effective(Library lib, long versionId, Analysis auto) {
        return Overlay.apply(auto, lib.annotations().records(versionId));
    }

    /** As {@link #effective}, with the library's dictionary laid over {@code engine} first. */
    public static Analysis withDictionary(Library lib, long versionId, String text, Analysis engine) {
        UserRecords records = lib.annotations().records(versionId);
        return Overlay.apply(DictionaryOverlay.apply(text, engine, lib.dictionary().list(), records), records);
    }

    public static Document doc(String source, String text) {
        return new Document("Paris summit", text, source, DocumentFormat.TEXT, "UTF-8", sha256(text),
                LocalDate.of(2025, 3, 27));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Span span(String text, String needle) {
        int i = text.indexOf(needle);
        if (i < 0) {
            throw new IllegalArgumentException(needle);
        }
        return new Span(i, i + needle.length());
    }

    public static Span lastSpan(String text, String needle) {
        int i = text.lastIndexOf(needle);
        return new Span(i, i + needle.length());
    }

    public static EntityMention mention(String id, String text, Span s, EntityType type, String cluster) {
        return new EntityMention(id, s, s.of(text), type, "", MentionForm.NAME, cluster,
                Provenance.auto("test-" + id, 0.9));
    }

    /** What an engine might say about {@link #TEXT}; {@code pipeline} names the engine version. */
    public static Analysis analysis(String pipeline) {
        String t = TEXT;
        EntityMention m1 = mention("m1", t, span(t, "French"), EntityType.GROUP, "c1");
        EntityMention m2 = mention("m2", t, span(t, "Emmanuel Macron"), EntityType.PERSON, "c2");
        EntityMention m3 = mention("m3", t, span(t, "Keir Starmer"), EntityType.PERSON, "c3");
        EntityMention m4 = mention("m4", t, span(t, "Paris"), EntityType.PLACE, "c4");
        EntityMention m5 = mention("m5", t, lastSpan(t, "Macron"), EntityType.PERSON, "c5");
        Quote q1 = new Quote("q1", span(t, "\"We will not abandon Ukraine,\""), "\"We will not abandon Ukraine,\"",
                QuoteKind.DIRECT, "c5", "Macron", span(t, "said"), "said", Provenance.auto(pipeline, 0.8));
        Fact f1 = new Fact("f1", span(t, "The summit pledged 2 billion euros."), "The summit pledged 2 billion euros.",
                "The summit", "pledged", "2 billion euros", List.of(), null, null, "", 0.7, FactStatus.UNCHECKED,
                "", "", Provenance.auto(pipeline, 0.7));
        return new Analysis(pipeline, List.of(m1, m2, m3, m4, m5),
                List.of(new EntityCluster("c1", "French", EntityType.GROUP, List.of("m1")),
                        new EntityCluster("c2", "Emmanuel Macron", EntityType.PERSON, List.of("m2")),
                        new EntityCluster("c3", "Keir Starmer", EntityType.PERSON, List.of("m3")),
                        new EntityCluster("c4", "Paris", EntityType.PLACE, List.of("m4")),
                        new EntityCluster("c5", "Macron", EntityType.PERSON, List.of("m5"))),
                List.of(q1), List.of(f1), List.of());
    }
}
