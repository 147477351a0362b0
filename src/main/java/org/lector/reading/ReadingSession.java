package org.lector.reading;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.nlp.CancellationToken;
import org.lector.store.Library;
import org.lector.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Reading} as the window runs it: whichever library is open at the moment (perhaps none), looked up first so
 * an article read before shows at once, the engine only when it must, names first, a long text part by part from
 * where the reader is. A library that fails is not the reader's problem: the article is then read without it, and
 * the log says why. Runs on a background thread.
 */
public final class ReadingSession {

    private static final Logger LOG = LoggerFactory.getLogger(ReadingSession.class);

    /**
     * Where an article stands in the library, found without the engine.
     *
     * @param library the library it was looked up in, or null when none was open or it could not be used
     * @param found   what the library knows of it, or null without a library
     */
    public record Lookup(Library library, Reading.Lookup found) {

        static final Lookup NONE = new Lookup(null, null);

        /** The article as the library shows it when this version was analysed before by this engine, else null. */
        public Article cached() {
            return found == null ? null : found.cached();
        }
    }

    private final Reading reading;
    private final Supplier<Library> library;
    private final Executor parts;

    /**
     * @param library the library open now, or null; asked at every lookup
     * @param parts   where the parts of a long text are analysed: the window's background threads
     */
    public ReadingSession(Reading reading, Supplier<Library> library, Executor parts) {
        this.reading = reading;
        this.library = library;
        this.parts = parts;
    }

    /** Whether {@code lookup} was made in the library open now, so it can stand for it. */
    public boolean isCurrent(Lookup lookup) {
        return lookup != null && lookup.library() != null && lookup.library() == library.get();
    }

    /**
     * Finds {@code document} in the library (adding it, or a new version of it, when it is not there) and its cached
     * analysis with the reader's dictionary and edits applied; quick, and needs no language models.
     */
    public Lookup lookUp(Document document) {
        Library lib = library.get();
        if (lib == null) {
            return Lookup.NONE;
        }
        try {
            long started = System.nanoTime();
            Reading.Lookup found = reading.lookUp(document, lib);
            LOG.debug("looked up {} in {} ms", document.source(), (System.nanoTime() - started) / 1_000_000);
            return new Lookup(lib, found);
        } catch (StoreException e) {
            // The article is still worth reading: analyse it without the library and say why in the log.
            LOG.warn("library not used for {}: {}", document.source(), e.getMessage());
            return Lookup.NONE;
        }
    }

    /**
     * Runs the engine on {@code document} on the calling (background) thread, and reads the article with its
     * analysis where {@code lookup} found it. Names go to {@code onNames} as soon as they are ready; a long text is
     * analysed part by part instead, the part at {@code visibleOffset} first, each part handed to {@code onPart} as
     * it is done.
     */
    public Article analyze(Document document, Lookup lookup, CancellationToken cancel, Consumer<Analysis> onNames,
            IntSupplier visibleOffset, ProgressiveAnalysis.Listener onPart) throws Exception {
        cancel.throwIfCancelled();
        Analysis engineOutput = document.length() > ProgressiveAnalysis.LONG_TEXT
                ? ProgressiveAnalysis.run(reading.engine(), document, cancel, visibleOffset, onPart,
                        Math.min(2, Runtime.getRuntime().availableProcessors()), parts)
                : reading.engine().analyze(document, cancel, onNames);
        if (lookup.found() != null) {
            try {
                Reading.Fresh fresh = reading.analysed(document, lookup.found(), engineOutput);
                fresh.caching().exceptionally(e -> {
                    LOG.warn("analysis of {} not cached: {}", document.source(), e.getMessage());
                    return null;
                });
                return fresh.article();
            } catch (StoreException e) {
                LOG.warn("reader's edits not applied to {}: {}", document.source(), e.getMessage());
            }
        }
        return reading.withoutLibrary(document, engineOutput);
    }
}
