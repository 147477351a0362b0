package org.lector.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The tree work Readability's steps share, ported with {@link ArticleFinder}: the page's preparation (Readability's
 * {@code _prepDocument} and {@code _replaceBrs}), the tests it asks of an element (phrasing content, empty, a single
 * child of a tag, class weight, link density) and the walks over the tree.
 *
 * <p>Every walk is iterative, so a page nested ten thousand levels deep cannot overflow the stack; children are
 * rebuilt a parent at a time, so a parent with a hundred thousand children is still linear.
 */
final class ReadabilityDom {

    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment"
            + "|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar"
            + "|skyscraper|sponsor|shopping|tags|widget", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKENS = Pattern.compile("[^\\p{L}\\p{N}_]+");
    private static final Set<String> DIV_TO_P = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code",
            "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter",
            "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span",
            "strong", "sub", "sup", "textarea", "time", "var", "wbr");
    private static final Set<String> PHRASING_IF_CONTENT_IS = Set.of("a", "del", "ins");

    private ReadabilityDom() {
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

    /** Readability's DIV handling: each run of phrasing content directly in a div becomes a paragraph. */
    static void wrapPhrasingRuns(Element div) {
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

    static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    static int intAttr(Element e, String name) {
        try {
            return Integer.parseInt(e.attr(name).trim());
        } catch (NumberFormatException ex) {
            return 0;
        }
    }

    static double linkDensity(Element e) {
        return linkDensity(e, e.text(), null);
    }

    /** Share of the text inside links; in-page links ({@code #...}) count a third. */
    static double linkDensity(Element e, String text, List<Element> inner) {
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

    static boolean isElementWithoutContent(Element e) {
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

    static boolean hasSingleTagInside(Element e, String tag) {
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

    static boolean hasChildBlockElement(Element e) {
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

    static boolean isBlankText(Node node) {
        return node instanceof TextNode t && t.getWholeText().isBlank();
    }

    private static boolean isTag(Node node, String tag) {
        return node instanceof Element e && e.normalName().equals(tag);
    }

    static boolean hasElementParent(Element e) {
        return e.parent() != null && !(e.parent() instanceof Document);
    }

    static boolean hasAncestorTag(Element e, String tag, int maxDepth) {
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

    static List<Element> ancestors(Element e) {
        List<Element> out = new ArrayList<>();
        for (Element a = e.parent(); a != null; a = a.parent()) {
            out.add(a);
        }
        return out;
    }

    static boolean containsIdentity(List<Element> list, Element e) {
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
    static Element nextElement(Element node, boolean skipChildren) {
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

    static Element removeAndGetNext(Element node) {
        Element next = nextElement(node, true);
        node.remove();
        return next;
    }

    /** Readability's {@code _getClassWeight}: class names and ids that sound like story score up, furniture down. */
    static double classWeight(Element e) {
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
}
