package org.lector.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs quotation marks, paragraph by paragraph, in one pass over the text (and a bounded look-ahead for single
 * quotes), so any number of marks costs time in proportion to the text:
 * <ul>
 *   <li>straight and curly double quotes, and two apostrophes typed for one ({@code ''}); a curly mark typed the wrong way round is read by what stands around
 *       it (a {@code ”} after a space and before a letter opens);</li>
 *   <li>a quote left open at the end of its paragraph runs to that end and is marked {@link Marks#open()}: news
 *       continues a quotation into the next paragraph by reopening it there without closing it first;</li>
 *   <li>single quotes are told from apostrophes by what stands around them ("Ukraine's", "boys' club" fail one
 *       side), and only looked for over a bounded stretch;</li>
 *   <li>markup pasted into the text is no quotation: quotation marks inside an HTML tag ({@code <blockquote
 *       class="twitter-tweet">}) or around an attribute value ({@code lang="en"}) are skipped;</li>
 *   <li>a straight double quote right after a digit is an inch mark ({@code 6'3" tall}), never an opening mark;</li>
 *   <li>quotes inside quotes belong to the outer quote and are not reported.</li>
 * </ul>
 */
final class QuoteMarks {

    /** How far a single quote looks for its closing mark: a headline's quoted phrase, not a paragraph. */
    private static final int SINGLE_REACH = 200;
    /** The line lengths of hard-wrapped prose, whose single line breaks are no paragraph breaks. */
    private static final int WRAPPED_MIN = 60;
    private static final int WRAPPED_MAX = 100;
    /** The longest markup tag or attribute value skipped; a longer stretch is text. */
    private static final int TAG_REACH = 600;

    private QuoteMarks() {
    }

    /**
     * A quotation-mark span.
     *
     * @param start the opening mark
     * @param end   just after the closing mark, or the end of the paragraph's text for an open quote
     * @param open  no closing mark before the paragraph ended
     */
    record Marks(int start, int end, boolean open) {
    }

    /** Every outermost quotation in {@code text}, in text order. */
    static List<Marks> find(String text) {
        return find(text, paragraphStarts(text));
    }

    /** As {@link #find(String)}, with the paragraphs of {@link #paragraphStarts} already found. */
    static List<Marks> find(String text, int[] paragraphs) {
        List<Marks> all = new ArrayList<>();
        Marks left = null;
        for (int k = 0; k < paragraphs.length; k++) {
            int p = paragraphs[k];
            int end = k + 1 < paragraphs.length ? paragraphs[k + 1] : text.length();
            while (end > p && text.charAt(end - 1) == '\n') {
                end--;
            }
            left = doubles(text, p, end, all, left);
            singles(text, p, end, all);
        }
        all.sort(Comparator.comparingInt(Marks::start).thenComparing(Comparator.comparingInt(Marks::end).reversed()));
        List<Marks> out = new ArrayList<>();
        int reach = -1;
        for (Marks m : all) {
            if (m.start() >= reach) {
                out.add(m);
                reach = m.end();
            }
        }
        return out;
    }

    /**
     * Where paragraphs start: after a blank line, and after a single line break unless the line before it is
     * as long as a hard-wrapped line of prose (60 to 100 characters, as in a Project Gutenberg book). An article
     * pasted with one paragraph per line has long lines, and short ones (headlines, "Related:") stand alone.
     */
    static int[] paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            int length = i - lineStart;
            boolean blank = i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (blank) {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) == '\n') {
                    j++;
                }
                i = j - 1;
                starts.add(j);
            } else if (i + 1 < text.length() && (length > WRAPPED_MAX || length < WRAPPED_MIN)) {
                starts.add(i + 1);
            }
            lineStart = i + 1;
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The double quotes of one paragraph, added to {@code out}; returns the quote it leaves open, if any.
     * {@code left} is the quote the paragraph before left open: when this paragraph's first mark can only close
     * (after a word or punctuation, before a space: {@code home run."}), the quotation ran on over a line break and
     * ends there. Any other mark that can only close, with no quote open, is a stray and opens nothing: read as an
     * opener it would turn every later pair of the paragraph inside out.
     */
    private static Marks doubles(String text, int from, int to, List<Marks> out, Marks left) {
        int open = -1;
        boolean first = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '<' && open < 0) {
                int close = tagEnd(text, i, to);
                if (close > 0) {
                    i = close;
                    continue;
                }
            }
            int width = 1;
            if (c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'') {
                c = '"'; // two apostrophes typed for a double quote, as some newspapers do
                width = 2;
            }
            if (c == '"') {
                if (open < 0 && width == 1 && i > from && Character.isDigit(text.charAt(i - 1))) {
                    continue; // an inch mark (6'3" tall), no opening quote: quoted words do not start on a digit
                }
                if (open < 0 && i > from && text.charAt(i - 1) == '=') {
                    int close = indexOf(text, '"', i + 1, Math.min(to, i + TAG_REACH));
                    if (close > 0) {
                        i = close; // an attribute value: lang="en"
                        continue;
                    }
                }
                if (open < 0 && onlyCloses(text, i, width, from, to)) {
                    if (first && left != null) {
                        closeCarried(out, left, i + width);
                        left = null;
                    }
                } else if (open < 0) {
                    open = i;
                } else {
                    out.add(new Marks(open, i + width, false));
                    open = -1;
                }
                first = false;
                i += width - 1;
            } else if (c == '“' || c == '„') {
                first = false;
                if (open < 0) {
                    open = i;
                } else if (closesHere(text, i, to)) {
                    out.add(new Marks(open, i + 1, false)); // “...“ with the closer typed as an opener
                    open = -1;
                } else {
                    open = i; // an opener after an unclosed one: the first was a stray mark
                }
            } else if (c == '”') {
                if (open < 0 && first && left != null && !opensHere(text, i, from)) {
                    closeCarried(out, left, i + 1);
                    left = null;
                } else if (open >= 0) {
                    out.add(new Marks(open, i + 1, false));
                    open = -1;
                } else if (opensHere(text, i, from)) {
                    open = i; // ”...” with the opener typed as a closer
                }
                first = false;
            }
        }
        if (open >= 0) {
            int end = trimEnd(text, open, to);
            if (end - open > 1) {
                Marks m = new Marks(open, end, true);
                out.add(m);
                return m;
            }
        }
        return null;
    }

    /**
     * Closes the quote the paragraph before left open at {@code end}, in place: only that paragraph's single quotes
     * come after it in {@code out}, so a text of many such quotes costs time in proportion to its length.
     */
    private static void closeCarried(List<Marks> out, Marks left, int end) {
        out.set(out.lastIndexOf(left), new Marks(left.start(), end, false));
    }

    /** The index of the {@code >} that ends an HTML tag starting at {@code lt}, or -1 when it is not a tag. */
    private static int tagEnd(String text, int lt, int to) {
        if (lt + 1 >= to) {
            return -1;
        }
        char n = text.charAt(lt + 1);
        if (!(Character.isLetter(n) || n == '/' || n == '!')) {
            return -1;
        }
        int limit = Math.min(to, lt + TAG_REACH);
        boolean quoted = false;
        for (int j = lt + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '"') {
                quoted = true;
            } else if (c == '>') {
                return quoted ? j : -1; // a tag without attributes has no marks to skip
            } else if (c == '<' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static void singles(String text, int from, int to, List<Marks> out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '\'' || c == '‘') && isOpener(text, i, from) && !doubled(text, i, from, to)) {
                int limit = Math.min(to, i + SINGLE_REACH);
                for (int j = i + 2; j < limit; j++) {
                    char d = text.charAt(j);
                    if ((d == '\'' || d == '’') && isCloser(text, j, to) && !doubled(text, j, from, to)) {
                        out.add(new Marks(i, j + 1, false));
                        i = j;
                        break;
                    }
                    if (d == '\n') {
                        break;
                    }
                }
            }
        }
    }

    /** An apostrophe next to another: half of a {@code ''} double quote, not a single quote. */
    private static boolean doubled(String text, int i, int from, int to) {
        return i > from && text.charAt(i - 1) == '\'' || i + 1 < to && text.charAt(i + 1) == '\'';
    }

    private static int indexOf(String text, char c, int from, int to) {
        for (int j = from; j < to; j++) {
            if (text.charAt(j) == c) {
                return j;
            }
        }
        return -1;
    }

    private static boolean closesHere(String text, int i, int to) {
        return i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                && (i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    /** A straight mark of {@code width} chars after a word or punctuation and before no letter: it can only close. */
    private static boolean onlyCloses(String text, int i, int width, int from, int to) {
        return i > from && !Character.isWhitespace(text.charAt(i - 1))
                && (i + width >= to || !Character.isLetterOrDigit(text.charAt(i + width)));
    }

    private static boolean opensHere(String text, int i, int from) {
        return (i == from || Character.isWhitespace(text.charAt(i - 1)))
                && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static int trimEnd(String text, int from, int to) {
        int e = to;
        while (e > from + 1 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean isOpener(String text, int i, int from) {
        boolean before = i == from || Character.isWhitespace(text.charAt(i - 1))
                || "([—–-\"“".indexOf(text.charAt(i - 1)) >= 0;
        return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean isCloser(String text, int j, int to) {
        char prev = text.charAt(j - 1);
        if (Character.isWhitespace(prev)) {
            return false;
        }
        if (j + 1 >= to) {
            return true;
        }
        char next = text.charAt(j + 1);
        return Character.isWhitespace(next) || ".,;:!?)—–\"”".indexOf(next) >= 0;
    }
}
