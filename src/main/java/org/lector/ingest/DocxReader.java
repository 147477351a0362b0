package org.lector.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.DocumentMetadata;

/**
 * Reads a Word document (DOCX, Office Open XML) as the reader sees it in Word with all changes accepted. The
 * parts are read with jsoup's XML parser: what Lector needs of WordprocessingML is small, and Apache POI would
 * add about 20 MB to the installed size for it (decision 0012).
 *
 * <ul>
 *   <li><b>Paragraphs</b> ({@code w:p}) in body order, tables row by row (a row's cells separated by tabs, one
 *       line per row); text boxes once (the drawing's fallback copy is skipped).</li>
 *   <li><b>Headings</b>: paragraphs whose style is a heading, the title, or has an outline level.</li>
 *   <li><b>Lists</b>: consecutive list paragraphs form one paragraph, one line per item, "{@code • }" for bullets
 *       and the item's number ("{@code 3. }", "{@code c. }") otherwise, two spaces of indent per level, as for
 *       Markdown.</li>
 *   <li><b>Footnotes and endnotes</b>: a reference becomes "[n]" in the text; the notes follow the body, each
 *       as a paragraph "[n] text".</li>
 *   <li><b>Tracked changes</b>: insertions and moves' new places are text; deletions, moves' old places and
 *       deleted paragraph marks (which join two paragraphs) are applied: the accepted text.</li>
 *   <li><b>Properties</b> ({@code docProps/core.xml}): title, author, language, created and modified dates (as
 *       {@code published} and {@code modified}). The title falls back to a first paragraph styled Title or
 *       Heading 1, then to the file name. The article's date is left to its text: a file's dates are its own
 *       history.</li>
 * </ul>
 */
public final class DocxReader {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^(heading\\s*\\d|title|subtitle)$");
    private static final Pattern HEADING_LEVEL = Pattern.compile("(?i)^heading\\s*(\\d)$");

    /**
     * @param bytes    the file's bytes
     * @param source   the path or URL as given, stored as {@link Document#source()}
     * @param fileName the file's name, for the title fallback and messages
     */
    public Document read(byte[] bytes, String source, String fileName) throws IngestException {
        String kind = "a Word document";
        ZipEntries zip = ZipEntries.read(bytes, fileName, kind,
                name -> name.startsWith("word/") && name.endsWith(".xml") || name.equals("docProps/core.xml"));
        org.jsoup.nodes.Document document = zip.xml("word/document.xml");
        Element body = document == null ? null : document.selectFirst("w|body");
        if (body == null) {
            throw ZipEntries.damaged(fileName, kind, null);
        }
        Styles styles = new Styles(zip.xml("word/styles.xml"));
        Numbering numbering = new Numbering(zip.xml("word/numbering.xml"));
        Notes notes = new Notes(zip.xml("word/footnotes.xml"), zip.xml("word/endnotes.xml"));

        Walker walker = new Walker(styles, numbering, notes);
        walker.blocks(body);
        walker.flushList();
        List<String> paragraphs = walker.paragraphs;
        for (String note : notes.inOrder()) {
            paragraphs.add(note);
        }
        String text = TextNormalizer.normalize(String.join("\n\n", paragraphs));
        if (text.isBlank()) {
            throw Ingest.empty(fileName, "contains no text");
        }

        org.jsoup.nodes.Document core = zip.xml("docProps/core.xml");
        String title = Ingest.cleanTitle(core == null ? null : textOf(core, "dc|title"));
        if (title == null) {
            title = walker.headline;
        }
        if (title == null) {
            title = Ingest.titleFromFileName(fileName);
        }
        DocumentMetadata metadata = core == null ? DocumentMetadata.NONE : new DocumentMetadata(
                Ingest.cleanTitle(textOf(core, "dc|creator")), null, null, textOf(core, "dcterms|created"),
                textOf(core, "dcterms|modified"), textOf(core, "dc|language"));
        return new Document(title, text, source, DocumentFormat.DOCX, "UTF-8", Ingest.sha256(text), null, metadata);
    }

    private static String textOf(org.jsoup.nodes.Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null ? null : e.text();
    }

    private static String val(Element e, String query) {
        Element v = e == null ? null : e.selectFirst(query);
        return v == null ? null : v.attr("w:val");
    }

    /** Walks the body, paragraph by paragraph. */
    private static final class Walker {
        final List<String> paragraphs = new ArrayList<>();
        final Styles styles;
        final Numbering numbering;
        final Notes notes;
        String headline;
        /** The lines of the list being read, until a paragraph that is no list item ends it. */
        final List<String> list = new ArrayList<>();
        /** The numbering of that list. */
        String listId;
        /** Text of a paragraph whose mark was deleted: it runs on into the next one. */
        StringBuilder carried;

        Walker(Styles styles, Numbering numbering, Notes notes) {
            this.styles = styles;
            this.numbering = numbering;
            this.notes = notes;
        }

        void blocks(Element parent) {
            for (Element child : parent.children()) {
                switch (child.normalName()) {
                    case "w:p" -> paragraph(child);
                    case "w:tbl" -> table(child);
                    // Content controls, custom XML and tracked insertions of whole paragraphs hold paragraphs.
                    case "w:sdt", "w:sdtcontent", "w:customxml", "w:ins", "w:moveto", "w:smarttag" -> blocks(child);
                    default -> {
                        // Section properties, bookmarks, deleted paragraphs (w:del, w:moveFrom): no text.
                    }
                }
            }
        }

        private void table(Element tbl) {
            flushList();
            List<String> rows = new ArrayList<>();
            for (Element tr : tbl.children()) {
                if (!tr.normalName().equals("w:tr")) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Element tc : tr.children()) {
                    if (!tc.normalName().equals("w:tc")) {
                        continue;
                    }
                    List<String> parts = new ArrayList<>();
                    for (Element p : tc.select("w|p")) {
                        String t = runText(p).strip();
                        if (!t.isEmpty()) {
                            parts.add(t);
                        }
                    }
                    cells.add(String.join(" ", parts));
                }
                String row = String.join("\t", cells).strip();
                if (!row.isEmpty()) {
                    rows.add(row);
                }
            }
            if (!rows.isEmpty()) {
                paragraphs.add(String.join("\n", rows));
            }
        }

        private void paragraph(Element p) {
            Element pPr = p.selectFirst("> w|pPr");
            String text = runText(p);
            if (carried != null) {
                text = carried + text;
                carried = null;
            }
            if (pPr != null && pPr.selectFirst("> w|rPr > w|del, > w|rPr > w|moveFrom") != null) {
                // A deleted paragraph mark: accepted, this paragraph and the next are one.
                carried = new StringBuilder(text);
                return;
            }
            String styleId = val(pPr, "> w|pStyle");
            String[] num = numbering(pPr, styleId);
            if (num != null && !text.isBlank()) {
                if (!num[0].equals(listId)) {
                    // Another list starts right after the last: a paragraph of its own.
                    flushList();
                    listId = num[0];
                }
                list.add(numbering.marker(num[0], Integer.parseInt(num[1])) + text.strip());
                return;
            }
            flushList();
            String t = text.strip();
            if (t.isEmpty()) {
                return;
            }
            if (headline == null && paragraphs.size() < 3 && styles.isTitleLike(styleId)) {
                headline = Ingest.cleanTitle(t);
            }
            paragraphs.add(t);
        }

        /** The paragraph's list {numId, level}, from its own properties or its style's; null when no list item. */
        private String[] numbering(Element pPr, String styleId) {
            Element numPr = pPr == null ? null : pPr.selectFirst("> w|numPr");
            if (numPr == null) {
                numPr = styles.numPr(styleId);
            }
            if (numPr == null) {
                return null;
            }
            String numId = val(numPr, "> w|numId");
            if (numId == null || numId.equals("0")) {
                return null;
            }
            String ilvl = val(numPr, "> w|ilvl");
            return new String[] {numId, ilvl == null || !ilvl.matches("\\d+") ? "0" : ilvl};
        }

        void flushList() {
            if (!list.isEmpty()) {
                paragraphs.add(String.join("\n", list));
                list.clear();
            }
            listId = null;
        }

        /** The accepted text of a paragraph's runs, note references as "[n]". */
        private String runText(Element p) {
            StringBuilder sb = new StringBuilder();
            appendRuns(p, sb);
            return sb.toString();
        }

        private void appendRuns(Element e, StringBuilder sb) {
            for (Node n : e.childNodes()) {
                if (!(n instanceof Element c)) {
                    continue;
                }
                switch (c.normalName()) {
                    case "w:t" -> sb.append(c.wholeText());
                    case "w:tab", "w:ptab" -> sb.append('\t');
                    case "w:br", "w:cr" -> {
                        if (!"page".equals(c.attr("w:type")) && !"column".equals(c.attr("w:type"))) {
                            sb.append('\n');
                        }
                    }
                    case "w:nobreakhyphen" -> sb.append('-');
                    case "w:footnotereference" -> sb.append('[').append(notes.reference("footnote", c.attr("w:id")))
                            .append(']');
                    case "w:endnotereference" -> sb.append('[').append(notes.reference("endnote", c.attr("w:id")))
                            .append(']');
                    // Deleted text, a move's old place, field codes, properties, the drawing's second copy: not text.
                    case "w:del", "w:movefrom", "w:deltext", "w:instrtext", "w:delinstrtext", "w:ppr", "w:rpr",
                            "mc:fallback", "w:softhyphen" -> {
                    }
                    // A nested paragraph (a text box): its own line.
                    case "w:p" -> {
                        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                            sb.append('\n');
                        }
                        appendRuns(c, sb);
                    }
                    default -> appendRuns(c, sb);
                }
            }
        }
    }

    /** The style sheet: which styles are headings, and which carry list numbering. */
    private static final class Styles {
        private final Map<String, Element> byId = new HashMap<>();

        Styles(org.jsoup.nodes.Document styles) {
            if (styles != null) {
                for (Element s : styles.select("w|style[w:styleId]")) {
                    byId.put(s.attr("w:styleId"), s);
                }
            }
        }

        boolean isTitleLike(String styleId) {
            Element s = styleId == null ? null : byId.get(styleId);
            String name = s == null ? styleId : val(s, "> w|name");
            if (name == null) {
                return false;
            }
            Matcher level = HEADING_LEVEL.matcher(name);
            return name.equalsIgnoreCase("title") || level.matches() && level.group(1).equals("1");
        }

        /** The numbering a style gives its paragraphs, following its base styles. */
        Element numPr(String styleId) {
            for (int depth = 0; styleId != null && depth < 10; depth++) {
                Element s = byId.get(styleId);
                if (s == null) {
                    return null;
                }
                Element numPr = s.selectFirst("> w|pPr > w|numPr");
                if (numPr != null) {
                    return numPr;
                }
                styleId = val(s, "> w|basedOn");
            }
            return null;
        }
    }

    /** List definitions and counters: what marker each item gets. */
    private static final class Numbering {
        /** numId → abstractNumId. */
        private final Map<String, String> abstractOf = new HashMap<>();
        /** abstractNumId → its level definitions by level. */
        private final Map<String, Map<Integer, Element>> levels = new HashMap<>();
        /** numId → the next number at each level. */
        private final Map<String, int[]> counters = new HashMap<>();

        Numbering(org.jsoup.nodes.Document numbering) {
            if (numbering == null) {
                return;
            }
            for (Element a : numbering.select("w|abstractNum[w:abstractNumId]")) {
                Map<Integer, Element> byLevel = new HashMap<>();
                for (Element lvl : a.select("> w|lvl[w:ilvl]")) {
                    try {
                        byLevel.put(Integer.parseInt(lvl.attr("w:ilvl")), lvl);
                    } catch (NumberFormatException e) {
                        // A level Word would not write: skipped.
                    }
                }
                levels.put(a.attr("w:abstractNumId"), byLevel);
            }
            for (Element num : numbering.select("w|num[w:numId]")) {
                String abs = val(num, "> w|abstractNumId");
                if (abs != null) {
                    abstractOf.put(num.attr("w:numId"), abs);
                }
            }
        }

        /** The marker of the next item at {@code level} of list {@code numId}, indented by its level. */
        String marker(String numId, int level) {
            level = Math.max(0, Math.min(level, 8));
            Element lvl = levels.getOrDefault(abstractOf.get(numId), Map.of()).get(level);
            String format = lvl == null ? "bullet" : val(lvl, "> w|numFmt");
            String indent = "  ".repeat(level);
            int[] counter = counters.computeIfAbsent(numId, k -> new int[9]);
            for (int deeper = level + 1; deeper < counter.length; deeper++) {
                counter[deeper] = 0;
            }
            if (format == null || format.equals("bullet") || format.equals("none")) {
                return indent + "\u2022 ";
            }
            if (counter[level] == 0) {
                String start = val(lvl, "> w|start");
                counter[level] = start != null && start.matches("\\d+") ? Integer.parseInt(start) : 1;
            } else {
                counter[level]++;
            }
            return indent + number(counter[level], format) + ". ";
        }

        private static String number(int n, String format) {
            return switch (format) {
                case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
                case "upperLetter" -> letters(n);
                case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
                case "upperRoman" -> roman(n);
                default -> Integer.toString(n);
            };
        }

        private static String letters(int n) {
            StringBuilder sb = new StringBuilder();
            for (int v = n; v > 0; v = (v - 1) / 26) {
                sb.insert(0, (char) ('A' + (v - 1) % 26));
            }
            return sb.toString();
        }

        private static String roman(int n) {
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            StringBuilder sb = new StringBuilder();
            int v = Math.max(1, Math.min(n, 3999));
            for (int i = 0; i < values.length; i++) {
                while (v >= values[i]) {
                    sb.append(symbols[i]);
                    v -= values[i];
                }
            }
            return sb.toString();
        }
    }

    /** Footnotes and endnotes, numbered in the order the text refers to them. */
    private static final class Notes {
        private final Map<String, Element> footnotes = new HashMap<>();
        private final Map<String, Element> endnotes = new HashMap<>();
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> texts = new ArrayList<>();

        Notes(org.jsoup.nodes.Document foot, org.jsoup.nodes.Document end) {
            index(foot, "w|footnote", footnotes);
            index(end, "w|endnote", endnotes);
        }

        private static void index(org.jsoup.nodes.Document doc, String query, Map<String, Element> into) {
            if (doc == null) {
                return;
            }
            for (Element n : doc.select(query + "[w:id]")) {
                String type = n.attr("w:type");
                if (type.isEmpty() || type.equals("normal")) {
                    into.put(n.attr("w:id"), n);
                }
            }
        }

        /** The number of the note a reference points to, its text kept for the end. */
        int reference(String kind, String id) {
            String key = kind + ":" + id;
            Integer known = numbers.get(key);
            if (known != null) {
                return known;
            }
            int number = numbers.size() + 1;
            numbers.put(key, number);
            Element note = (kind.equals("footnote") ? footnotes : endnotes).get(id);
            List<String> parts = new ArrayList<>();
            if (note != null) {
                Walker inner = new Walker(new Styles(null), new Numbering(null), this);
                for (Element p : note.select("w|p")) {
                    String t = inner.runText(p).strip();
                    if (!t.isEmpty()) {
                        parts.add(t);
                    }
                }
            }
            texts.add("[" + number + "] " + String.join(" ", parts));
            return number;
        }

        List<String> inOrder() {
            return texts;
        }
    }
}
