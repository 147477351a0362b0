package org.lector.ingest;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article in a parsed page: a port of Mozilla Readability's {@code grabArticle} (the algorithm behind
 * Firefox's Reader View, Apache-2.0) to jsoup, with its scoring, class weights, sibling joining and cleanup, and its
 * sieve of retries: when the result is shorter than {@value #CHAR_THRESHOLD} characters the page is read again
 * with gentler cleaning (first keeping "unlikely" blocks, then ignoring class names, then keeping every block), and
 * the longest attempt wins.
 *
 * <p>Every walk over the tree is iterative, so a page nested ten thousand levels deep cannot overflow the stack;
 * children are rebuilt a parent at a time, so a parent with a hundred thousand children is still linear.
 *
 * <p>Not thread-safe: one instance per page.
 *
 * <p>Longer than most files, on purpose: it ports Readability's algorithm, whose scoring, class weights, sibling
 * joining and retry flags work on one shared state per page; kept in one file in the original's order so that it
 * can be checked against Readability's source step by step (decision 0011).
 */
final class ArticleFinder {

    /** What was found: the article (a detached {@code div}) and the byline the page shows, if it had to be cut out. */
    record Result(Element content, String byline) {
    }

    static final int CHAR_THRESHOLD = 500;

    private static final int STRIP_UNLIKELYS = 1;
    private static final int WEIGHT_CLASSES = 2;
    private static final int CLEAN_CONDITIONALLY = 4;
    private static final int TOP_CANDIDATES = 5;

    private static final Pattern UNLIKELY = Pattern.compile("-ad-|ai2html|banner|breadcrumbs|combx|comment|community"
            + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
            + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE_CANDIDATE =
            Pattern.compile("and|article|body|column|content|main|mathjax|shadow", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment"
            + "|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar"
            + "|skyscraper|sponsor|shopping|tags|widget", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("byline|author|dateline|writtenby|p-author",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VIDEOS = Pattern.compile("//(www\\.)?((dailymotion|youtube|youtube-nocookie"
            + "|player\\.vimeo|v\\.qq)\\.com|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AD_WORDS = Pattern.compile(
            "^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LOADING_WORDS = Pattern.compile(
            "^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COMMAS = Pattern.compile("[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKENS = Pattern.compile("[^\\p{L}\\p{N}_]+");

    private static final Set<String> UNLIKELY_ROLES =
            Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");
    private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> DIV_TO_P = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    private static final Set<String> KEEP_TAG_WHEN_JOINED = Set.of("div", "article", "section", "p", "ol", "ul");
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code",
            "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter",
            "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span",
            "strong", "sub", "sup", "textarea", "time", "var", "wbr");
    private static final Set<String> PHRASING_IF_CONTENT_IS = Set.of("a", "del", "ins");
    private static final Set<String> EMPTY_REMOVABLE =
            Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> TEXTISH = Set.of("span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p",
            "pre", "table", "ul");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final String title;
    private final boolean bylineKnown;
    private int flags = STRIP_UNLIKELYS | WEIGHT_CLASSES | CLEAN_CONDITIONALLY;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final Set<Element> dataTables = Collections.newSetFromMap(new IdentityHashMap<>());
    private String byline;

    private ArticleFinder(String title, boolean bylineKnown) {
        this.title = title == null ? "" : title;
        this.bylineKnown = bylineKnown;
    }

    /**
     * Finds the article of {@code page}, which is left as it was (each attempt works on a copy).
     *
     * @param page        the page, already {@linkplain #prepare prepared}
     * @param title       the article's title, to drop a heading that repeats it
     * @param bylineKnown whether the page's metadata names the author (then a byline in the text is left alone)
     * @return the article, or {@code null} when no attempt found any text
     */
    static Result find(Document page, String title, boolean bylineKnown) {
        return new ArticleFinder(title, bylineKnown).grab(page);
    }

    /**
     * Readability's preparation of a page: scripts, styles and comments out, runs of {@code <br>} turned into
     * paragraphs, {@code <font>} into {@code <span>}.
     */
    static void prepare(Document page) {
        Deque<Node> stack = new ArrayDeque<>();
        List<Node> doomed = new ArrayList<>();
        List<Element> brParents = new ArrayList<>();
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        stack.push(page);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof org.jsoup.nodes.Comment) {
                doomed.add(node);
                continue;
            }
            if (!(node instanceof Element e)) {
                continue;
            }
            String tag = e.normalName();
            if (tag.equals("script") || tag.equals("noscript") || tag.equals("style") || tag.equals("template")) {
                doomed.add(e);
                continue;
            }
            if (tag.equals("font")) {
                e.tagName("span");
            } else if (tag.equals("br") && e.parent() != null && seen.add(e.parent())) {
                brParents.add(e.parent());
            }
            for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                stack.push(e.childNode(i));
            }
        }
        for (Node node : doomed) {
            node.remove();
        }
        for (Element parent : brParents) {
            replaceBrs(parent);
        }
    }

    /**
     * Readability's {@code replaceBrs}, one parent at a time: two or more {@code <br>} (whitespace between them
     * aside) start a paragraph that takes the phrasing content after them, up to the next such run. The parent's
     * children are rebuilt in one pass, since moving them one by one would reindex the parent each time.
     */
    private static void replaceBrs(Element parent) {
        List<Node> nodes = new ArrayList<>(parent.childNodes());
        boolean anyRun = false;
        for (int i = 0; i < nodes.size() && !anyRun; i++) {
            anyRun = isTag(nodes.get(i), "br") && isTag(nextNonBlank(nodes, i + 1), "br");
        }
        if (!anyRun) {
            return;
        }
        parent.empty();
        List<Node> out = new ArrayList<>(nodes.size());
        Element p = null;
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (isTag(node, "br") && isTag(nextNonBlank(nodes, i + 1), "br")) {
                closeParagraph(p);
                p = newElement(parent, "p");
                out.add(p);
                int j = i + 1;
                for (; j < nodes.size() && (isTag(nodes.get(j), "br") || isBlankText(nodes.get(j))); j++) {
                    if (isBlankText(nodes.get(j))) {
                        p.appendChild(nodes.get(j));
                    }
                }
                i = j - 1;
            } else if (p != null && isPhrasing(node)) {
                p.appendChild(node);
            } else {
                closeParagraph(p);
                p = null;
                out.add(node);
            }
        }
        closeParagraph(p);
        parent.appendChildren(out);
        if (parent.normalName().equals("p")) {
            parent.tagName("div");
        }
    }

    private static Element newElement(Element near, String tag) {
        Document owner = near.ownerDocument();
        return owner == null ? new Element(tag) : owner.createElement(tag);
    }

    /** Drops the whitespace and {@code <br>}s a paragraph ends with. */
    private static void closeParagraph(Element p) {
        if (p == null) {
            return;
        }
        while (p.childNodeSize() > 0 && isWhitespace(p.childNode(p.childNodeSize() - 1))) {
            p.childNode(p.childNodeSize() - 1).remove();
        }
    }

    private static Node nextNonBlank(List<Node> nodes, int from) {
        for (int i = from; i < nodes.size(); i++) {
            if (!isBlankText(nodes.get(i))) {
                return nodes.get(i);
            }
        }
        return null;
    }

    // ---- grabArticle ----------------------------------------------------------------------------------------

    private Result grab(Document original) {
        List<Element> attempts = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        while (true) {
            Document page = original.clone();
            scores.clear();
            dataTables.clear();
            Element content = grabOnce(page);
            int length = content == null ? 0 : content.text().length();
            if (length >= CHAR_THRESHOLD) {
                return new Result(content, byline);
            }
            attempts.add(content);
            lengths.add(length);
            if ((flags & STRIP_UNLIKELYS) != 0) {
                flags &= ~STRIP_UNLIKELYS;
            } else if ((flags & WEIGHT_CLASSES) != 0) {
                flags &= ~WEIGHT_CLASSES;
            } else if ((flags & CLEAN_CONDITIONALLY) != 0) {
                flags &= ~CLEAN_CONDITIONALLY;
            } else {
                int best = 0;
                for (int i = 1; i < attempts.size(); i++) {
                    if (lengths.get(i) > lengths.get(best)) {
                        best = i;
                    }
                }
                return lengths.get(best) == 0 ? null : new Result(attempts.get(best), byline);
            }
        }
    }

    private Element grabOnce(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        List<Element> toScore = new ArrayList<>();
        boolean removeTitleHeader = true;
        Element node = doc.firstElementChild();
        while (node != null) {
            String tag = node.normalName();
            String match = node.className() + " " + node.id();
            if (!isProbablyVisible(node)) {
                node = removeAndGetNext(node);
                continue;
            }
            if ("true".equals(node.attr("aria-modal")) && "dialog".equals(node.attr("role"))) {
                node = removeAndGetNext(node);
                continue;
            }
            if (byline == null && !bylineKnown && isValidByline(node, match)) {
                byline = bylineText(node);
                node = removeAndGetNext(node);
                continue;
            }
            if (removeTitleHeader && headerDuplicatesTitle(node)) {
                removeTitleHeader = false;
                node = removeAndGetNext(node);
                continue;
            }
            if ((flags & STRIP_UNLIKELYS) != 0) {
                if (UNLIKELY.matcher(match).find() && !MAYBE_CANDIDATE.matcher(match).find()
                        && !hasAncestorTag(node, "table", 3) && !hasAncestorTag(node, "code", 3)
                        && !tag.equals("body") && !tag.equals("a")) {
                    node = removeAndGetNext(node);
                    continue;
                }
                if (UNLIKELY_ROLES.contains(node.attr("role"))) {
                    node = removeAndGetNext(node);
                    continue;
                }
            }
            if (EMPTY_REMOVABLE.contains(tag) && isElementWithoutContent(node)) {
                node = removeAndGetNext(node);
                continue;
            }
            if (TAGS_TO_SCORE.contains(tag)) {
                toScore.add(node);
            }
            if (tag.equals("div")) {
                wrapPhrasingRuns(node);
                if (hasSingleTagInside(node, "p") && linkDensity(node) < 0.25) {
                    Element only = node.firstElementChild();
                    node.replaceWith(only);
                    node = only;
                    toScore.add(node);
                } else if (!hasChildBlockElement(node)) {
                    node.tagName("p");
                    toScore.add(node);
                }
            }
            node = nextElement(node, false);
        }

        List<Element> candidates = new ArrayList<>();
        for (Element e : toScore) {
            if (!hasElementParent(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + COMMAS.split(text, -1).length + Math.min(text.length() / 100, 3);
            int level = 0;
            for (Element ancestor = e.parent(); ancestor != null && level < 5; ancestor = ancestor.parent(), level++) {
                if (!hasElementParent(ancestor)) {
                    break;
                }
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, score / divider, Double::sum);
            }
        }

        List<Element> top = new ArrayList<>();
        for (Element candidate : candidates) {
            double score = scores.get(candidate) * (1 - linkDensity(candidate));
            scores.put(candidate, score);
            for (int t = 0; t < TOP_CANDIDATES; t++) {
                if (t >= top.size() || score > scores.get(top.get(t))) {
                    top.add(t, candidate);
                    if (top.size() > TOP_CANDIDATES) {
                        top.remove(top.size() - 1);
                    }
                    break;
                }
            }
        }

        Element topCandidate = top.isEmpty() ? null : top.get(0);
        Element articleContent = doc.createElement("div");
        if (topCandidate == null || topCandidate.normalName().equals("body")) {
            Element all = doc.createElement("div");
            List<Node> kids = new ArrayList<>(body.childNodes());
            body.empty();
            all.appendChildren(kids);
            body.appendChild(all);
            scores.put(all, initialScore(all));
            topCandidate = all;
        } else {
            topCandidate = betterTopCandidate(topCandidate, top);
        }

        double siblingThreshold = Math.max(10, scores.get(topCandidate) * 0.2);
        Element parent = topCandidate.parent();
        List<Element> siblings = parent == null ? List.of(topCandidate) : new ArrayList<>(parent.children());
        List<Element> joined = new ArrayList<>();
        for (Element sibling : siblings) {
            boolean append = false;
            if (sibling == topCandidate) {
                append = true;
            } else {
                double bonus = 0;
                if (!topCandidate.className().isEmpty() && sibling.className().equals(topCandidate.className())) {
                    bonus += scores.get(topCandidate) * 0.2;
                }
                Double siblingScore = scores.get(sibling);
                if (siblingScore != null && siblingScore + bonus >= siblingThreshold) {
                    append = true;
                } else if (sibling.normalName().equals("p")) {
                    double density = linkDensity(sibling);
                    String text = sibling.text();
                    if (text.length() > 80 && density < 0.25) {
                        append = true;
                    } else if (text.length() < 80 && !text.isEmpty() && density == 0
                            && SENTENCE_END.matcher(text).find()) {
                        append = true;
                    }
                }
            }
            if (append) {
                if (!KEEP_TAG_WHEN_JOINED.contains(sibling.normalName())) {
                    sibling.tagName("div");
                }
                joined.add(sibling);
            }
        }
        for (Element sibling : joined) {
            sibling.remove();
        }
        articleContent.appendChildren(joined);
        prepArticle(articleContent);
        return articleContent;
    }

    private Element betterTopCandidate(Element topCandidate, List<Element> top) {
        double topScore = scores.get(topCandidate);
        List<List<Element>> alternativeAncestors = new ArrayList<>();
        for (int i = 1; i < top.size(); i++) {
            if (scores.get(top.get(i)) / topScore >= 0.75) {
                alternativeAncestors.add(ancestors(top.get(i)));
            }
        }
        if (alternativeAncestors.size() >= 3) {
            Element parent = topCandidate.parent();
            while (parent != null && !parent.normalName().equals("body")) {
                int lists = 0;
                for (List<Element> ancestors : alternativeAncestors) {
                    if (containsIdentity(ancestors, parent)) {
                        lists++;
                    }
                }
                if (lists >= 3) {
                    topCandidate = parent;
                    break;
                }
                parent = parent.parent();
            }
        }
        scores.computeIfAbsent(topCandidate, this::initialScore);

        // Parents get part of their children's score; a parent scoring higher than its child holds more content.
        Element parent = topCandidate.parent();
        double lastScore = scores.get(topCandidate);
        double threshold = lastScore / 3;
        while (parent != null && !parent.normalName().equals("body")) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                parent = parent.parent();
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                topCandidate = parent;
                break;
            }
            lastScore = parentScore;
            parent = parent.parent();
        }

        parent = topCandidate.parent();
        while (parent != null && !parent.normalName().equals("body") && parent.childrenSize() == 1) {
            topCandidate = parent;
            parent = topCandidate.parent();
        }
        scores.computeIfAbsent(topCandidate, this::initialScore);
        return topCandidate;
    }

    /** Readability's DIV handling: each run of phrasing content directly in a div becomes a paragraph. */
    private static void wrapPhrasingRuns(Element div) {
        List<Node> nodes = new ArrayList<>(div.childNodes());
        boolean any = false;
        for (Node child : nodes) {
            if (isPhrasing(child) && !isWhitespace(child)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return;
        }
        div.empty();
        List<Node> out = new ArrayList<>(nodes.size());
        Element p = null;
        for (Node child : nodes) {
            if (isPhrasing(child)) {
                if (p != null) {
                    p.appendChild(child);
                } else if (!isWhitespace(child)) {
                    p = newElement(div, "p");
                    p.appendChild(child);
                    out.add(p);
                } else {
                    out.add(child);
                }
            } else {
                closeParagraph(p);
                p = null;
                out.add(child);
            }
        }
        closeParagraph(p);
        div.appendChildren(out);
    }

    // ---- prepArticle ----------------------------------------------------------------------------------------

    private void prepArticle(Element article) {
        markDataTables(article);
        cleanConditionally(article, "form");
        cleanConditionally(article, "fieldset");
        clean(article, "object");
        clean(article, "embed");
        clean(article, "footer");
        clean(article, "link");
        clean(article, "aside");
        for (Element child : new ArrayList<>(article.children())) {
            for (Element e : descendants(child, null)) {
                if (e.parent() != null && SHARE.matcher(e.className() + " " + e.id()).find()
                        && e.wholeText().length() < CHAR_THRESHOLD) {
                    e.remove();
                }
            }
        }
        clean(article, "iframe");
        clean(article, "input");
        clean(article, "textarea");
        clean(article, "select");
        clean(article, "button");
        for (Element heading : descendants(article, Set.of("h1", "h2"))) {
            if (classWeight(heading) < 0) {
                heading.remove();
            }
        }
        cleanConditionally(article, "table");
        cleanConditionally(article, "ul");
        cleanConditionally(article, "div");
        for (Element h1 : descendants(article, Set.of("h1"))) {
            h1.tagName("h2");
        }
        for (Element p : descendants(article, Set.of("p"))) {
            if (descendants(p, Set.of("img", "embed", "object", "iframe")).isEmpty() && p.wholeText().isBlank()) {
                p.remove();
            }
        }
        for (Element br : descendants(article, Set.of("br"))) {
            Node next = br.nextSibling();
            while (isBlankText(next)) {
                next = next.nextSibling();
            }
            if (next instanceof Element e && e.normalName().equals("p")) {
                br.remove();
            }
        }
        for (Element table : descendants(article, Set.of("table"))) {
            Element tbody = hasSingleTagInside(table, "tbody") ? table.firstElementChild() : table;
            if (tbody != null && hasSingleTagInside(tbody, "tr")) {
                Element row = tbody.firstElementChild();
                if (hasSingleTagInside(row, "td")) {
                    Element cell = row.firstElementChild();
                    boolean phrasing = true;
                    for (Node n : cell.childNodes()) {
                        phrasing &= isPhrasing(n);
                    }
                    cell.tagName(phrasing ? "p" : "div");
                    if (table.parent() != null) {
                        table.replaceWith(cell);
                    }
                }
            }
        }
    }

    /** Readability's {@code _clean}: every {@code tag} goes, except embedded videos from known hosts. */
    private static void clean(Element root, String tag) {
        boolean embed = tag.equals("object") || tag.equals("embed") || tag.equals("iframe");
        for (Element e : descendants(root, Set.of(tag))) {
            if (embed && isVideo(e)) {
                continue;
            }
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    private static boolean isVideo(Element e) {
        for (Attribute a : e.attributes()) {
            if (VIDEOS.matcher(a.getValue()).find()) {
                return true;
            }
        }
        return e.normalName().equals("object") && VIDEOS.matcher(e.html()).find();
    }

    /** Readability's {@code _cleanConditionally}: removes blocks that look like furniture rather than story. */
    private void cleanConditionally(Element root, String tag) {
        if ((flags & CLEAN_CONDITIONALLY) == 0) {
            return;
        }
        List<Element> nodes = descendants(root, Set.of(tag));
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Element node = nodes.get(i);
            if (node.parent() != null && shouldRemove(node, tag)) {
                node.remove();
            }
        }
    }

    private boolean shouldRemove(Element node, String tag) {
        String text = node.text();
        boolean isList = tag.equals("ul") || tag.equals("ol");
        if (!isList) {
            int listLength = 0;
            for (Element list : descendants(node, Set.of("ul", "ol"))) {
                listLength += list.text().length();
            }
            isList = !text.isEmpty() && listLength / (double) text.length() > 0.9;
        }
        if (tag.equals("table") && dataTables.contains(node)) {
            return false;
        }
        for (Element a = node.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("table") && dataTables.contains(a)) {
                return false;
            }
        }
        if (hasAncestorTag(node, "code", 3)) {
            return false;
        }
        List<Element> inner = descendants(node, null);
        int p = 0;
        int img = 0;
        int li = -100;
        int input = 0;
        int embedCount = 0;
        boolean video = false;
        for (Element e : inner) {
            switch (e.normalName()) {
                case "table" -> {
                    if (dataTables.contains(e)) {
                        return false;
                    }
                }
                case "p" -> p++;
                case "img" -> img++;
                case "li" -> li++;
                case "input" -> input++;
                case "object", "embed", "iframe" -> {
                    video |= isVideo(e);
                    embedCount++;
                }
                default -> {
                }
            }
        }
        double weight = classWeight(node);
        if (weight < 0) {
            return true;
        }
        if (count(text, ',') >= 10 || video) {
            return false;
        }
        if (AD_WORDS.matcher(text).matches() || LOADING_WORDS.matcher(text).matches()) {
            return true;
        }
        double headingDensity = textDensity(node, text, inner, HEADINGS);
        int contentLength = text.length();
        double linkDensity = linkDensity(node, text, inner);
        double textDensity = textDensity(node, text, inner, TEXTISH);
        boolean figureChild = hasAncestorTag(node, "figure", 3);
        boolean remove = (!figureChild && img > 1 && p / (double) img < 0.5)
                || (!isList && li > p)
                || (input > Math.floor(p / 3.0))
                || (!isList && !figureChild && headingDensity < 0.9 && contentLength < 25 && (img == 0 || img > 2)
                        && linkDensity > 0)
                || (!isList && weight < 25 && linkDensity > 0.2)
                || (weight >= 25 && linkDensity > 0.5)
                || ((embedCount == 1 && contentLength < 75) || embedCount > 1)
                || (img == 0 && textDensity == 0);
        if (isList && remove) {
            // A plain list of images stays.
            for (Element child : node.children()) {
                if (child.childrenSize() > 1) {
                    return true;
                }
            }
            int items = 0;
            for (Element e : inner) {
                if (e.normalName().equals("li")) {
                    items++;
                }
            }
            if (img == items) {
                return false;
            }
        }
        return remove;
    }

    private static double textDensity(Element node, String text, List<Element> inner, Set<String> tags) {
        if (text.isEmpty()) {
            return 0;
        }
        long length = 0;
        for (Element e : inner) {
            if (tags.contains(e.normalName())) {
                length += e.text().length();
            }
        }
        return length / (double) text.length();
    }

    private void markDataTables(Element root) {
        for (Element table : descendants(root, Set.of("table"))) {
            if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
                continue;
            }
            if (!table.attr("summary").isEmpty()) {
                dataTables.add(table);
                continue;
            }
            Element caption = table.selectFirst("caption");
            if (caption != null && caption.childNodeSize() > 0) {
                dataTables.add(table);
                continue;
            }
            if (!descendants(table, Set.of("col", "colgroup", "tfoot", "thead", "th")).isEmpty()) {
                dataTables.add(table);
                continue;
            }
            if (!descendants(table, Set.of("table")).isEmpty()) {
                continue;
            }
            int rows = 0;
            int columns = 0;
            for (Element tr : descendants(table, Set.of("tr"))) {
                rows += Math.max(1, intAttr(tr, "rowspan"));
                int inRow = 0;
                for (Element td : descendants(tr, Set.of("td"))) {
                    inRow += Math.max(1, intAttr(td, "colspan"));
                }
                columns = Math.max(columns, inRow);
            }
            if (rows == 1 || columns == 1) {
                continue;
            }
            if (rows >= 10 || columns > 4 || rows * columns > 10) {
                dataTables.add(table);
            }
        }
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

    private static int intAttr(Element e, String name) {
        try {
            return Integer.parseInt(e.attr(name).trim());
        } catch (NumberFormatException ex) {
            return 0;
        }
    }

    // ---- scores and tests -----------------------------------------------------------------------------------

    private double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    private double classWeight(Element e) {
        if ((flags & WEIGHT_CLASSES) == 0) {
            return 0;
        }
        double weight = 0;
        String className = e.className();
        if (!className.isEmpty()) {
            if (NEGATIVE.matcher(className).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(className).find()) {
                weight += 25;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(id).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    private static double linkDensity(Element e) {
        return linkDensity(e, e.text(), null);
    }

    /** Share of the text inside links; in-page links ({@code #...}) count a third. */
    private static double linkDensity(Element e, String text, List<Element> inner) {
        if (text.isEmpty()) {
            return 0;
        }
        double linked = 0;
        for (Element a : inner != null ? inner : descendants(e, Set.of("a"))) {
            if (a.normalName().equals("a")) {
                String href = a.attr("href");
                double coefficient = href.length() > 1 && href.startsWith("#") ? 0.3 : 1;
                linked += a.text().length() * coefficient;
            }
        }
        return linked / text.length();
    }

    private static boolean isProbablyVisible(Element e) {
        String style = e.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return false;
        }
        if (e.hasAttr("hidden")) {
            return false;
        }
        return !e.attr("aria-hidden").equals("true") || e.className().contains("fallback-image");
    }

    private static boolean isValidByline(Element e, String match) {
        boolean looksLikeOne = e.attr("rel").equals("author") || e.attr("itemprop").contains("author")
                || BYLINE.matcher(match).find();
        if (!looksLikeOne) {
            return false;
        }
        int length = e.wholeText().strip().length();
        return length > 0 && length < 100;
    }

    /** The byline's text, or the name inside it when it marks one ({@code itemprop=name}). */
    private static String bylineText(Element e) {
        for (Element d : descendants(e, null)) {
            if (d.attr("itemprop").contains("name")) {
                return d.wholeText().strip();
            }
        }
        return e.wholeText().strip();
    }

    private boolean headerDuplicatesTitle(Element e) {
        String tag = e.normalName();
        if (!tag.equals("h1") && !tag.equals("h2")) {
            return false;
        }
        return similarity(title, e.wholeText().strip()) > 0.75;
    }

    /** Readability's {@code _textSimilarity}: the share of B's words (by length) that A also has. */
    static double similarity(String a, String b) {
        List<String> tokensA = tokens(a);
        List<String> tokensB = tokens(b);
        if (tokensA.isEmpty() || tokensB.isEmpty()) {
            return 0;
        }
        Set<String> inA = Set.copyOf(tokensA);
        List<String> uniqueB = new ArrayList<>();
        for (String t : tokensB) {
            if (!inA.contains(t)) {
                uniqueB.add(t);
            }
        }
        return 1 - String.join(" ", uniqueB).length() / (double) String.join(" ", tokensB).length();
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : TOKENS.split(s.toLowerCase(Locale.ROOT))) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isElementWithoutContent(Element e) {
        if (!e.wholeText().isBlank()) {
            return false;
        }
        int children = e.childrenSize();
        if (children == 0) {
            return true;
        }
        int breaks = descendants(e, Set.of("br", "hr")).size();
        return children == breaks;
    }

    private static boolean hasSingleTagInside(Element e, String tag) {
        if (e.childrenSize() != 1 || !e.child(0).normalName().equals(tag)) {
            return false;
        }
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                String s = t.getWholeText();
                if (!s.isEmpty() && !Character.isWhitespace(s.charAt(s.length() - 1))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean hasChildBlockElement(Element e) {
        Deque<Element> stack = new ArrayDeque<>(e.children());
        while (!stack.isEmpty()) {
            Element d = stack.pop();
            if (DIV_TO_P.contains(d.normalName())) {
                return true;
            }
            stack.addAll(d.children());
        }
        return false;
    }

    /** Readability's {@code _isPhrasingContent}, without recursion. */
    static boolean isPhrasing(Node node) {
        if (node instanceof TextNode) {
            return true;
        }
        if (!(node instanceof Element e)) {
            return false;
        }
        String tag = e.normalName();
        if (PHRASING.contains(tag)) {
            return true;
        }
        if (!PHRASING_IF_CONTENT_IS.contains(tag)) {
            return false;
        }
        Deque<Node> stack = new ArrayDeque<>(e.childNodes());
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof TextNode) {
                continue;
            }
            if (!(n instanceof Element c)) {
                return false;
            }
            String t = c.normalName();
            if (PHRASING_IF_CONTENT_IS.contains(t)) {
                stack.addAll(c.childNodes());
            } else if (!PHRASING.contains(t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhitespace(Node node) {
        return node instanceof TextNode t ? t.getWholeText().isBlank() : isTag(node, "br");
    }

    private static boolean isBlankText(Node node) {
        return node instanceof TextNode t && t.getWholeText().isBlank();
    }

    private static boolean isTag(Node node, String tag) {
        return node instanceof Element e && e.normalName().equals(tag);
    }

    private static boolean hasElementParent(Element e) {
        return e.parent() != null && !(e.parent() instanceof Document);
    }

    private static boolean hasAncestorTag(Element e, String tag, int maxDepth) {
        int depth = 0;
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (maxDepth > 0 && depth > maxDepth) {
                return false;
            }
            if (a.normalName().equals(tag)) {
                return true;
            }
            depth++;
        }
        return false;
    }

    private static List<Element> ancestors(Element e) {
        List<Element> out = new ArrayList<>();
        for (Element a = e.parent(); a != null; a = a.parent()) {
            out.add(a);
        }
        return out;
    }

    private static boolean containsIdentity(List<Element> list, Element e) {
        for (Element x : list) {
            if (x == e) {
                return true;
            }
        }
        return false;
    }

    /** The descendants of {@code root} (not {@code root} itself) in document order, with one of {@code tags}. */
    static List<Element> descendants(Element root, Set<String> tags) {
        List<Element> out = new ArrayList<>();
        Deque<Element> stack = new ArrayDeque<>();
        for (int i = root.childNodeSize() - 1; i >= 0; i--) {
            if (root.childNode(i) instanceof Element c) {
                stack.push(c);
            }
        }
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            if (tags == null || tags.contains(e.normalName())) {
                out.add(e);
            }
            for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                if (e.childNode(i) instanceof Element c) {
                    stack.push(c);
                }
            }
        }
        return out;
    }

    /** Depth-first, elements only: the first child, else the next sibling, else the next sibling of an ancestor. */
    private static Element nextElement(Element node, boolean skipChildren) {
        if (!skipChildren) {
            Element first = node.firstElementChild();
            if (first != null) {
                return first;
            }
        }
        for (Element e = node; e != null; e = e.parent()) {
            Element next = e.nextElementSibling();
            if (next != null) {
                return next;
            }
        }
        return null;
    }

    private static Element removeAndGetNext(Element node) {
        Element next = nextElement(node, true);
        node.remove();
        return next;
    }
}
