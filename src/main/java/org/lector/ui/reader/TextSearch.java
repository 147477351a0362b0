package org.lector.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.model.Span;

/** Finds every occurrence of a query in a text, ignoring case, as spans into the text. */
public final class TextSearch {

    /** More matches than this are not highlighted; the count says so. */
    public static final int MAX_MATCHES = 100_000;

    private TextSearch() {
    }

    /**
     * All non-overlapping case-insensitive occurrences of {@code query}, in order, at most {@link #MAX_MATCHES}.
     * Case is folded by a regular expression, not by lower-casing the text, because lower-casing can change the
     * text's length and so every offset after it.
     */
    public static List<Span> findAll(String text, String query) {
        List<Span> found = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return found;
        }
        Matcher m = Pattern.compile(Pattern.quote(query), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text);
        while (m.find() && found.size() < MAX_MATCHES) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            found.add(new Span(m.start(), m.end()));
        }
        return found;
    }
}
