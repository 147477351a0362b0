package org.lector.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.DocumentMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a web page: finds the article, drops the page furniture around it, keeps its paragraphs and reads what the
 * page says about the article (author, site, dates, language, canonical address).
 *
 * <p><b>Text:</b> the title line, a blank line, then the article's paragraphs as {@link ArticleText} makes them.
 * A heading equal to the title is not repeated.
 *
 * <p><b>Article:</b> found by {@link ArticleFinder}, a port of Mozilla Readability's scoring with its retries with
 * gentler cleaning. When even the gentlest attempt leaves almost nothing (under {@value #NEARLY_EMPTY} characters),
 * the longest of the fallbacks trafilatura uses is taken instead: the article body the page's JSON-LD carries, the
 * {@code <article>} element, every {@code <p>} of the page. A page is refused only when none of them has any text.
 *
 * <p><b>Metadata:</b> see {@link PageMetadata}; the title is the page's headline without the site's name around it,
 * else the file name. <b>Charset:</b> BOM, then valid UTF-8, then the charset the server declared, then the page's
 * {@code <meta charset>}, then detection (see {@link CharsetDetector}).
 *
 * <p><b>Hostile pages:</b> every walk over the tree is iterative, and elements nested deeper than
 * {@value #MAX_DEPTH} levels are flattened into their text first, so no page can overflow the stack or make the
 * cleanup quadratic in its depth.
 */
public final class HtmlReader {

    private static final Logger LOG = LoggerFactory.getLogger(HtmlReader.class);

    /** Deeper than any real page (they stay under about 60); deeper content is kept as text, without structure. */
    static final int MAX_DEPTH = 256;

    /** An article with fewer characters than this is "nearly empty": the fallbacks are tried. */
    static final int NEARLY_EMPTY = 200;

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** The attribute that marks furniture between the marking and the removal. */
    private static final String FURNITURE = "data-lector-furniture";
    /** A paragraph this long is prose, not a sign-up line or a share button. */
    private static final int PROSE_PARAGRAPH = 150;
    private static final Pattern CLASS_WORD_BOUNDARY = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
    private static final Set<String> FURNITURE_WORDS = Set.of("newsletter", "newsletters", "subscribe",
            "subscription", "signup", "promo", "promos", "advert", "advertisement", "advertising", "sponsored",
            "share", "sharing", "sharebar", "social", "comments", "disqus", "outbrain", "taboola", "paywall", "cookie",
            "cookies", "consent", "related", "recommended");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.+?)\\s+([|\u2013\u2014-])\\s+([^|\u2013\u2014]{1,60})$");

    /**
     * Reads a saved page.
     *
     * @param bytes    the page's bytes
     * @param source   the path or URL as given, stored as {@link Document#source()} and named in messages
     * @param fileName the file's name, for the title fallback
     */
    public Document read(byte[] bytes, String source, String fileName) throws IngestException {
        return read(bytes, source, fileName, null, null);
    }

    /**
     * Reads a page fetched from {@code baseUrl}, whose server declared {@code charset} (either may be {@code null}).
     */
    public Document read(byte[] bytes, String source, String fileName, String baseUrl, String charset)
            throws IngestException {
        String declared = charset != null ? charset : declaredCharset(bytes);
        DetectedText decoded = Ingest.decode(bytes, source, declared);
        org.jsoup.nodes.Document page = Jsoup.parse(decoded.text(), baseUrl == null ? "" : baseUrl);
        flattenDeepNesting(page);

        // Metadata first: the cleanup below removes the scripts and headers much of it lives in.
        PageMetadata meta = PageMetadata.read(page);
        String title = meta.title() != null ? withoutSiteSuffix(meta.title()) : null;
        if (title == null) {
            title = Ingest.titleFromFileName(fileName);
        }
        if (page.body() != null) {
            markFurniture(page.body());
        }
        ReadabilityDom.prepare(page);
        ArticleFinder.Result found = ArticleFinder.find(page, title, meta.byline() != null);
        if (found != null) {
            dropFurniture(found.content());
        }
        List<String> blocks = found == null ? new ArrayList<>() : new ArrayList<>(ArticleText.blocks(found.content()));
        if (length(blocks) < NEARLY_EMPTY) {
            // Parsed afresh: keeping an untouched copy of every page for this rare case would double the memory.
            org.jsoup.nodes.Document pristine = Jsoup.parse(decoded.text(), baseUrl == null ? "" : baseUrl);
            flattenDeepNesting(pristine);
            List<String> fallback = fallback(pristine, meta);
            if (length(fallback) > length(blocks)) {
                LOG.debug("{}: the article was nearly empty ({} characters); took a fallback of {}", source,
                        length(blocks), length(fallback));
                blocks = new ArrayList<>(fallback);
            }
        }
        dropRepeatedTitle(blocks, title);
        if (blocks.isEmpty()) {
            throw Ingest.empty(source, "contains no article text Lector can find");
        }
        String text = TextNormalizer.normalize(title + "\n\n" + String.join("\n\n", blocks));
        DocumentMetadata metadata = meta.toModel(found == null ? null : found.byline());
        LocalDate date = Ingest.parseDate(metadata.published());
        return new Document(title, text, source, DocumentFormat.HTML, decoded.charset(), Ingest.sha256(text), date,
                metadata);
    }

    /** The charset a {@code <meta>} in the first 4 KiB declares, or {@code null}. */
    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Cuts a trailing site name: " | Site" when at least three words stay, " - Site" (or an en or em dash) only when
     * the name is at most three words and capitalized, so "Storm hits coast | The Daily Lector" loses its site but
     * "How we built it - an async framework" and "Brexit - what now" stay whole.
     */
    static String withoutSiteSuffix(String title) {
        Matcher m = TITLE_SUFFIX.matcher(title);
        if (!m.matches() || m.group(1).strip().split("\\s+").length < 3) {
            return title;
        }
        String suffix = m.group(3).strip();
        boolean pipe = m.group(2).equals("|");
        int words = suffix.split("\\s+").length;
        if ((pipe && words <= 5) || (words <= 3 && !Character.isLowerCase(suffix.codePointAt(0)))) {
            return m.group(1).strip();
        }
        return title;
    }

    /**
     * Marks the small blocks whose class or id names them as furniture by a whole word ("newsletter-signup",
     * "shareBar", "comments"): sign-up boxes, share bars, comment threads and promotions, which Readability's
     * scoring keeps when they sit inside the story's container. The mark goes on every element inside too, since
     * Readability may unwrap the marked one; {@link #dropFurniture} removes them from the article once it is found.
     * Marking rather than removing leaves Readability's scores as they were. What may hold the story is never
     * marked, whatever its name: a block with a fifth of the page's text or more, or with two paragraphs of prose,
     * so a wrapper such as "story-with-comments" never takes the story with it.
     */
    static void markFurniture(Element root) {
        int total = root.text().length();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || (e.id().isEmpty() && e.className().isEmpty())
                        || !namesFurniture(e.id() + " " + e.className())) {
                    return FilterResult.CONTINUE;
                }
                if (e.text().length() * 5 >= total || holdsProse(e)) {
                    return FilterResult.CONTINUE;
                }
                for (Element inside : e.getAllElements()) {
                    inside.attr(FURNITURE, "");
                }
                return FilterResult.SKIP_CHILDREN;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /** Removes the marked furniture from the article, unless it grew to a fifth of it. */
    static void dropFurniture(Element article) {
        int total = article.text().length();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e.hasAttr(FURNITURE) && node != article
                        && e.text().length() * 5 < total) {
                    LOG.debug("dropping <{} class={}>: {} of {} characters", e.normalName(), e.className(),
                            e.text().length(), total);
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, article);
    }

    private static boolean holdsProse(Element e) {
        int paragraphs = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() >= PROSE_PARAGRAPH && ++paragraphs >= 2) {
                return true;
            }
        }
        return false;
    }

    static boolean namesFurniture(String idAndClass) {
        for (String word : CLASS_WORD_BOUNDARY.split(idAndClass)) {
            if (!word.isEmpty() && FURNITURE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    // ---- fallbacks ------------------------------------------------------------------------------------------

    /**
     * trafilatura's baseline, for a page whose article came out nearly empty: the longest of the JSON-LD article
     * body, the {@code <article>} element and all the page's paragraphs.
     */
    private static List<String> fallback(org.jsoup.nodes.Document page, PageMetadata meta) {
        List<String> best = new ArrayList<>();
        if (meta.articleBody() != null) {
            for (String p : meta.articleBody().split("\\n\\s*\\n|\\r?\\n")) {
                if (!p.isBlank()) {
                    best.add(p.strip().replaceAll("\\s+", " "));
                }
            }
        }
        page.select("script, style, noscript, template, nav, footer, header, aside, form, button, select").remove();
        Element article = page.selectFirst("article, [itemprop=articleBody], main, [role=main]");
        if (article != null) {
            best = longer(best, ArticleText.blocks(article));
        }
        Element paragraphs = page.createElement("div");
        for (Element p : page.select("p, pre, blockquote, li")) {
            // Only the outermost: a paragraph inside a list item is already part of the item's text.
            if (p.parent() != null && p.parent().closest("p, pre, blockquote, li") == null) {
                paragraphs.appendChild(page.createElement("p").text(p.wholeText()));
            }
        }
        best = longer(best, ArticleText.blocks(paragraphs));
        if (best.isEmpty() && page.body() != null) {
            best = ArticleText.blocks(page.body());
        }
        return best;
    }

    private static List<String> longer(List<String> a, List<String> b) {
        return length(b) > length(a) ? b : a;
    }

    private static int length(List<String> blocks) {
        int n = 0;
        for (String b : blocks) {
            n += b.length();
        }
        return n;
    }

    // ---- hostile nesting ------------------------------------------------------------------------------------

    /**
     * Replaces the content of every element at depth {@link #MAX_DEPTH} by the text under it, a paragraph break
     * before each block inside, so the tree is at most that deep. Iterative.
     */
    static void flattenDeepNesting(org.jsoup.nodes.Document page) {
        Deque<Element> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(page);
        depths.push(0);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            int depth = depths.pop();
            if (depth >= MAX_DEPTH) {
                flatten(e);
                continue;
            }
            for (Element child : e.children()) {
                stack.push(child);
                depths.push(depth + 1);
            }
        }
    }

    private static void flatten(Element e) {
        List<Node> flat = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                flat.add(new TextNode(t.getWholeText()));
            } else if (node != e && node instanceof Element el && (el.isBlock() || el.normalName().equals("br"))) {
                flat.add(new Element("br"));
                if (el.isBlock()) {
                    flat.add(new Element("br"));
                }
            }
        }, e);
        e.empty();
        e.appendChildren(flat);
        LOG.debug("flattened {} nodes nested deeper than {} levels", flat.size(), MAX_DEPTH);
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
