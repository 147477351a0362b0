package org.lector.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lector.model.Note;
import org.lector.model.Span;

/** The streaming reader takes a file's parts in any order and each root Web Annotation allows. */
class WebAnnotationReaderStreamingTest {

    private static final String TEXT = "The minister said the bridge would open in May.\n";
    private static final String NOTE = "{\"type\": \"Annotation\", \"bodyValue\": \"%s\", \"target\": {\"source\": "
            + "\"http://example.org/story\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"bridge\"}}}";

    @Test
    void aRootArrayKeepsItsAnnotationsAndSkipsWhatIsNone() throws Exception {
        String json = "[" + NOTE.formatted("one") + ", 3, {\"type\": \"Other\"}, " + NOTE.formatted("two") + "]";

        WebAnnotationReader r = WebAnnotationReader.parse(json);

        assertThat(r.targetSources()).containsExactly("http://example.org/story");
        assertThat(r.read(TEXT, null, Instant.EPOCH).analysis().notes()).extracting(Note::text)
                .containsExactly("one", "two");
    }

    @Test
    void aCollectionWhoseItemsComeBeforeItsTypeIsReadTheSame() throws Exception {
        String json = "{\"first\": {\"items\": [" + NOTE.formatted("first page") + "]}, \"items\": ["
                + NOTE.formatted("root") + "], \"type\": \"AnnotationCollection\"}";

        assertThat(WebAnnotationReader.parse(json).read(TEXT, null, Instant.EPOCH).analysis().notes())
                .extracting(Note::text).containsExactly("first page", "root");
    }

    @Test
    void aPageTakesItsOwnItemsOnly() throws Exception {
        String json = "{\"items\": [" + NOTE.formatted("page") + "], \"first\": {\"items\": ["
                + NOTE.formatted("not this") + "]}, \"type\": \"AnnotationPage\"}";

        assertThat(WebAnnotationReader.parse(json).read(TEXT, null, Instant.EPOCH).analysis().notes())
                .extracting(Note::text).containsExactly("page");
    }

    @Test
    void aSingleAnnotationAtTheRootIsOneNote() throws Exception {
        Note n = WebAnnotationReader.parse(NOTE.formatted("alone")).read(TEXT, null, Instant.EPOCH).analysis()
                .notes().get(0);

        assertThat(n.text()).isEqualTo("alone");
        assertThat(n.span()).isEqualTo(new Span(0, 6)); // placed by the anchoring, from the top of the article
    }

    @Test
    void moreAnnotationsThanTheLimitsAllowAreRefusedWhileReading() throws Exception {
        String json = "[" + NOTE.formatted("a") + ", " + NOTE.formatted("b") + ", " + NOTE.formatted("c") + "]";

        assertThatThrownBy(() -> WebAnnotationReader.parse(json).read(TEXT, null, Instant.EPOCH,
                new ImportLimits(2, 1 << 20))).isInstanceOf(ImportException.class)
                .hasMessageContaining("more than 2 annotations");
    }
}
