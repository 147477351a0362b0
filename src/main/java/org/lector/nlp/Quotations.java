package org.lector.nlp;

import java.util.List;

/** The quotations of a text with their tokens and paragraphs, shared by the steps of {@link QuoteFinder}. */
final class Quotations {

    final String text;
    final TextLayer layer;
    final List<QuoteMarks.Marks> marks;
    /** Index of the quotation each token lies in, or -1. */
    final int[] quoteOf;
    /** Each quotation's first token and the first token after it. */
    final int[] first;
    final int[] after;
    /** Each quotation's paragraph: the offset its paragraph starts at. */
    final int[] paragraph;
    /** Each quotation's paragraph, counted from the text's first. */
    final int[] paragraphIndex;
    /** Where each paragraph starts (after a blank line). */
    private final int[] paragraphStarts;

    Quotations(String text, TextLayer layer) {
        this.text = text;
        this.layer = layer;
        this.paragraphStarts = QuoteMarks.paragraphStarts(text);
        this.marks = QuoteMarks.find(text, paragraphStarts);
        List<TextLayer.Tok> toks = layer.tokens();
        quoteOf = new int[toks.size()];
        java.util.Arrays.fill(quoteOf, -1);
        first = new int[marks.size()];
        after = new int[marks.size()];
        paragraph = new int[marks.size()];
        paragraphIndex = new int[marks.size()];
        int para = 0;
        for (int q = 0; q < marks.size(); q++) {
            QuoteMarks.Marks m = marks.get(q);
            while (para + 1 < paragraphStarts.length && paragraphStarts[para + 1] <= m.start()) {
                para++;
            }
            paragraph[q] = paragraphStarts[para];
            paragraphIndex[q] = para;
            first[q] = Sorted.firstAtLeast(toks, TextLayer.Tok::start, m.start());
            int t = first[q];
            while (t < toks.size() && toks.get(t).start() < m.end()) {
                if (toks.get(t).end() <= m.end() || m.open()) {
                    quoteOf[t] = q;
                }
                t++;
            }
            after[q] = t;
        }
    }

    int size() {
        return marks.size();
    }

    boolean quoted(int token) {
        return quoteOf[token] >= 0;
    }

    /** Where paragraph {@code index} starts. */
    int paragraphStart(int index) {
        return paragraphStarts[index];
    }

    /** Whether a paragraph starts in {@code (from, to]}. */
    boolean paragraphBreak(int from, int to) {
        int i = java.util.Arrays.binarySearch(paragraphStarts, from + 1);
        int next = i >= 0 ? i : -i - 1;
        return next < paragraphStarts.length && paragraphStarts[next] <= to;
    }

    static int wordCount(String text, QuoteMarks.Marks m) {
        int n = 0;
        boolean in = false;
        for (int i = m.start(); i < m.end(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter || in && (text.charAt(i) == '\'' || text.charAt(i) == '’' || text.charAt(i) == '-');
        }
        return n;
    }

    /** Quote {@code q} opens its paragraph and the quote before ran to the end of the previous one, unclosed. */
    static boolean continuesOverParagraph(Quotations qs, int q) {
        if (q == 0 || !qs.marks.get(q - 1).open()) {
            return false;
        }
        return qs.paragraphIndex[q] == qs.paragraphIndex[q - 1] + 1
                && startsParagraph(qs.text, qs.marks.get(q).start(), qs.paragraph[q]);
    }

    static boolean startsParagraph(String text, int start, int paragraph) {
        for (int i = paragraph; i < start; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static char lastInside(String text, QuoteMarks.Marks m) {
        int i = m.end() - 2;
        while (i > m.start() && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i > m.start() ? text.charAt(i) : ' ';
    }

    /**
     * A quote opens its sentence when nothing of the sentence stands before it: the paragraph's start, a
     * sentence end, a colon, or a cue and comma ({@code Holt said, "..."}).
     */
    static boolean opensSentence(String text, int start, List<TextLayer.Tok> toks, int open) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00a0')) {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n' || ".!?:\"”".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        return text.charAt(i) == ',' && open >= 2 && open <= toks.size() && QuoteCues.isCue(toks.get(open - 2));
    }
}
