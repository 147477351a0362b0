package org.lector.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.lector.model.Document;

/**
 * Which annotations of a file belong to the article they are imported onto, when the file holds annotations of
 * several pages (a Hypothesis search, a collection from an annotation server). A file about one page is taken
 * whole: the reader named the article. Otherwise the page must be the article's: its canonical address, its file,
 * or its source, compared without the fragment, a trailing slash, {@code www.} or the difference between http and
 * https.
 */
public final class ArticleMatch {

    /** Every annotation of the file. */
    public static final ArticleMatch ALL = new ArticleMatch(null);

    private final Predicate<String> wanted;

    private ArticleMatch(Predicate<String> wanted) {
        this.wanted = wanted;
    }

    /** Which target sources to take, or null for all. */
    public Predicate<String> wanted() {
        return wanted;
    }

    /** The annotations of {@code sources} that are on {@code article}; refuses a file with none. */
    public static ArticleMatch of(Document article, Collection<String> sources) throws ImportException {
        if (sources.size() <= 1) {
            return ALL;
        }
        List<String> own = java.util.stream.Stream.of(article.source(), WebAnnotationExporter.sourceIri(article),
                article.metadata().canonicalUrl()).filter(s -> s != null && !s.isEmpty())
                .map(ArticleMatch::normalize).toList();
        Predicate<String> matches = s -> own.contains(normalize(s));
        if (sources.stream().noneMatch(matches)) {
            List<String> shown = sources.stream().limit(5).toList();
            throw new ImportException("the annotations are on " + sources.size() + " pages (" + String.join(", ",
                    shown) + (sources.size() > 5 ? ", ..." : "") + ") and none of them is " + article.source()
                    + "; import a file of that page's annotations");
        }
        return new ArticleMatch(matches);
    }

    /** The file a {@code file:} IRI names, or null when {@code iri} is no such IRI. */
    public static Path filePath(String iri) {
        if (!iri.regionMatches(true, 0, "file:", 0, 5)) {
            return null;
        }
        try {
            return Path.of(new URI(iri));
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    static String normalize(String address) {
        String s = address.strip();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://")) {
            s = "http://" + s.substring(8);
        }
        s = s.replaceFirst("(?i)^http://www\\.", "http://");
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        Path file = filePath(s);
        return file != null ? file.toString() : s;
    }
}
