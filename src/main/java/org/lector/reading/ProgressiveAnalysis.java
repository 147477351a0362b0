package org.lector.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.Span;
import org.lector.nlp.AnalysisParts;
import org.lector.nlp.CancellationToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses a long text (a novel) part by part, the part the reader is looking at first and then onward from
 * there, and hands over what is known after every part, so the visible page is highlighted within seconds while
 * the rest follows. Parts are cut at paragraph breaks; each is analysed as its own text and its offsets shifted
 * back; entities of the same type and name are one entity across parts.
 */
public final class ProgressiveAnalysis {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressiveAnalysis.class);

    /** Texts longer than this are analysed part by part. */
    public static final int LONG_TEXT = 60_000;
    /**
     * About 200 words, most of a screen: half a second of the engine on one core, so a page the reader jumps to waits
     * little for a worker and is done soon after.
     */
    static final int PART_CHARS = 1_200;

    /** What is known so far. */
    public interface Listener {
        /**
         * Called on the worker that analysed a part. Merging every part is work in proportion to what is known (tens
         * of milliseconds late in a novel), so it is left to the listener, which can merge once for several parts,
         * on a thread of its own.
         *
         * @param merge merges every part analysed by the time it is called
         * @param done  parts done
         * @param total parts in all
         */
        void partDone(Supplier<Partial> merge, int done, int total);
    }

    /**
     * Every part analysed so far, merged, and the parts in it that no earlier {@code Partial} of this analysis held:
     * the parts of the text whose highlights it adds. Empty when an earlier merge already took them.
     */
    public record Partial(Analysis merged, List<Span> added) {
    }

    private ProgressiveAnalysis() {
    }

    /**
     * Runs the engine over {@code document} part by part with {@code workers} workers on {@code executor} and
     * returns the whole analysis. Each worker takes the part nearest the reader when it is free, so a page scrolled
     * to waits for at most one part in progress. The executor is the caller's (the window's background threads): a
     * run makes no threads of its own.
     */
    public static Analysis run(Engine engine, Document document, CancellationToken cancel,
            IntSupplier visibleOffset, Listener listener, int workers, Executor executor) throws Exception {
        String text = document.text();
        List<Span> parts = parts(text, PART_CHARS);
        boolean[] taken = new boolean[parts.size()];
        Analysis[] results = new Analysis[parts.size()];
        int[] finished = {0};
        List<Span> unmerged = new ArrayList<>();
        Object lock = new Object();
        Runnable worker = () -> {
            while (true) {
                int next;
                synchronized (lock) {
                    if (allTaken(taken)) {
                        return;
                    }
                    next = nextPart(parts, taken, visibleOffset.getAsInt());
                    taken[next] = true;
                }
                cancel.throwIfCancelled();
                Span part = parts.get(next);
                Document piece = new Document(document.title(), part.of(text), document.source(),
                        document.format(), document.charset(), document.sha256(), document.date());
                long started = System.nanoTime();
                Analysis analysed = engine.analyze(piece, cancel, names -> { });
                LOG.debug("part {} of {} ({} characters at {}) analysed in {} ms", next + 1, parts.size(),
                        part.length(), part.start(), (System.nanoTime() - started) / 1_000_000);
                int done;
                synchronized (lock) {
                    results[next] = shift(analysed, part.start(), "p" + next + "-");
                    unmerged.add(part);
                    done = ++finished[0];
                }
                listener.partDone(() -> {
                    Analysis[] known;
                    List<Span> added;
                    synchronized (lock) {
                        known = results.clone();
                        added = List.copyOf(unmerged);
                        unmerged.clear();
                    }
                    return new Partial(added.isEmpty() ? null : merge(engine.version(), known), added);
                }, done, parts.size());
            }
        };
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int w = 0; w < Math.max(1, workers); w++) {
            running.add(CompletableFuture.runAsync(worker, executor));
        }
        try {
            for (CompletableFuture<Void> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            cancel.cancel();
            throw e.getCause() instanceof Exception ex ? ex : e;
        } catch (InterruptedException e) {
            // Nobody waits for the rest: the workers stop at their next part.
            cancel.cancel();
            throw e;
        }
        return merge(engine.version(), results);
    }

    private static boolean allTaken(boolean[] taken) {
        for (boolean t : taken) {
            if (!t) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parts of {@code target} to {@code 1.5 × target} characters, each ending at a paragraph break where there is
     * one, else at a line break, else after a sentence.
     */
    static List<Span> parts(String text, int target) {
        List<Span> parts = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + target);
            if (end < text.length()) {
                int limit = Math.min(text.length(), start + target * 3 / 2);
                int paragraph = text.indexOf("\n\n", end);
                int line = text.indexOf('\n', end);
                if (paragraph >= 0 && paragraph < limit) {
                    end = paragraph + 2;
                } else if (line >= 0 && line < limit) {
                    end = line + 1;
                } else {
                    end = sentenceEnd(text, end, limit);
                }
            }
            parts.add(new Span(start, end));
            start = end;
        }
        return parts;
    }

    /** The end of the first sentence that ends in {@code [from, limit)} (after its space), else {@code limit}. */
    private static int sentenceEnd(String text, int from, int limit) {
        for (int i = from; i + 1 < limit; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
                return i + 2;
            }
        }
        return limit;
    }

    /**
     * The part to do next: the one holding {@code offset} (what the reader sees), else the nearest one after it
     * (where the reader is going), else the nearest before it.
     */
    static int nextPart(List<Span> parts, boolean[] done, int offset) {
        int here = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).start() <= offset) {
                here = i;
            }
        }
        for (int i = here; i < parts.size(); i++) {
            if (!done[i]) {
                return i;
            }
        }
        for (int i = here - 1; i >= 0; i--) {
            if (!done[i]) {
                return i;
            }
        }
        throw new IllegalStateException("no part left");
    }

    /** {@code a} with every span moved by {@code offset} and every id given {@code prefix}, so parts can merge. */
    static Analysis shift(Analysis a, int offset, String prefix) {
        return AnalysisParts.shift(a, offset, prefix);
    }

    /** The parts analysed so far as one analysis; an entity's clusters from different parts become one. */
    static Analysis merge(String version, Analysis[] parts) {
        return AnalysisParts.merge(version, parts);
    }
}
