package org.lector.reading;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Span;
import org.lector.testing.TextMatchingAnalysis;

/**
 * The short summit article the {@link Reading} tests share: its document, an engine that knows its three names,
 * and the venue ("Paris", the last one) as a file's reader named it, the reader's own record.
 */
final class SummitFixture {

    private SummitFixture() {
    }

    /** An engine that finds Keir Starmer, Emmanuel Macron and Paris wherever they are written. */
    static TextMatchingAnalysis engine() {
        return new TextMatchingAnalysis(Map.of("Keir Starmer", EntityType.PERSON, "Emmanuel Macron",
                EntityType.PERSON, "Paris", EntityType.PLACE));
    }

    /** The article "Paris summit" with the text {@code text}, as read from a plain text file. */
    static Document summit(String text) {
        return new Document("Paris summit", text, "/news/summit.txt", DocumentFormat.TEXT, "UTF-8", "00", null);
    }

    /** The last "Paris" of {@code text}, the summit's venue. */
    static Span venue(String text) {
        return new Span(text.lastIndexOf("Paris"), text.lastIndexOf("Paris") + 5);
    }

    /** The venue as a file's reader named it ("the venue", a place), recorded as the reader's. */
    static Analysis venueAsTheReaderNamedIt(String text) {
        return new Analysis("file", List.of(new EntityMention("T1", venue(text), "Paris", EntityType.PLACE, "",
                MentionForm.NAME, "e1", Provenance.user(Instant.EPOCH))), List.of(new EntityCluster("e1",
                "the venue", EntityType.PLACE, List.of("T1"))), List.of(), List.of(), List.of());
    }
}
