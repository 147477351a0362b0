package org.lector.ingest;

import static org.lector.ingest.ReadabilityDom.count;
import static org.lector.ingest.ReadabilityDom.descendants;
import static org.lector.ingest.ReadabilityDom.hasAncestorTag;
import static org.lector.ingest.ReadabilityDom.hasSingleTagInside;
import static org.lector.ingest.ReadabilityDom.intAttr;
import static org.lector.ingest.ReadabilityDom.isBlankText;
import static org.lector.ingest.ReadabilityDom.isPhrasing;
import static org.lector.ingest.ReadabilityDom.linkDensity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Readability's {@code _prepArticle}, ported with {@link ArticleFinder}: the article found is cleaned of forms,
 * embeds, share buttons, headings that weigh negative and blocks that look like furniture rather than story, while
 * data tables and videos stay.
 *
 * <p>One instance per attempt: the retry flags of that attempt decide whether class names weigh and whether blocks
 * are removed conditionally.
 */
final class ArticleCleaner {

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
    private static final Set<String> TEXTISH = Set.of("span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p",
            "pre", "table", "ul");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final boolean weightClasses;
    private final boolean cleanConditionally;
    private final Set<Element> dataTables = Collections.newSetFromMap(new IdentityHashMap<>());

    ArticleCleaner(boolean weightClasses, boolean cleanConditionally) {
        this.weightClasses = weightClasses;
        this.cleanConditionally = cleanConditionally;
    }

    /** Cleans {@code article} in place. */
    void prepArticle(Element article) {
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
                        && e.wholeText().length() < ArticleFinder.CHAR_THRESHOLD) {
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
            if (weight(heading) < 0) {
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
        if (!cleanConditionally) {
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
        double weight = weight(node);
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

    private double weight(Element e) {
        return weightClasses ? ReadabilityDom.classWeight(e) : 0;
    }
}
