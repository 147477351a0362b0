package org.lector.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.DocumentMetadata;

/** The line beside the article's title: who, where, when, and where it was read from. */
class ReaderHeaderTest {

    private static Document doc(String source, LocalDate date, DocumentMetadata meta) {
        return new Document("Storm", "Storm\n\nText.", source, DocumentFormat.HTML, "UTF-8", "0", date, meta);
    }

    @Test
    void aWebPageShowsItsAuthorSiteDatesAndAddress() {
        DocumentMetadata meta = new DocumentMetadata("Jane Holt", "The Daily", null, "2021-03-04T10:00:00Z",
                "2021-03-05", "en");
        assertThat(ReaderView.describe(doc("https://www.news.example/storm", LocalDate.of(2021, 3, 4), meta),
                LocalDate.of(2021, 3, 4)))
                .isEqualTo("By Jane Holt  \u00b7  The Daily  \u00b7  published 2021-03-04  \u00b7  updated 2021-03-05"
                        + "  \u00b7  news.example/storm");
    }

    @Test
    void aFileWithoutMetadataShowsItsDateAndName() {
        assertThat(ReaderView.describe(doc("/home/me/news/storm.txt", LocalDate.of(2021, 3, 4),
                DocumentMetadata.NONE), LocalDate.of(2021, 3, 4))).isEqualTo("2021-03-04  \u00b7  storm.txt");
    }

    @Test
    void aHostileFileNameAndAuthorAreShownEscaped() {
        DocumentMetadata meta = new DocumentMetadata("Jane\u202E Holt\u001B[31m", null, null, null, null, "en");
        String line = ReaderView.describe(doc("/tmp/\u001B[2J\u001B[31mred-alert\u202Etxt.exe.txt", null, meta),
                null);
        assertThat(line).isEqualTo("By Jane\\u202E Holt\\x1B[31m  \u00b7  "
                + "\\x1B[2J\\x1B[31mred-alert\\u202Etxt.exe.txt");
    }
}
