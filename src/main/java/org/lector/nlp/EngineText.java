package org.lector.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the engine is given of a text: chunks of bounded size, and within a chunk a copy in which no token is
 * longer than {@link #MAX_TOKEN} characters, with a map back to the text's own offsets, so the cuts never show.
 *
 * <p>CoreNLP's cost grows faster than the length of a token (a 25,000-character word ran a 1 GB heap out of memory
 * in the NER features), of a sentence, and of a document handed to it in one piece (a 10 MB line). Real text has
 * none of these, so they are cut only where text has no ordinary place to cut: a chunk ends at a blank line when
 * one comes within {@link #SPAN} chunk sizes, else at a line break, a sentence end, a space, and last at any
 * character boundary; a run of more than {@link #MAX_TOKEN} characters without white space is cut into slices,
 * and a stretch of more than {@link #MAX_SENTENCE} without a sentence end is cut at a line break or a space, each
 * piece given to CoreNLP as a sentence of its own (a blank line is put between them in the copy;
 * {@link #original} maps it away).
 */
final class EngineText {

    /** The longest token CoreNLP is given: longer than any word or ordinary URL, short enough to cost nothing. */
    static final int MAX_TOKEN = 200;

    /**
     * The longest stretch CoreNLP is given without a sentence end: ten times a long sentence of news. CoreNLP's
     * cost grows faster than a sentence's length (10,000 short lines without punctuation, one sentence, ran for
     * many minutes), and real prose never comes near this.
     */
    static final int MAX_SENTENCE = 2_000;

    /** A chunk waits this many chunk sizes for a blank line before it is cut elsewhere. */
    static final int SPAN = 4;

    private static final String GAP = "\n\n";

    /** How far back {@link #boundary} looks for the start of a grapheme. */
    private static final int LOOK_BACK = 32;

    /** The text CoreNLP reads. */
    private final String view;
    /** Where each copied segment starts in {@link #view}, ascending. */
    private final int[] viewStarts;
    /** Where the same segment starts in the original text. */
    private final int[] originalStarts;

    private EngineText(String view, int[] viewStarts, int[] originalStarts) {
        this.view = view;
        this.viewStarts = viewStarts;
        this.originalStarts = originalStarts;
    }

    /**
     * Cuts {@code text} into chunks of about {@code size} characters: at the first blank line after {@code size}
     * characters when there is one within {@link #SPAN} sizes (as for any ordinary text), else at the best place
     * before that: the last line break, else the last sentence end, else the last space, else a character
     * boundary. A text of at most 1.5 sizes is one chunk.
     */
    static List<int[]> chunk(String text, int size) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        // The first blank line at or after the last place looked from: looked for again only once a chunk has
        // passed it, so a text without blank lines (a 10 MB line) is searched once, not once per chunk to its end.
        int gap = -1;
        int gapFrom = Integer.MAX_VALUE;
        while (text.length() - start > size * 3 / 2) {
            int limit = (int) Math.min(text.length(), (long) start + (long) size * SPAN);
            int from = start + size;
            if (from < gapFrom || (gap >= 0 && gap < from)) {
                gap = text.indexOf(GAP, from);
                gapFrom = from;
            }
            int cut = gap;
            if (cut < 0 || cut >= limit) {
                if (limit == text.length() && cut < 0) {
                    // What is left is short enough to be one chunk.
                    break;
                }
                cut = fallbackCut(text, start + size, limit);
            }
            out.add(new int[] {start, cut});
            start = cut;
        }
        out.add(new int[] {start, text.length()});
        return out;
    }

    /** The last line break, sentence end, space or character boundary in {@code (from, limit]}. */
    private static int fallbackCut(String text, int from, int limit) {
        for (int i = limit - 1; i > from; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        for (int i = limit - 1; i > from; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        for (int i = limit - 1; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return boundary(text, from, limit);
    }

    /**
     * A character boundary in {@code (from, limit]}, as late as possible: before a character that starts a
     * grapheme (not a mark, a format character or the second half of a surrogate pair) within the last
     * {@value #LOOK_BACK} characters, else simply between code points (a letter with thousands of marks is one
     * grapheme). Looks at a bounded stretch only, so cutting a 1 MB run stays linear.
     */
    static int boundary(String text, int from, int limit) {
        int end = Math.min(limit, text.length());
        for (int i = end; i > Math.max(from, end - LOOK_BACK); i--) {
            if (i == text.length() || startsGrapheme(text, i)) {
                return i;
            }
        }
        int cut = end;
        if (cut < text.length() && cut - 1 > from && Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return cut;
    }

    private static boolean startsGrapheme(String text, int at) {
        char c = text.charAt(at);
        if (Character.isLowSurrogate(c)) {
            return false;
        }
        int type = Character.getType(text.codePointAt(at));
        return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK && type != Character.FORMAT;
    }

    /**
     * The copy of {@code text[from, to)} CoreNLP is given: the same characters, unless a run without white space
     * is longer than {@link #MAX_TOKEN} (cut into slices) or a stretch without a sentence end is longer than
     * {@link #MAX_SENTENCE} (cut at its last line break, else its last space). Each cut is a blank line in the
     * copy, which CoreNLP takes as a sentence break.
     */
    static EngineText of(String text, int from, int to) {
        Copy copy = new Copy(text, from);
        int runStart = -1;
        int sentenceStart = from;
        int lastLine = -1;
        int lastSpace = -1;
        for (int i = from; i <= to; i++) {
            boolean end = i == to;
            if (!end && !Character.isWhitespace(text.charAt(i))) {
                if (runStart < 0) {
                    runStart = i;
                }
                continue;
            }
            if (runStart >= 0 && i - runStart > MAX_TOKEN) {
                copy.slices(runStart, i);
                sentenceStart = i;
            } else if (!end && (endsSentence(text, from, i) || i > from && text.charAt(i - 1) == '\n'
                    && text.charAt(i) == '\n')) {
                sentenceStart = i;
            }
            runStart = -1;
            if (end) {
                break;
            }
            if (text.charAt(i) == '\n') {
                lastLine = i;
            }
            lastSpace = i;
            if (i - sentenceStart > MAX_SENTENCE) {
                int cut = (lastLine > sentenceStart ? lastLine : lastSpace) + 1;
                copy.gapAt(cut);
                sentenceStart = cut;
            }
        }
        return copy.finish(to);
    }

    /** Whether the white space at {@code i} follows a sentence end ({@code .!?}, maybe with closing quotes). */
    private static boolean endsSentence(String text, int from, int i) {
        int k = i - 1;
        while (k > from && "\"'\u201D\u2019)]".indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        if (k < from) {
            return false;
        }
        char c = text.charAt(k);
        return c == '.' || c == '!' || c == '?';
    }

    /** The copy being built; stays null (no copy at all) while nothing is cut. */
    private static final class Copy {
        private final String text;
        private final int from;
        private StringBuilder view;
        private List<int[]> segments;
        private int copied;

        Copy(String text, int from) {
            this.text = text;
            this.from = from;
            this.copied = from;
        }

        private void start() {
            if (view == null) {
                view = new StringBuilder();
                segments = new ArrayList<>();
            }
        }

        /** Everything up to {@code runStart}, then the run in slices with a blank line around each. */
        void slices(int runStart, int runEnd) {
            start();
            append(view, segments, text, copied, runStart);
            int s = runStart;
            while (s < runEnd) {
                int e = runEnd - s <= MAX_TOKEN ? runEnd : boundary(text, s, s + MAX_TOKEN);
                if (e <= s) {
                    e = Math.min(runEnd, s + MAX_TOKEN);
                }
                if (!view.isEmpty()) {
                    view.append(GAP);
                }
                append(view, segments, text, s, e);
                s = e;
            }
            view.append(GAP);
            copied = runEnd;
        }

        /** Everything up to {@code cut}, then a blank line. */
        void gapAt(int cut) {
            if (cut <= copied) {
                return;
            }
            start();
            append(view, segments, text, copied, cut);
            view.append(GAP);
            copied = cut;
        }

        EngineText finish(int to) {
            if (view == null) {
                return new EngineText(text.substring(from, to), new int[] {0}, new int[] {from});
            }
            append(view, segments, text, copied, to);
            int[] vs = new int[segments.size()];
            int[] os = new int[segments.size()];
            for (int k = 0; k < vs.length; k++) {
                vs[k] = segments.get(k)[0];
                os[k] = segments.get(k)[1];
            }
            return new EngineText(view.toString(), vs, os);
        }
    }

    private static void append(StringBuilder view, List<int[]> segments, String text, int from, int to) {
        if (to <= from) {
            return;
        }
        segments.add(new int[] {view.length(), from});
        view.append(text, from, to);
    }

    /** The text CoreNLP reads. */
    String view() {
        return view;
    }

    /** Whether the copy differs from the text (an over-long run was cut). */
    boolean isCut() {
        return viewStarts.length > 1;
    }

    /**
     * The offset in the original text of offset {@code at} in {@link #view()}. A token's start maps as itself; an
     * end maps as one past its last character ({@code original(end - 1) + 1}), so a token never spans a cut.
     */
    int original(int at) {
        int k = Arrays.binarySearch(viewStarts, at);
        if (k < 0) {
            k = -k - 2;
        }
        k = Math.max(0, k);
        return originalStarts[k] + (at - viewStarts[k]);
    }

    /** The original offset of the end of a span that ends at {@code end} (exclusive) in {@link #view()}. */
    int originalEnd(int end) {
        return end <= 0 ? original(0) : original(end - 1) + 1;
    }
}
