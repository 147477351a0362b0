package org.lector.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

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
 *       ({@link PdfParagraphs#joinHyphenated}).</li>
 * </ol>
 *
 * <p>This class holds the page model ({@link Glyph}, {@link Line}) and steps 1 to 3; step 4 is
 * {@link PdfRunningHeads} and step 5 {@link PdfParagraphs}.
 */
final class PdfLayout {

    /** Past this many lines on a page, the cubic reading-order rule is skipped for a plain top-down order. */
    private static final int MAX_ORDERED_LINES = 1500;


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

    /** The usual distance between baselines of consecutive lines of a column on this page. */
    static float pitch(List<Line> page) {
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
}
