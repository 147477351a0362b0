package org.lector.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.lector.ingest.PdfLayout.Line;

/**
 * Step 5 of {@link PdfLayout}: the paragraphs. A line joins the one before unless there is more space between them
 * than between lines, it is indented, the line before ended a sentence well short of the column's edge, or its type
 * size or weight differs (a heading). A paragraph goes on across a column or page break unless the line before ended
 * a sentence short of the edge or the new one is indented. A word cut by a hyphen at a line's end is joined
 * ({@link #joinHyphenated}).
 */
final class PdfParagraphs {

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"\u201D\u2019')\\]]$");
    private static final Pattern HYPHEN_END = Pattern.compile(".*\\p{L}[-\u2010\u00AD]$");

    private PdfParagraphs() {
    }

    /**
     * The paragraphs of lines in reading order (see the class comment). Each paragraph is one string, its lines
     * joined by spaces, hyphenated words joined.
     */
    static List<Paragraph> paragraphs(List<List<Line>> pages, EnglishWords words) {
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Line first = null;
        int firstPage = 0;
        int pageIndex = -1;
        Line previous = null;
        for (List<Line> page : pages) {
            pageIndex++;
            float pitch = PdfLayout.pitch(page);
            columnEdges(page);
            boolean previousOnPage = false;
            for (Line line : page) {
                boolean newParagraph;
                if (previous == null || differentStyle(previous, line)) {
                    newParagraph = true;
                } else if (cutWord(previous, line)) {
                    // A word cut at the line's end goes on: whatever the layout says, this is the same paragraph.
                    newParagraph = false;
                } else if (previousOnPage && below(previous, line, pitch)) {
                    boolean spaced = line.y - previous.y > 1.35f * pitch;
                    boolean indented = indented(line) && (!indented(previous) || ended(previous));
                    newParagraph = spaced || indented || ended(previous);
                } else {
                    // A column or page break: the paragraph goes on unless it visibly ended.
                    newParagraph = ended(previous) || indented(line);
                }
                if (newParagraph) {
                    flush(current, first, firstPage, paragraphs);
                    first = line;
                    firstPage = pageIndex;
                    current.append(line.text);
                } else {
                    appendLine(current, line.text, words);
                }
                previous = line;
                previousOnPage = true;
            }
        }
        flush(current, first, firstPage, paragraphs);
        return paragraphs;
    }

    /**
     * Sets each line's column edges: the left edge most lines under or over it start at, and the right edge three
     * in four of that column's lines end before.
     */
    private static void columnEdges(List<Line> page) {
        for (Line l : page) {
            Map<Integer, Integer> lefts = new HashMap<>();
            for (Line o : page) {
                if (o.overlapsHorizontally(l)) {
                    lefts.merge(Math.round(o.x0), 1, Integer::sum);
                }
            }
            int left = lefts.entrySet().stream()
                    .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(e -> -e.getKey()))
                    .map(Map.Entry::getKey).orElse(Math.round(l.x0));
            // The right edge from the lines of this column only: those starting at its left edge or indented a
            // little, not a title or a rule across the page.
            List<Float> rights = new ArrayList<>();
            for (Line o : page) {
                if (o.overlapsHorizontally(l) && o.x0 >= left - l.size && o.x0 <= left + 3 * l.size) {
                    rights.add(o.x1);
                }
            }
            rights.add(l.x1);
            rights.sort(null);
            l.columnLeft = Math.min(left, l.x0);
            l.columnRight = Math.max(rights.get((int) (rights.size() * 0.75f)), l.x0 + 1);
        }
    }

    /** Whether a line ends in a word cut by a hyphen that the next line, starting in lower case, finishes. */
    private static boolean cutWord(Line line, Line next) {
        return !next.text.isEmpty() && Character.isLowerCase(next.text.codePointAt(0))
                && HYPHEN_END.matcher(line.text).matches();
    }

    /** Whether a line starts in from its column's left edge, as a paragraph's first line does. */
    private static boolean indented(Line line) {
        return line.x0 > line.columnLeft + 0.5f * line.size;
    }

    /**
     * Whether a line ends its paragraph: it ends a sentence well short of the column's right edge, or it fills
     * less than seven tenths of the column (a date line, a heading), which no line inside a paragraph does.
     */
    private static boolean ended(Line line) {
        float width = line.columnRight - line.columnLeft;
        boolean sentence = line.x1 < line.columnRight - 2 * line.size && SENTENCE_END.matcher(line.text).matches();
        return sentence || line.x1 - line.columnLeft < 0.7f * width;
    }

    private static void flush(StringBuilder current, Line first, int page, List<Paragraph> paragraphs) {
        String p = current.toString().strip();
        if (!p.isEmpty()) {
            paragraphs.add(new Paragraph(p, first.size, first.bold, page));
        }
        current.setLength(0);
    }

    /**
     * A paragraph as read, with how its first line is set.
     *
     * @param page the page it starts on, from 0
     */
    record Paragraph(String text, float size, boolean bold, int page) {
    }

    /**
     * The first page's headline: among its first three paragraphs, the largest one set larger than the text (or,
     * all being the text's size, the first one set bold when the text is not), if it is short enough for a title.
     */
    static String headline(List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return null;
        }
        Map<Float, Integer> weight = new HashMap<>();
        Map<Boolean, Integer> boldWeight = new HashMap<>();
        for (Paragraph p : paragraphs) {
            weight.merge(p.size(), p.text().length(), Integer::sum);
            boldWeight.merge(p.bold(), p.text().length(), Integer::sum);
        }
        float body = weight.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        boolean bodyBold = boldWeight.getOrDefault(true, 0) > boldWeight.getOrDefault(false, 0);
        Paragraph best = null;
        for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.page() == 0 && p.size() >= 1.15f * body && (best == null || p.size() > best.size())) {
                best = p;
            }
        }
        if (best == null) {
            for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
                Paragraph p = paragraphs.get(i);
                if (p.page() == 0 && p.bold() && !bodyBold && Math.abs(p.size() - body) < 0.5f) {
                    best = p;
                    break;
                }
            }
        }
        return best == null || best.text().length() > 250 ? null : Ingest.cleanTitle(best.text());
    }

    /** Whether {@code line} sits right under {@code above} in the same column, a line or two further down. */
    private static boolean below(Line above, Line line, float pitch) {
        float dy = line.y - above.y;
        return above.overlapsHorizontally(line) && dy > 0 && dy < 2.5f * pitch;
    }

    private static boolean differentStyle(Line a, Line b) {
        float ratio = Math.max(a.size, b.size) / Math.max(0.1f, Math.min(a.size, b.size));
        return ratio > 1.12f || a.bold != b.bold;
    }

    /** Appends a line to a paragraph: with a space, or joined to a word the line before cut with a hyphen. */
    static void appendLine(StringBuilder paragraph, String line, EnglishWords words) {
        if (paragraph.length() == 0) {
            paragraph.append(line);
            return;
        }
        if (!line.isEmpty() && Character.isLowerCase(line.codePointAt(0)) && HYPHEN_END.matcher(paragraph).matches()) {
            int wordStart = paragraph.length() - 1;
            while (wordStart > 0 && Character.isLetter(paragraph.charAt(wordStart - 1))) {
                wordStart--;
            }
            String left = paragraph.substring(wordStart, paragraph.length() - 1);
            int wordEnd = 0;
            while (wordEnd < line.length() && Character.isLetter(line.charAt(wordEnd))) {
                wordEnd++;
            }
            String right = line.substring(0, wordEnd);
            boolean soft = paragraph.charAt(paragraph.length() - 1) == '\u00AD';
            paragraph.setLength(paragraph.length() - 1);
            if (!soft && !joinHyphenated(left, right, words)) {
                paragraph.append('-');
            }
            paragraph.append(line);
            return;
        }
        paragraph.append(' ').append(line);
    }

    /**
     * Whether a word cut at a line's end ("negoti-" + "ations") is one word to join without its hyphen, rather
     * than a hyphenated compound broken at its hyphen ("long-" + "term"): joined when a part is no English word
     * ("negoti", or a name: "Mehra-" + "ban"); when both parts are words, joined only when the whole is a word at
     * least as common as the rarer part.
     */
    static boolean joinHyphenated(String left, String right, EnglishWords words) {
        if (left.isEmpty() || right.isEmpty()) {
            return true;
        }
        int joined = words.levelAnyCase(left + right);
        int a = words.levelAnyCase(left);
        int b = words.levelAnyCase(right);
        if (a == 0 || b == 0) {
            return true;
        }
        // Both parts are words: joined only when the whole is a word at least as common as the rarer part
        // ("with-out", "any-one"), not a rare spelling of a compound ("long-term", not "longterm").
        return joined != 0 && joined <= Math.max(a, b);
    }
}
