package org.lector.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.DocumentMetadata;

/**
 * Reads an EPUB book (EPUB 2 and 3): the book's title, then the chapters its spine lists, in that order, each as
 * paragraphs, with the chapter's title as a heading paragraph; a title page that only repeats the title, authors
 * and publisher is left out. The package document (OPF) gives the title, the authors, the date,
 * the publisher and the language. Parsed with jsoup; an EPUB is a zip of XHTML files, which needs no library of
 * its own (decision 0012).
 *
 * <p><b>Chapters:</b> spine items marked {@code linear="no"} (covers, pop-up notes) are left out. Each chapter's
 * block elements (paragraphs, headings, list items, quotations, preformatted text, table cells) become one
 * paragraph each; scripts, styles and images go. A chapter that does not open with its own title gets the one
 * its table of contents (EPUB 3 navigation or EPUB 2 NCX) gives it, as its first paragraph.
 */
public final class EpubReader {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "dt", "dd", "figcaption", "caption", "td", "th", "div", "section", "article", "aside", "header",
            "footer", "main", "ul", "ol", "dl", "table", "tr", "tbody", "thead", "hr", "address", "nav", "body",
            "center", "figure", "hgroup");
    /** Stands for a {@code <br>} until whitespace is collapsed. */
    private static final char BREAK = '\u2028';
    private static final Set<String> SKIP = Set.of("script", "style", "head", "svg", "math", "img", "object",
            "audio", "video", "iframe", "noscript", "template", "rt", "rp");

    /**
     * @param bytes    the file's bytes
     * @param source   the path or URL as given, stored as {@link Document#source()}
     * @param fileName the file's name, for the title fallback and messages
     */
    public Document read(byte[] bytes, String source, String fileName) throws IngestException {
        String kind = "an EPUB book";
        ZipEntries zip = ZipEntries.read(bytes, fileName, kind, name -> {
            String n = name.toLowerCase(Locale.ROOT);
            return n.endsWith(".xml") || n.endsWith(".opf") || n.endsWith(".ncx") || n.endsWith(".xhtml")
                    || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xht");
        });
        org.jsoup.nodes.Document container = zip.xml("META-INF/container.xml");
        Element rootfile = container == null ? null : container.selectFirst("rootfile[full-path]");
        if (rootfile == null) {
            throw ZipEntries.damaged(fileName, kind, null);
        }
        String opfPath = rootfile.attr("full-path");
        org.jsoup.nodes.Document opf = zip.xml(opfPath);
        if (opf == null) {
            throw ZipEntries.damaged(fileName, kind, null);
        }

        Map<String, Element> manifest = new HashMap<>();
        for (Element item : opf.select("manifest > item[id][href]")) {
            manifest.put(item.attr("id"), item);
        }
        Map<String, String> tocLabels = tocLabels(zip, opf, manifest, opfPath);

        String bookTitle = Ingest.cleanTitle(first(opf, "dc|title"));
        List<String> creators = new ArrayList<>();
        for (Element c : opf.select("metadata dc|creator")) {
            String name = Ingest.cleanTitle(c.text());
            if (name != null && !creators.contains(name)) {
                creators.add(name);
            }
        }
        Set<String> titlePage = new HashSet<>();
        for (String s : List.of(Objects.toString(bookTitle, ""), Objects.toString(joinNames(creators), ""),
                Objects.toString(first(opf, "dc|publisher"), ""))) {
            titlePage.add(s.toLowerCase(Locale.ROOT));
        }
        titlePage.addAll(creators.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());

        List<String> paragraphs = new ArrayList<>();
        if (bookTitle != null) {
            paragraphs.add(bookTitle);
        }
        for (Element ref : opf.select("spine > itemref[idref]")) {
            if ("no".equals(ref.attr("linear"))) {
                continue;
            }
            Element item = manifest.get(ref.attr("idref"));
            if (item == null) {
                continue;
            }
            String path = resolve(opfPath, item.attr("href"));
            byte[] chapter = zip.get(path);
            if (chapter == null) {
                continue;
            }
            List<String> blocks = blocks(parseXhtml(chapter));
            if (!blocks.isEmpty() && blocks.stream().allMatch(b -> titlePage.contains(b.toLowerCase(Locale.ROOT)))) {
                // A title page: the title already heads the text.
                continue;
            }
            if (paragraphs.size() == 1 && !blocks.isEmpty() && blocks.get(0).equalsIgnoreCase(bookTitle)) {
                blocks.remove(0);
            }
            String label = Ingest.cleanTitle(tocLabels.get(path));
            // Not when the chapter shows its title already, nor when it is the book's title (given to a book of
            // one untitled chapter).
            if (label != null && blocks.stream().limit(3).noneMatch(b -> b.equalsIgnoreCase(label))
                    && !label.equalsIgnoreCase(bookTitle)) {
                blocks.add(0, label);
            }
            paragraphs.addAll(blocks);
        }
        String text = TextNormalizer.normalize(String.join("\n\n", paragraphs));
        if (text.isBlank()) {
            throw Ingest.empty(fileName, "contains no text");
        }

        String title = bookTitle != null ? bookTitle : Ingest.titleFromFileName(fileName);
        String published = publicationDate(opf);
        Element modified = opf.selectFirst("metadata meta[property=dcterms:modified]");
        DocumentMetadata metadata = new DocumentMetadata(joinNames(creators), Ingest.cleanTitle(first(opf, "dc|publisher")),
                null, published, modified == null ? null : modified.text(), first(opf, "dc|language"));
        LocalDate date = Ingest.parseDate(published);
        return new Document(title, text, source, DocumentFormat.EPUB, "UTF-8", Ingest.sha256(text), date, metadata);
    }

    private static String first(org.jsoup.nodes.Document opf, String query) {
        Element e = opf.selectFirst("metadata " + query);
        return e == null ? null : e.text();
    }

    /** The book's publication date: the {@code dc:date} an EPUB 2 marks as publication, else the first one. */
    private static String publicationDate(org.jsoup.nodes.Document opf) {
        for (Element d : opf.select("metadata dc|date")) {
            if (d.attr("opf:event").equalsIgnoreCase("publication")) {
                return d.text();
            }
        }
        return first(opf, "dc|date");
    }

    static String joinNames(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Each chapter file's title from the table of contents: the first entry that points into it. */
    private static Map<String, String> tocLabels(ZipEntries zip, org.jsoup.nodes.Document opf,
            Map<String, Element> manifest, String opfPath) {
        Map<String, String> labels = new HashMap<>();
        for (Element item : manifest.values()) {
            if (!item.attr("properties").contains("nav")) {
                continue;
            }
            String navPath = resolve(opfPath, item.attr("href"));
            byte[] nav = zip.get(navPath);
            if (nav == null) {
                continue;
            }
            org.jsoup.nodes.Document doc = parseXhtml(nav);
            Element toc = doc.selectFirst("nav[epub:type=toc]");
            for (Element a : (toc != null ? toc : doc).select("a[href]")) {
                labels.putIfAbsent(resolve(navPath, withoutFragment(a.attr("href"))), a.text());
            }
        }
        Element spine = opf.selectFirst("spine[toc]");
        Element ncxItem = spine == null ? null : manifest.get(spine.attr("toc"));
        if (ncxItem != null) {
            String ncxPath = resolve(opfPath, ncxItem.attr("href"));
            org.jsoup.nodes.Document ncx = zip.xml(ncxPath);
            if (ncx != null) {
                for (Element point : ncx.select("navPoint")) {
                    Element label = point.selectFirst("navLabel text");
                    Element content = point.selectFirst("content[src]");
                    if (label != null && content != null) {
                        labels.putIfAbsent(resolve(ncxPath, withoutFragment(content.attr("src"))), label.text());
                    }
                }
            }
        }
        return labels;
    }

    private static String withoutFragment(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? href : href.substring(0, hash);
    }

    /** A chapter file parsed as XML, as XHTML is (an HTML parser would open {@code <a id="x"/>} and not close it). */
    private static org.jsoup.nodes.Document parseXhtml(byte[] bytes) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The path inside the zip that {@code href} names, relative to the file at {@code from}: percent-escapes
     * decoded, "." and ".." resolved.
     */
    static String resolve(String from, String href) {
        Deque<String> parts = new ArrayDeque<>();
        int slash = from.lastIndexOf('/');
        if (slash > 0) {
            for (String p : from.substring(0, slash).split("/")) {
                parts.addLast(p);
            }
        }
        if (href.startsWith("/")) {
            parts.clear();
        }
        for (String p : percentDecode(href).split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        byte[] out = new byte[s.length()];
        int n = 0;
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out[n++] = (byte) (hex(in[i + 1]) * 16 + hex(in[i + 2]));
                i += 2;
            } else {
                out[n++] = in[i];
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    /** The paragraphs of an XHTML chapter: one per block element with text of its own. */
    static List<String> blocks(org.jsoup.nodes.Document doc) {
        Element body = doc.selectFirst("body");
        List<String> out = new ArrayList<>();
        collect(body != null ? body : doc, out);
        return out;
    }

    private static void collect(Element e, List<String> out) {
        StringBuilder inline = new StringBuilder();
        walk(e, inline, out);
        add(inline, out);
    }

    /**
     * Adds an element's text: inline children to the paragraph being built, each block child as paragraphs of its
     * own (a block inside an inline element, invalid but found, ends the paragraph before it).
     */
    private static void walk(Element e, StringBuilder inline, List<String> out) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                inline.append(t.getWholeText());
            } else if (child instanceof Element c) {
                String tag = c.normalName();
                int colon = tag.indexOf(':');
                tag = colon >= 0 ? tag.substring(colon + 1) : tag;
                if (SKIP.contains(tag)) {
                    continue;
                }
                if (BLOCKS.contains(tag)) {
                    add(inline, out);
                    collect(c, out);
                } else if (tag.equals("br")) {
                    inline.append(BREAK);
                } else {
                    walk(c, inline, out);
                }
            }
        }
    }

    private static void add(StringBuilder inline, List<String> out) {
        // The file's own line breaks are spaces; a <br> stays a line break.
        String t = inline.toString().replaceAll("[ \\t\\n\\r\\f]+", " ").replaceAll(" ?" + BREAK + " ?", "\n");
        inline.setLength(0);
        t = t.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
