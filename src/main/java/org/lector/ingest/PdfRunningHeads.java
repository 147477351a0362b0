package org.lector.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.lector.ingest.PdfLayout.Line;

/**
 * Step 4 of {@link PdfLayout}: running heads, running feet and page numbers. The top and bottom rows of a page, when
 * set apart from the text, are dropped if the same text (digits aside) opens or closes another page too, if they hold
 * only a page number ("3", "- 3 -", "Page 3 of 9"), or if they are a short plain line far from the text at the top of
 * a later page or spread in pieces across the page (a running head or foot seen once).
 */
final class PdfRunningHeads {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[\\s\\p{Pd}\\[(|]*(?:page|p\\.|pg\\.?)?\\s*(?:\\d{1,4}|[ivxlc]{1,7})"
                    + "(?:\\s*(?:/|of)\\s*\\d{1,4})?[\\s\\p{Pd}\\])|]*$");

    private PdfRunningHeads() {
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
                float pitch = PdfLayout.pitch(page);
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
}
