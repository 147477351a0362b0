package org.lector.reading;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.OrphanAnnotation;

/**
 * An article as the reader sees it: what every way of reading it (the window, {@code analyze}, {@code export},
 * {@code import}) shows, worked out in one place, {@link Reading}.
 *
 * @param document    the document read
 * @param date        the article's own date: its file's metadata, else the dateline in its first lines; or null
 * @param analysis    what the reader sees: the engine's analysis with the dictionary and the reader's records laid
 *                    over it
 * @param auto        the engine's analysis with the reader's dictionary laid over it, which the reader's records
 *                    are laid over again after each edit
 * @param orphans     the reader's annotations that lost their place when the file's text changed
 * @param place       where the article is kept, or null when it was read without a library
 * @param fromLibrary whether the engine's analysis came from the library's cache rather than the engine
 */
public record Article(Document document, LocalDate date, Analysis analysis, Analysis auto,
        List<OrphanAnnotation> orphans, LibraryPlace place, boolean fromLibrary) {

    public Article {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(auto, "auto");
        orphans = List.copyOf(orphans);
    }
}
