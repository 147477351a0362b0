package org.lector.ingest;

import static org.lector.ingest.ReadabilityDom.ancestors;
import static org.lector.ingest.ReadabilityDom.containsIdentity;
import static org.lector.ingest.ReadabilityDom.descendants;
import static org.lector.ingest.ReadabilityDom.hasAncestorTag;
import static org.lector.ingest.ReadabilityDom.hasChildBlockElement;
import static org.lector.ingest.ReadabilityDom.hasElementParent;
import static org.lector.ingest.ReadabilityDom.hasSingleTagInside;
import static org.lector.ingest.ReadabilityDom.isElementWithoutContent;
import static org.lector.ingest.ReadabilityDom.linkDensity;
import static org.lector.ingest.ReadabilityDom.nextElement;
import static org.lector.ingest.ReadabilityDom.removeAndGetNext;
import static org.lector.ingest.ReadabilityDom.similarity;
import static org.lector.ingest.ReadabilityDom.wrapPhrasingRuns;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Finds the article in a parsed page: a port of Mozilla Readability's {@code grabArticle} (the algorithm behind
 * Firefox's Reader View, Apache-2.0) to jsoup, with its scoring, class weights and sibling joining, and its sieve of
 * retries: when the result is shorter than {@value #CHAR_THRESHOLD} characters the page is read again with gentler
 * cleaning (first keeping "unlikely" blocks, then ignoring class names, then keeping every block), and the longest
 * attempt wins. The page is prepared first by {@link ReadabilityDom#prepare}; each attempt's article is cleaned by
 * {@link ArticleCleaner}. The three files keep Readability's steps in its order, so they can be checked against its
 * source step by step (decision 0011).
 *
 * <p>Not thread-safe: one instance per page.
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
    private static final Pattern BYLINE = Pattern.compile("byline|author|dateline|writtenby|p-author",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMAS = Pattern.compile("[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

    private static final Set<String> UNLIKELY_ROLES =
            Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");
    private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> KEEP_TAG_WHEN_JOINED = Set.of("div", "article", "section", "p", "ol", "ul");
    private static final Set<String> EMPTY_REMOVABLE =
            Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");

    private final String title;
    private final boolean bylineKnown;
    private int flags = STRIP_UNLIKELYS | WEIGHT_CLASSES | CLEAN_CONDITIONALLY;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
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

    // ---- grabArticle ----------------------------------------------------------------------------------------

    private Result grab(Document original) {
        List<Element> attempts = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        while (true) {
            Document page = original.clone();
            scores.clear();
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
        new ArticleCleaner((flags & WEIGHT_CLASSES) != 0, (flags & CLEAN_CONDITIONALLY) != 0)
                .prepArticle(articleContent);
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
        return (flags & WEIGHT_CLASSES) == 0 ? 0 : ReadabilityDom.classWeight(e);
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

}
