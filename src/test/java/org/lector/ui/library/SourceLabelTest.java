package org.lector.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lector.model.DocumentMetadata;
import org.lector.store.LibraryEntry;

/** The library's Source column: where each article came from, in one short line. */
class SourceLabelTest {

    private static LibraryEntry entry(String source, String site) {
        return new LibraryEntry(1, 1, "Storm", source, null, 1, 0, 0, 0, 0, 0,
                new DocumentMetadata(null, site, null, null, null, null));
    }

    @Test
    void aWebPageShowsItsSiteAndItsAddressWithoutTheScheme() {
        assertThat(LibraryWindow.sourceLabel(entry("https://www.gazette.example/news/storm", "The Gazette")))
                .isEqualTo("The Gazette \u00b7 gazette.example/news/storm");
    }

    @Test
    void aSiteNamedLikeItsAddressIsNotSaidTwice() {
        assertThat(LibraryWindow.sourceLabel(entry("https://gazette.example/storm", "gazette.example")))
                .isEqualTo("gazette.example/storm");
    }

    @Test
    void aFileShowsItsName() {
        assertThat(LibraryWindow.sourceLabel(entry("/home/ann/articles/storm.txt", null))).isEqualTo("storm.txt");
    }
}
