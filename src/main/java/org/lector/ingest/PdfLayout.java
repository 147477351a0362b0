package org.lector.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.regex.Pattern;

/**
 * Turns the glyphs of a PDF's pages into the article's paragraphs, in reading order. Knows nothing of PDFBox: it
 * works on {@link Glyph}s (text, position, size), so each step can be tested on made-up pages.
 *
 * <ol>
 *   <li><b>Rows:</b> glyphs on one baseline (within 0.4 of their size) form a row.</li>
 *   <li><b>Gutters:</b> an upright strip of the page, at least half an em wide, that the rows reaching across it
 *       leave empty (at least six rows, nine in ten of them empty there) is the space between two columns. Word
 *       gaps of justified text wander from row to row, so they never line up into one. A row with a gap at a
 *       gutter is cut there into one line per column; a row that covers it (a title over both columns) is not.</li>
 *   <li><b>Reading order:</b> T. Breuel's rule (2003): line a comes before line b if they overlap horizontally and
 *       a is above b, or a lies wholly left of b and no line between them in height reaches across both. A
 *       topological sort of that order reads two and three columns, titles and footers spanning them, in order.</li>
 *   <li><b>Running heads and page numbers:</b> the top and bottom rows of a page, when set apart from the text,
 *       are dropped if the same text (digits aside) opens or closes another page too, if they hold only a page
 *       number ("3", "- 3 -", "Page 3 of 9"), or if they are a short plain line far from the text at the top of a
 *       later page or spread in pieces across the page (a running head or foot seen once).</li>
 *   <li><b>Paragraphs:</b> a line joins the one before unless there is more space between them than between lines,
 *       it is indented, the line before ended a sentence well short of the column's edge, or its type size or
 *       weight differs (a heading). A paragraph goes on across a column or page break unless the line before ended
 *       a sentence short of the edge or the new one is indented. A word cut by a hyphen at a line's end is joined
 *       ({@link #joinHyphenated}).</li>
 * </ol>
 *
 * <p>Longer than most files, on purpose: the reading-order steps above (columns, bands, running heads,
 * paragraphs, hyphens) each read and refine the same page model of lines and glyph boxes; split apart they would
 * pass that model around between classes that make no sense alone.
 */
final class PdfLayout {

    /** Past this many lines on a page, the cubic reading-order rule is skipped for a plain top-down order. */
    private static final int MAX_ORDERED_LINES = 1500;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[\\s\\p{Pd}\\[(|]*(?:page|p\\.|pg\\.?)?\\s*(?:\\d{1,4}|[ivxlc]{1,7})"
                    + "(?:\\s*(?:/|of)\\s*\\d{1,4})?[\\s\\p{Pd}\\])|]*$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"\u201D\u2019')\\]]$");
    private static final Pattern HYPHEN_END = Pattern.compile(".*\\p{L}[-\u2010\u00AD]$");

    private PdfLayout() {
    }

    /**
     * One glyph as the PDF draws it, in page space with y growing downwards.
     *
     * @param text  the characters it stands for (more than one for a ligature), blank for a space
     * @param x     its left edge
     * @param y     its baseline
     * @param width its advance
     * @param size  its type size in points
     * @param bold  whether its font is a bold face
     */
    record Glyph(String text, float x, float y, float width, float size, boolean bold) {

        float right() {
            return x + width;
        }

        boolean blank() {
            return text.isBlank();
        }
    }

    /** A piece of a row within one column: what reading order and paragraphs are made of. */
    static final class Line {
        final List<Glyph> glyphs;
        final float x0;
        final float x1;
        final float y;
        final float size;
        final boolean bold;
        final String text;
        /** Whether a gap of more than three ems parts its words: pieces set left and right, as a running head. */
        final boolean spread;
        /** The edges of the column the line stands in, set once its page is laid out. */
        float columnLeft;
        float columnRight;

        Line(List<Glyph> glyphs) {
            this.glyphs = glyphs;
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            float base = 0;
            int inked = 0;
            int boldChars = 0;
            Map<Float, Integer> sizes = new HashMap<>();
            for (Glyph g : glyphs) {
                if (g.blank()) {
                    continue;
                }
                left = Math.min(left, g.x());
                right = Math.max(right, g.right());
                base = Math.max(base, g.y());
                inked++;
                if (g.bold()) {
                    boldChars++;
                }
                sizes.merge(Math.round(g.size() * 2) / 2f, 1, Integer::sum);
            }
            this.x0 = left;
            this.x1 = right;
            this.y = base;
            this.size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
            this.bold = inked > 0 && boldChars * 10 >= inked * 8;
            this.text = text(glyphs);
            boolean wide = false;
            Glyph before = null;
            for (Glyph g : glyphs) {
                if (!g.blank()) {
                    wide |= before != null && g.x() - before.right() > 3 * g.size();
                    before = g;
                }
            }
            this.spread = wide;
        }

        float top() {
            return y - size * 0.8f;
        }

        boolean overlapsHorizontally(Line o) {
            return x0 < o.x1 && o.x0 < x1;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The text of one page's glyphs as lines in reading order, running heads and page numbers still in. */
    static List<Line> page(List<Glyph> glyphs) {
        List<List<Glyph>> rows = rows(glyphs);
        List<float[]> gutters = gutters(rows);
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> row : rows) {
            for (List<Glyph> piece : cut(row, gutters)) {
                Line line = new Line(piece);
                if (!line.text.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return readingOrder(lines);
    }

    /** Glyphs grouped by baseline, each row sorted left to right, rows top to bottom. */
    static List<List<Glyph>> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = null;
        float rowY = 0;
        float rowSize = 0;
        for (Glyph g : sorted) {
            if (row == null || g.y() - rowY > 0.4f * Math.max(rowSize, g.size())) {
                row = new ArrayList<>();
                rows.add(row);
                rowY = g.y();
                rowSize = g.size();
            }
            row.add(g);
        }
        for (List<Glyph> r : rows) {
            r.sort(Comparator.comparingDouble(Glyph::x));
        }
        return rows;
    }

    /** The x-intervals of a row that ink covers: its glyphs merged where they nearly touch. */
    private static List<float[]> covered(List<Glyph> row) {
        List<float[]> spans = new ArrayList<>();
        float[] current = null;
        for (Glyph g : row) {
            if (g.blank()) {
                continue;
            }
            if (current != null && g.x() - current[1] < 0.1f * g.size()) {
                current[1] = Math.max(current[1], g.right());
            } else {
                current = new float[] {g.x(), g.right()};
                spans.add(current);
            }
        }
        return spans;
    }

    /** The page's column gutters as {@code [left, right]} x-intervals, left to right. */
    static List<float[]> gutters(List<List<Glyph>> rows) {
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        List<List<float[]>> cover = new ArrayList<>();
        List<Float> sizes = new ArrayList<>();
        for (List<Glyph> row : rows) {
            List<float[]> spans = covered(row);
            if (spans.isEmpty()) {
                continue;
            }
            cover.add(spans);
            min = Math.min(min, spans.get(0)[0]);
            max = Math.max(max, spans.get(spans.size() - 1)[1]);
            for (Glyph g : row) {
                if (!g.blank()) {
                    sizes.add(g.size());
                }
            }
        }
        if (cover.size() < 3) {
            return List.of();
        }
        sizes.sort(null);
        float em = sizes.get(sizes.size() / 2);
        int from = (int) Math.floor(min);
        int bins = (int) Math.ceil(max) - from + 1;
        // Per bin of 1 pt: how many rows have ink left of it, right of it, and on it.
        int[] startsBefore = new int[bins + 1];
        int[] endsAfter = new int[bins + 1];
        int[] inked = new int[bins];
        for (List<float[]> spans : cover) {
            int rowFrom = Math.max(0, (int) Math.floor(spans.get(0)[0]) - from);
            int rowTo = Math.min(bins - 1, (int) Math.ceil(spans.get(spans.size() - 1)[1]) - from);
            startsBefore[rowFrom + 1]++;
            endsAfter[rowTo]++;
            for (float[] s : spans) {
                // Only bins wholly inside a gap count as empty, so a glyph's edge always counts as ink.
                int a = Math.max(0, (int) Math.floor(s[0]) - from);
                int z = Math.min(bins - 1, (int) Math.ceil(s[1]) - from);
                for (int b = a; b <= z; b++) {
                    inked[b]++;
                }
            }
        }
        for (int b = 1; b <= bins; b++) {
            startsBefore[b] += startsBefore[b - 1];
        }
        for (int b = bins - 1; b >= 0; b--) {
            endsAfter[b] += endsAfter[b + 1];
        }
        List<float[]> gutters = new ArrayList<>();
        int runStart = -1;
        for (int b = 0; b <= bins; b++) {
            // Rows on both sides, whether they share baselines or not, and next to no ink between them.
            // (Not ink from most rows of the smaller side either: that is the inside of a short column.)
            int fewer = b < bins ? Math.min(startsBefore[b], endsAfter[b]) : 0;
            boolean empty = fewer >= 3 && inked[b] <= Math.max(1, Math.max(startsBefore[b], endsAfter[b]) / 10)
                    && inked[b] * 2 < fewer;
            if (empty && runStart < 0) {
                runStart = b;
            } else if (!empty && runStart >= 0) {
                if (b - runStart >= Math.max(4, 0.8f * em)) {
                    gutters.add(new float[] {from + runStart, from + b});
                }
                runStart = -1;
            }
        }
        return gutters;
    }

    /** A row cut at every gutter it has a gap at; glyphs of a cut row keep their order. */
    static List<List<Glyph>> cut(List<Glyph> row, List<float[]> gutters) {
        if (gutters.isEmpty()) {
            return List.of(row);
        }
        List<List<Glyph>> pieces = new ArrayList<>();
        List<Glyph> piece = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : row) {
            if (!g.blank()) {
                if (previous != null && acrossGutter(previous, g, gutters)) {
                    pieces.add(piece);
                    piece = new ArrayList<>();
                }
                previous = g;
            }
            piece.add(g);
        }
        if (!piece.isEmpty()) {
            pieces.add(piece);
        }
        return pieces;
    }

    /**
     * Whether the gap between two neighbouring glyphs of a row lies across a gutter: it holds the gutter's middle
     * and is at least half as wide. (A gutter's edges may lie inside the odd long line, which alone inks them.)
     */
    private static boolean acrossGutter(Glyph left, Glyph right, List<float[]> gutters) {
        float gap = right.x() - left.right();
        for (float[] gutter : gutters) {
            float middle = (gutter[0] + gutter[1]) / 2;
            if (left.right() <= middle && right.x() >= middle && gap >= (gutter[1] - gutter[0]) / 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * The page's lines in reading order: the page is first cut into bands at every stretch of more than two and
     * a half lines' height with no text across the whole width (a headline above the columns, a running head),
     * read top to bottom; each band in Breuel's order.
     */
    static List<Line> readingOrder(List<Line> lines) {
        if (lines.isEmpty()) {
            return lines;
        }
        List<Line> byTop = new ArrayList<>(lines);
        byTop.sort(Comparator.comparingDouble(Line::top));
        List<Float> sizes = new ArrayList<>();
        for (Line l : lines) {
            sizes.add(l.size);
        }
        sizes.sort(null);
        float gap = 2.5f * 1.2f * sizes.get(sizes.size() / 2);
        List<Line> out = new ArrayList<>(lines.size());
        List<Line> band = new ArrayList<>();
        float bottom = -Float.MAX_VALUE;
        for (Line l : byTop) {
            if (!band.isEmpty() && l.top() - bottom > gap) {
                out.addAll(breuelOrder(band));
                band = new ArrayList<>();
            }
            band.add(l);
            bottom = Math.max(bottom, l.y + 0.25f * l.size);
        }
        out.addAll(breuelOrder(band));
        return out;
    }

    /** Breuel's reading order (see the class comment), by a topological sort taking the topmost line first. */
    static List<Line> breuelOrder(List<Line> lines) {
        int n = lines.size();
        List<Line> byTop = new ArrayList<>(lines);
        byTop.sort(Comparator.comparingDouble((Line l) -> l.y).thenComparingDouble(l -> l.x0));
        if (n > MAX_ORDERED_LINES) {
            return byTop;
        }
        Line[] ls = byTop.toArray(new Line[0]);
        boolean[][] before = new boolean[n][n];
        int[] preds = new int[n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a != b && precedes(ls, a, b)) {
                    before[a][b] = true;
                    preds[b]++;
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (preds[i] == 0) {
                ready.add(i);
            }
        }
        List<Line> out = new ArrayList<>(n);
        boolean[] done = new boolean[n];
        while (out.size() < n) {
            Integer next = ready.poll();
            if (next == null) {
                // A cycle (lines that overlap oddly): take the topmost line left and go on.
                int i = 0;
                while (done[i]) {
                    i++;
                }
                next = i;
            }
            if (done[next]) {
                continue;
            }
            done[next] = true;
            out.add(ls[next]);
            for (int b = 0; b < n; b++) {
                if (before[next][b] && --preds[b] == 0 && !done[b]) {
                    ready.add(b);
                }
            }
        }
        return out;
    }

    /** {@code ls} is sorted by baseline; whether line {@code a} is read before line {@code b}. */
    private static boolean precedes(Line[] ls, int a, int b) {
        Line la = ls[a];
        Line lb = ls[b];
        if (la.overlapsHorizontally(lb)) {
            return la.y < lb.y || la.y == lb.y && la.x0 < lb.x0;
        }
        if (la.x1 > lb.x0) {
            return false;
        }
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        float yLo = Math.min(la.y, lb.y);
        float yHi = Math.max(la.y, lb.y);
        for (int c = lo + 1; c < hi; c++) {
            Line lc = ls[c];
            if (lc.y > yLo && lc.y < yHi && lc.overlapsHorizontally(la) && lc.overlapsHorizontally(lb)) {
                return false;
            }
        }
        return true;
    }

    private static float previousRight(Glyph previous) {
        return previous == null ? 0 : previous.right();
    }

    /**
     * The text of a run of glyphs: a space where the gap is wider than a letter gap, or where a space glyph stands
     * in a gap of some width.
     */
    static String text(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        Glyph previous = null;
        boolean space = false;
        for (Glyph g : glyphs) {
            if (g.blank()) {
                space = true;
                continue;
            }
            // A space glyph that takes no room is a producer's way of kerning ("ev ent"), not a word break.
            float gap = g.x() - previousRight(previous);
            float em = previous == null ? g.size() : Math.min(g.size(), previous.size());
            if (previous != null && (space && gap > 0.05f * em || gap > 0.13f * em)
                    && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
            sb.append(g.text());
            previous = g;
            space = false;
        }
        return sb.toString().strip();
    }

    /**
     * Drops each page's running head, running foot and page number: the top or bottom row whose text, digits
     * aside, opens or closes another page too, or that is only a page number set apart from the text.
     *
     * @param pages each page's lines in reading order; changed in place
     */
    static void dropRunningHeads(List<List<Line>> pages) {
        float body = bodySize(pages);
        for (int pass = 0; pass < 2; pass++) {
            Map<String, Integer> tops = new HashMap<>();
            Map<String, Integer> bottoms = new HashMap<>();
            List<List<Line>> topRows = new ArrayList<>();
            List<List<Line>> bottomRows = new ArrayList<>();
            for (List<Line> page : pages) {
                List<Line> top = edgeRow(page, true);
                List<Line> bottom = edgeRow(page, false);
                topRows.add(top);
                bottomRows.add(bottom);
                tops.merge(signature(top), 1, Integer::sum);
                bottoms.merge(signature(bottom), 1, Integer::sum);
            }
            boolean dropped = false;
            for (int p = 0; p < pages.size(); p++) {
                List<Line> page = pages.get(p);
                float pitch = pitch(page);
                dropped |= dropIfRunning(page, topRows.get(p), tops, true, p > 0, pitch, body);
                dropped |= dropIfRunning(page, bottomRows.get(p), bottoms, false, false, pitch, body);
            }
            if (!dropped) {
                return;
            }
        }
    }

    /**
     * Drops an edge row that is a running head or foot: set apart from the text, its text repeats at the same edge
     * of another page, or it is a page number, or (at the top of a page after the first) it is a short line of
     * the text's size or smaller, not bold, far above the text: a running head seen on one page only.
     */
    private static boolean dropIfRunning(List<Line> page, List<Line> row, Map<String, Integer> counts, boolean top,
            boolean mayBeLoneHead, float pitch, float body) {
        if (row.isEmpty() || row.size() == page.size()) {
            return false;
        }
        String sig = signature(row);
        String text = rowText(row);
        float gap = gapToText(page, row, top);
        boolean repeated = !sig.isEmpty() && counts.getOrDefault(sig, 0) >= 2 && gap > 1.3f * pitch;
        boolean pageNumber = PAGE_NUMBER.matcher(text).matches() && gap > 1.6f * row.get(0).size;
        // A head or foot on one page only: short, plain, far from the text, and either at the top of a later page
        // or spread across the page in pieces (left and right, as running heads and feet are set).
        boolean spread = row.size() > 1 || row.get(0).spread;
        boolean loneHead = (mayBeLoneHead || spread) && gap > 2.5f * pitch
                && row.stream().noneMatch(l -> l.bold || l.size > body + 0.5f) && text.split("\\s+").length <= 12;
        if (repeated || pageNumber || loneHead) {
            page.removeAll(row);
            return true;
        }
        return false;
    }

    /** The type size most of the document's text is set in. */
    private static float bodySize(List<List<Line>> pages) {
        Map<Float, Integer> weight = new HashMap<>();
        for (List<Line> page : pages) {
            for (Line l : page) {
                weight.merge(l.size, l.text.length(), Integer::sum);
            }
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
    }

    /** The lines sharing the page's topmost (or bottommost) baseline. */
    private static List<Line> edgeRow(List<Line> page, boolean top) {
        if (page.isEmpty()) {
            return List.of();
        }
        Line edge = page.get(0);
        for (Line l : page) {
            if (top ? l.y < edge.y : l.y > edge.y) {
                edge = l;
            }
        }
        List<Line> row = new ArrayList<>();
        for (Line l : page) {
            if (Math.abs(l.y - edge.y) <= 0.4f * Math.max(l.size, edge.size)) {
                row.add(l);
            }
        }
        row.sort(Comparator.comparingDouble(l -> l.x0));
        return row;
    }

    private static String rowText(List<Line> row) {
        StringBuilder sb = new StringBuilder();
        for (Line l : row) {
            sb.append(l.text).append(' ');
        }
        return sb.toString().strip();
    }

    /** A row's text with digits and roman page numbers made alike, so "Page 3" and "Page 4" match. */
    private static String signature(List<Line> row) {
        if (row.isEmpty()) {
            return "";
        }
        String t = rowText(row).toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
        return t.replaceAll("\\b[ivxlc]{1,7}\\b", "#");
    }

    /** How far a row stands from the nearest other line of its page, baseline to baseline. */
    private static float gapToText(List<Line> page, List<Line> row, boolean top) {
        float edgeY = row.get(0).y;
        float nearest = Float.MAX_VALUE;
        for (Line l : page) {
            if (row.contains(l)) {
                continue;
            }
            float gap = top ? l.y - edgeY : edgeY - l.y;
            if (gap > 0) {
                nearest = Math.min(nearest, gap);
            }
        }
        return nearest;
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
            float pitch = pitch(page);
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

    /** The usual distance between baselines of consecutive lines of a column on this page. */
    private static float pitch(List<Line> page) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < page.size(); i++) {
            Line a = page.get(i - 1);
            Line b = page.get(i);
            float dy = b.y - a.y;
            if (a.overlapsHorizontally(b) && dy > 0.5f * a.size && dy < 3 * a.size) {
                gaps.add(dy);
            }
        }
        if (gaps.isEmpty()) {
            return page.isEmpty() ? 12 : 1.2f * page.get(0).size;
        }
        float[] g = new float[gaps.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = gaps.get(i);
        }
        Arrays.sort(g);
        return g[g.length / 4];
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
