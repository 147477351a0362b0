package org.lector.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a saved news page: finds the article, drops the page furniture around it and keeps its paragraphs.
 *
 * <p><b>Text:</b> the title line, a blank line, then each paragraph, heading, list item, block quote or table cell
 * of the article as its own paragraph, separated by blank lines. Whitespace inside a paragraph is collapsed to single
 * spaces; {@code <br>} is a line break and two of them a paragraph break. Images and figure captions are dropped
 * (captions are mostly photo credits that would break the flow of the story); a heading equal to the title is not
 * repeated.
 *
 * <p><b>Article:</b> the first of {@code article}, {@code [itemprop=articleBody]}, {@code main}, {@code [role=main]}
 * that has text (the one with most text when there are several); else the block with the best readability-style
 * score: paragraphs credit their parent, half to the grandparent, more for length and commas, less for link
 * density; siblings scoring at least a fifth of the best join it.
 *
 * <p><b>Dropped:</b> scripts, styles, forms, iframes, svg, buttons, nav, aside, footer, headers outside the article
 * (an article's own header holds its byline and date, which are part of the story), comments, hidden elements,
 * figures, and elements whose id or class names an ad, sponsor, promo, share or social bar, related stories,
 * newsletter, cookie banner, comments or subscription box.
 *
 * <p><b>Title:</b> {@code og:title}, else the article's {@code h1}, else {@code <title>} without a trailing
 * " | Site" or " - Site", else the file name. <b>Date:</b> {@code article:published_time}, {@code og:published_time},
 * {@code itemprop=datePublished}, a {@code <time datetime>} in the article, JSON-LD {@code datePublished},
 * {@code dc.date}; the first that parses as an ISO date wins. <b>Charset:</b> BOM, then valid UTF-8, then the
 * page's {@code <meta charset>}, then detection (see {@link CharsetDetector}).
 */
public final class HtmlReader {

    private static final Logger LOG = LoggerFactory.getLogger(HtmlReader.class);

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.+?)\\s+[|\u2013\u2014-]\\s+[^|\u2013\u2014]{1,60}$");
    private static final Pattern WORD_BOUNDARY = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");

    private static final String REMOVED_TAGS = "script, style, noscript, template, form, iframe, frame, object, "
            + "embed, svg, canvas, button, select, input, textarea, nav, aside, footer, figure, figcaption, dialog, "
            + "[hidden], [aria-hidden=true]";

    private static final Set<String> BOILERPLATE_WORDS = Set.of(
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising", "adsense",
            "sponsor", "sponsors", "sponsored", "promo", "promos", "promoted", "promotion", "promotions",
            "share", "shares", "sharing", "sharebar", "social", "related", "recommended", "newsletter",
            "newsletters", "cookie", "cookies", "consent", "gdpr", "comment", "comments", "disqus", "subscribe",
            "subscription", "paywall", "outbrain", "taboola", "sidebar", "breadcrumb", "breadcrumbs", "popup",
            "modal");

    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "caption", "ul", "center");

    private static final String[] PREFERRED_ROOTS = {"article", "[itemprop=articleBody]", "main", "[role=main]"};

    /**
     * @param bytes    the page's bytes
     * @param source   the path or URL as given, stored as {@link Document#source()}
     * @param fileName the file's name, for the title fallback and messages
     */
    public Document read(byte[] bytes, String source, String fileName) throws IngestException {
        DetectedText decoded = Ingest.decode(bytes, fileName, declaredCharset(bytes));
        org.jsoup.nodes.Document page = Jsoup.parse(decoded.text());

        // Metadata first: the cleanup below removes the scripts and headers some of it lives in.
        LocalDate date = findDate(page);
        String title = findTitle(page);

        clean(page);
        List<Element> roots = articleRoots(page);
        List<String> blocks = new ArrayList<>();
        for (Element root : roots) {
            collectBlocks(root, blocks);
        }
        if (title == null) {
            title = Ingest.titleFromFileName(fileName);
        }
        dropRepeatedTitle(blocks, title);
        if (blocks.isEmpty()) {
            throw Ingest.empty(fileName, "contains no article text Lector can find");
        }
        String text = TextNormalizer.normalize(title + "\n\n" + String.join("\n\n", blocks));
        return Ingest.document(title, text, source, DocumentFormat.HTML, decoded.charset(), date);
    }

    /** The charset a {@code <meta>} in the first 4 KiB declares, or {@code null}. */
    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    // ---- title and date -------------------------------------------------------------------------------------

    private static String findTitle(org.jsoup.nodes.Document page) {
        String og = Ingest.cleanTitle(metaContent(page, "og:title"));
        if (og != null) {
            return og;
        }
        for (String selector : new String[] {"article h1", "[itemprop=articleBody] h1", "main h1", "[role=main] h1",
                "[itemprop=headline]"}) {
            Element h1 = page.selectFirst(selector);
            if (h1 != null && Ingest.cleanTitle(h1.text()) != null) {
                return Ingest.cleanTitle(h1.text());
            }
        }
        for (Element h1 : page.select("h1")) {
            // A site's logo is often an h1 in the page header.
            if (h1.closest("header, nav, footer, aside") == null && Ingest.cleanTitle(h1.text()) != null) {
                return Ingest.cleanTitle(h1.text());
            }
        }
        String title = Ingest.cleanTitle(page.title());
        if (title == null) {
            return null;
        }
        Matcher m = TITLE_SUFFIX.matcher(title);
        return m.matches() ? m.group(1).trim() : title;
    }

    private static LocalDate findDate(org.jsoup.nodes.Document page) {
        List<String> candidates = new ArrayList<>();
        candidates.add(metaContent(page, "article:published_time"));
        candidates.add(metaContent(page, "og:published_time"));
        for (Element e : page.select("[itemprop=datePublished]")) {
            candidates.add(e.hasAttr("content") ? e.attr("content")
                    : e.hasAttr("datetime") ? e.attr("datetime") : e.text());
        }
        for (Element time : page.select("article time[datetime]")) {
            candidates.add(time.attr("datetime"));
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            while (m.find()) {
                candidates.add(m.group(1));
            }
        }
        for (String name : new String[] {"dc.date", "dc.date.issued", "dcterms.date", "dcterms.created"}) {
            candidates.add(metaContent(page, name));
        }
        for (String candidate : candidates) {
            LocalDate date = Ingest.parseDate(candidate);
            if (date != null) {
                return date;
            }
            if (candidate != null) {
                LOG.debug("ignoring unparseable date {}", candidate);
            }
        }
        return null;
    }

    private static String metaContent(org.jsoup.nodes.Document page, String key) {
        Element meta = page.selectFirst("meta[property=" + key + "][content], meta[name=" + key + "][content]");
        return meta == null ? null : meta.attr("content");
    }

    // ---- cleanup and finding the article --------------------------------------------------------------------

    private static void clean(org.jsoup.nodes.Document page) {
        removeComments(page);
        page.select(REMOVED_TAGS).remove();
        for (Element header : page.select("header")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
        for (Element e : page.body().select("[id], [class]")) {
            if (e.parent() != null && !isProtected(e) && isBoilerplate(e)) {
                e.remove();
            }
        }
    }

    /** Containers that hold the story itself are kept even when a class such as "has-comments" mentions junk. */
    private static boolean isProtected(Element e) {
        String tag = e.normalName();
        return tag.equals("html") || tag.equals("body") || tag.equals("main") || tag.equals("article")
                || e.attr("itemprop").equalsIgnoreCase("articleBody") || e.attr("role").equalsIgnoreCase("main");
    }

    static boolean isBoilerplate(Element e) {
        for (String word : WORD_BOUNDARY.split(e.id() + " " + e.className())) {
            if (!word.isEmpty() && BOILERPLATE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static void removeComments(Node node) {
        for (int i = node.childNodeSize() - 1; i >= 0; i--) {
            Node child = node.childNode(i);
            if (child instanceof Comment) {
                child.remove();
            } else {
                removeComments(child);
            }
        }
    }

    private static List<Element> articleRoots(org.jsoup.nodes.Document page) {
        for (String selector : PREFERRED_ROOTS) {
            Element best = null;
            int bestLength = 0;
            for (Element candidate : page.select(selector)) {
                int length = candidate.text().length();
                if (length > bestLength) {
                    best = candidate;
                    bestLength = length;
                }
            }
            if (best != null) {
                return List.of(best);
            }
        }
        return scoredRoots(page.body());
    }

    /** A small readability: the block whose paragraphs carry the most prose, plus strong siblings. */
    static List<Element> scoredRoots(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.select("p, pre, blockquote, div")) {
            boolean paragraph = !e.normalName().equals("div");
            String text = paragraph ? e.text() : e.ownText();
            if (text.length() < 25 || (!paragraph && text.length() < 80)) {
                continue;
            }
            double score = 1 + count(text, ',') + Math.min(text.length() / 100.0, 3);
            // A paragraph credits its container; a div holding prose directly is its own container.
            Element container = paragraph ? e.parent() : e;
            if (container == null) {
                continue;
            }
            scores.merge(container, score, Double::sum);
            if (container.parent() != null) {
                scores.merge(container.parent(), score / 2, Double::sum);
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
            entry.setValue(score);
            if (score > topScore) {
                top = entry.getKey();
                topScore = score;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        if (top.parent() == null) {
            return List.of(top);
        }
        List<Element> roots = new ArrayList<>();
        for (Element sibling : top.parent().children()) {
            Double score = scores.get(sibling);
            if (sibling == top || (score != null && score >= topScore / 5)) {
                roots.add(sibling);
            }
        }
        LOG.debug("scored article root <{} class={}> score {}", top.normalName(), top.className(), topScore);
        return roots;
    }

    private static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return Math.min(1, linked / (double) length);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    // ---- text -----------------------------------------------------------------------------------------------

    private static void collectBlocks(Element root, List<String> blocks) {
        StringBuilder current = new StringBuilder();
        walk(root, blocks, current);
        flush(current, blocks);
    }

    private static void walk(Node node, List<String> blocks, StringBuilder current) {
        if (node instanceof TextNode textNode) {
            // Line breaks in the source are just whitespace; only <br> breaks a line.
            current.append(textNode.getWholeText().replaceAll("[ \\t\\n\\x0B\\f\\r]+", " "));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (tag.equals("br")) {
            current.append('\n');
            return;
        }
        if (tag.equals("pre")) {
            flush(current, blocks);
            String pre = element.wholeText().strip();
            if (!pre.isEmpty()) {
                blocks.add(pre);
            }
            return;
        }
        boolean block = BLOCK_TAGS.contains(tag);
        if (block) {
            flush(current, blocks);
        }
        for (Node child : element.childNodes()) {
            walk(child, blocks, current);
        }
        if (block) {
            flush(current, blocks);
        }
    }

    /**
     * Ends the paragraph being gathered: each line's whitespace collapsed, lines kept (they came from
     * {@code <br>}), and an empty line, from two {@code <br>}s, starting a new paragraph.
     */
    private static void flush(StringBuilder current, List<String> blocks) {
        if (current.isEmpty()) {
            return;
        }
        StringBuilder paragraph = new StringBuilder();
        for (String line : current.toString().split("\n", -1)) {
            String collapsed = line.replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
            if (collapsed.isEmpty()) {
                if (!paragraph.isEmpty()) {
                    blocks.add(paragraph.toString());
                    paragraph.setLength(0);
                }
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append('\n');
                }
                paragraph.append(collapsed);
            }
        }
        if (!paragraph.isEmpty()) {
            blocks.add(paragraph.toString());
        }
        current.setLength(0);
    }

    private static void dropRepeatedTitle(List<String> blocks, String title) {
        for (int i = 0; i < Math.min(3, blocks.size()); i++) {
            if (blocks.get(i).replaceAll("\\s+", " ").equals(title)) {
                blocks.remove(i);
                return;
            }
        }
    }
}
