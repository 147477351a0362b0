package org.lector.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lector.model.DocumentMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a web page says about its article, read before the page is cleaned (scripts and headers hold much of it).
 *
 * <p>Sources, first found wins: JSON-LD ({@code NewsArticle}, {@code BlogPosting} and the other schema.org article
 * types, also inside {@code @graph}), then {@code <meta>} tags (Dublin Core, Open Graph, Twitter, Parse.ly, article:
 * properties), then the page itself ({@code <title>}, {@code <link rel=canonical>}, {@code <html lang>},
 * {@code <time>}, a dateline). The order for the title, byline, site name and published time is Mozilla
 * Readability's; modified time, canonical URL and language follow the same idea.
 *
 * @param title        the headline with a site name around it cut off, or {@code null}
 * @param byline       the author(s) as the page names them, or {@code null}
 * @param siteName     the publication, or {@code null}
 * @param canonicalUrl an absolute http(s) URL, or {@code null}
 * @param published    an ISO 8601 date or date-time, or {@code null}
 * @param modified     an ISO 8601 date or date-time, or {@code null}
 * @param language     a language tag ({@code en}, {@code en-GB}), or {@code null}
 * @param articleBody  the article text JSON-LD carries, if any (a fallback when the page's own text is lost)
 */
record PageMetadata(String title, String byline, String siteName, String canonicalUrl, String published,
                    String modified, String language, String articleBody) {

    private static final Logger LOG = LoggerFactory.getLogger(PageMetadata.class);

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    /** Readability's patterns: a {@code property} may list several names, a {@code name} is one. */
    private static final Pattern PROPERTY = Pattern.compile(
            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|modified_time"
                    + "|updated_time|title|site_name|url|locale)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))"
            + "\\s*[-.:]\\s*)?(author|creator|pub-date|description|title|site_name|date|language)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE_TYPE = Pattern.compile("^(Article|AdvertiserContentArticle|NewsArticle"
            + "|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle"
            + "|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting"
            + "|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|WebPage|Recipe)$");
    private static final Pattern SEPARATORS = Pattern.compile(" [|\\-\\\\/>»] ");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");
    private static final Pattern ONLY_SEPARATORS = Pattern.compile("[|\\-\\\\/>»]+");
    private static final Pattern FIRST_PART = Pattern.compile("^[^|\\-\\\\/>»]*[|\\-\\\\/>»]");
    private static final Pattern DATE_CLASS = Pattern.compile("(?i)date|time|publish|posted|dateline");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$");
    private static final Pattern URL = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por|di|door)\\s+");

    /** Reads the metadata of {@code page}; never fails, a field it cannot find is {@code null}. */
    static PageMetadata read(Document page) {
        Map<String, String> meta = metaValues(page);
        JsonLd ld = jsonLd(page);
        String documentTitle = documentTitle(page);

        String title = first(ld.title, meta.get("dc:title"), meta.get("dcterm:title"), meta.get("og:title"),
                meta.get("weibo:article:title"), meta.get("weibo:webpage:title"), meta.get("title"),
                meta.get("twitter:title"), meta.get("parsely-title"));
        String siteName = first(ld.siteName, meta.get("og:site_name"), metaContent(page, "application-name"));
        if (title != null && siteName != null && title.equalsIgnoreCase(siteName.strip())) {
            // A page that gives the site's name as the article's title ("Yahoo News - Latest News") says nothing.
            title = null;
        }
        if (title == null) {
            // The article's own heading is the cleaner form of a <title> that wraps it in the site's name.
            String heading = articleHeading(page);
            title = heading != null && (documentTitle == null || ReadabilityDom.similarity(documentTitle, heading) > 0.75)
                    ? heading : documentTitle;
        } else {
            title = withoutSiteName(title, siteName);
        }

        String articleAuthor = meta.get("article:author");
        if (articleAuthor != null && URL.matcher(articleAuthor).matches()) {
            articleAuthor = null;
        }
        String byline = first(ld.byline, meta.get("dc:creator"), meta.get("dcterm:creator"), meta.get("author"),
                meta.get("parsely-author"), articleAuthor);

        String published = first(ld.published, meta.get("article:published_time"), meta.get("parsely-pub-date"),
                meta.get("og:published_time"), itemprop(page, "datePublished"), meta.get("dc:date"),
                metaContent(page, "dcterms.created"), metaContent(page, "dc.date.issued"), timeElement(page));
        String modified = first(ld.modified, meta.get("article:modified_time"), meta.get("og:updated_time"),
                meta.get("og:modified_time"), itemprop(page, "dateModified"));

        String canonical = first(absolute(page, page.selectFirst("link[rel~=(?i)canonical][href]")),
                httpUrl(meta.get("og:url")), httpUrl(ld.url));

        String language = first(languageTag(page.selectFirst("html") == null ? null
                        : page.selectFirst("html").attr("lang")),
                languageTag(httpEquiv(page, "content-language")), languageTag(meta.get("dc:language")),
                languageTag(meta.get("language")), languageTag(ld.language), languageTag(meta.get("og:locale")));

        return new PageMetadata(clean(title), cleanByline(byline), clean(siteName), canonical, clean(published),
                clean(modified), language, ld.articleBody);
    }

    /** The record the model keeps; the byline found in the text is used when the metadata names nobody. */
    DocumentMetadata toModel(String bylineInText) {
        String author = byline != null ? byline : cleanByline(bylineInText);
        return new DocumentMetadata(author, siteName, canonicalUrl, published, modified, language);
    }

    // ---- <meta> ---------------------------------------------------------------------------------------------

    private static Map<String, String> metaValues(Document page) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : page.select("meta[content]")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            String property = meta.attr("property");
            boolean matched = false;
            if (!property.isEmpty()) {
                Matcher m = PROPERTY.matcher(property);
                if (m.find()) {
                    matched = true;
                    values.put(m.group().toLowerCase(Locale.ROOT).replaceAll("\\s", ""), content);
                }
            }
            String name = meta.attr("name");
            if (!matched && !name.isEmpty() && NAME.matcher(name).matches()) {
                values.put(name.toLowerCase(Locale.ROOT).replaceAll("\\s", "").replace('.', ':'), content);
            }
        }
        return values;
    }

    private static String metaContent(Document page, String name) {
        for (Element meta : page.select("meta[name][content]")) {
            if (meta.attr("name").equalsIgnoreCase(name)) {
                return meta.attr("content");
            }
        }
        return null;
    }

    private static String httpEquiv(Document page, String name) {
        for (Element meta : page.select("meta[http-equiv][content]")) {
            if (meta.attr("http-equiv").equalsIgnoreCase(name)) {
                return meta.attr("content");
            }
        }
        return null;
    }

    private static String itemprop(Document page, String name) {
        Element e = page.selectFirst("[itemprop=" + name + "]");
        if (e == null) {
            return null;
        }
        return e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
    }

    /** A {@code <time datetime>} (an article's own first), else a short element whose class says it is a date. */
    private static String timeElement(Document page) {
        Element time = page.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        if (time != null && Datelines.find(time.attr("datetime")) != null) {
            return time.attr("datetime").strip();
        }
        for (Element e : page.select("time, [class], [id]")) {
            if (!e.normalName().equals("time") && !DATE_CLASS.matcher(e.className() + " " + e.id()).find()) {
                continue;
            }
            String text = e.text();
            if (text.length() <= 100) {
                String date = Datelines.find(text);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    // ---- JSON-LD --------------------------------------------------------------------------------------------

    private static final class JsonLd {
        String title;
        String byline;
        String siteName;
        String published;
        String modified;
        String url;
        String language;
        String articleBody;
    }

    private static JsonLd jsonLd(Document page) {
        JsonLd ld = new JsonLd();
        for (Element script : page.select("script[type]")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            String content = script.data().strip().replaceAll("^<!\\[CDATA\\[|]]>$", "");
            JsonNode article;
            try {
                article = findArticle(JSON.readTree(content));
            } catch (JsonProcessingException | RuntimeException e) {
                LOG.debug("ignoring JSON-LD that does not parse: {}", e.getMessage());
                continue;
            }
            if (article == null) {
                continue;
            }
            ld.title = first(ld.title, headline(article, page));
            ld.byline = first(ld.byline, names(article.get("author")));
            ld.siteName = first(ld.siteName, names(article.get("publisher")));
            ld.published = first(ld.published, text(article.get("datePublished")));
            ld.modified = first(ld.modified, text(article.get("dateModified")));
            ld.url = first(ld.url, text(article.get("url")), id(article.get("mainEntityOfPage")));
            ld.language = first(ld.language, text(article.get("inLanguage")));
            ld.articleBody = first(ld.articleBody, text(article.get("articleBody")));
        }
        return ld;
    }

    /** The first node (breadth first, through arrays and {@code @graph}) typed as an article. */
    private static JsonNode findArticle(JsonNode root) {
        List<JsonNode> queue = new ArrayList<>();
        queue.add(root);
        for (int i = 0; i < queue.size() && i < 10_000; i++) {
            JsonNode node = queue.get(i);
            if (node.isArray()) {
                node.forEach(queue::add);
            } else if (node.isObject()) {
                if (isArticle(node.get("@type"))) {
                    return node;
                }
                if (node.has("@graph")) {
                    queue.add(node.get("@graph"));
                }
            }
        }
        return null;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && ARTICLE_TYPE.matcher(type.asText().replaceFirst("^https?://schema\\.org/", ""))
                .matches();
    }

    /** Readability's choice between {@code name} and {@code headline}: the one that matches the page title. */
    private static String headline(JsonNode article, Document page) {
        String name = text(article.get("name"));
        String headline = text(article.get("headline"));
        if (name != null && headline != null && !name.equals(headline)) {
            String title = documentTitle(page);
            boolean nameMatches = title != null && ReadabilityDom.similarity(name, title) > 0.75;
            boolean headlineMatches = title != null && ReadabilityDom.similarity(headline, title) > 0.75;
            return headlineMatches && !nameMatches ? headline : name;
        }
        return first(name, headline);
    }

    /** {@code "Jane"}, {@code {"name": "Jane"}} or a list of either, joined with commas. */
    private static String names(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return URL.matcher(node.asText().strip()).matches() ? null : node.asText();
        }
        if (node.isObject()) {
            return text(node.get("name"));
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode n : node) {
                String name = n.isObject() ? text(n.get("name")) : n.isTextual() ? n.asText() : null;
                if (name != null && !name.isBlank()) {
                    names.add(name.strip());
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray() && !node.isEmpty()) {
            return text(node.get(0));
        }
        return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }

    private static String id(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isObject() ? text(node.get("@id")) : text(node);
    }

    // ---- title ----------------------------------------------------------------------------------------------

    /** Readability's {@code _getArticleTitle}: the {@code <title>} without the site's name around it. */
    static String documentTitle(Document page) {
        String original = page.title().strip();
        String current = original;
        if (original.isEmpty()) {
            return null;
        }
        boolean hierarchical = false;
        Matcher separators = SEPARATORS.matcher(original);
        int lastSeparator = -1;
        while (separators.find()) {
            lastSeparator = separators.start();
        }
        if (lastSeparator >= 0) {
            hierarchical = HIERARCHICAL.matcher(original).find();
            current = original.substring(0, lastSeparator);
            if (wordCount(current) < 3) {
                current = FIRST_PART.matcher(original).replaceFirst("");
            }
        } else if (current.contains(": ")) {
            boolean headingMatches = false;
            for (Element h : page.select("h1, h2")) {
                if (h.wholeText().strip().equals(current)) {
                    headingMatches = true;
                    break;
                }
            }
            if (!headingMatches) {
                current = original.substring(original.lastIndexOf(':') + 1);
                if (wordCount(current) < 3) {
                    current = original.substring(original.indexOf(':') + 1);
                } else if (wordCount(original.substring(0, original.indexOf(':'))) > 5) {
                    current = original;
                }
            }
        } else if (current.length() > 150 || current.length() < 15) {
            var h1s = page.select("h1");
            if (h1s.size() == 1) {
                current = h1s.get(0).text();
            }
        }
        current = current.strip().replaceAll("\\s{2,}", " ");
        int words = wordCount(current);
        if (words <= 4 && (!hierarchical
                || words != wordCount(ONLY_SEPARATORS.matcher(original).replaceAll("")) - 1)) {
            current = original;
        }
        return current;
    }

    /** The headline an article element marks as such: its only {@code h1}, or an {@code itemprop=headline}. */
    private static String articleHeading(Document page) {
        Element headline = page.selectFirst("[itemprop=headline]");
        if (headline != null && !headline.text().isBlank() && headline.text().length() < 300) {
            return headline.text();
        }
        var h1s = page.select("article h1, main h1, [itemprop=articleBody] h1, [role=main] h1");
        return h1s.size() == 1 && !h1s.get(0).text().isBlank() ? h1s.get(0).text() : null;
    }

    private static int wordCount(String s) {
        return s.split("\\s+").length;
    }

    /** Cuts " | Site", " - Site" or "Site: " from a headline when the site is the one the page names. */
    static String withoutSiteName(String title, String siteName) {
        if (title == null || siteName == null) {
            return title;
        }
        String site = siteName.strip();
        for (String sep : new String[] {" | ", " - ", " \u2013 ", " \u2014 ", " \u00BB ", " :: ", " · "}) {
            if (title.endsWith(sep + site) && title.length() > site.length() + sep.length()) {
                return title.substring(0, title.length() - site.length() - sep.length()).strip();
            }
            if (title.startsWith(site + sep) && title.length() > site.length() + sep.length()) {
                return title.substring(site.length() + sep.length()).strip();
            }
        }
        return title;
    }

    // ---- small helpers --------------------------------------------------------------------------------------

    private static String absolute(Document page, Element link) {
        if (link == null) {
            return null;
        }
        String abs = link.absUrl("href");
        return httpUrl(abs.isEmpty() ? link.attr("href") : abs);
    }

    private static String httpUrl(String s) {
        return s != null && URL.matcher(s.strip()).matches() ? s.strip() : null;
    }

    private static String languageTag(String s) {
        if (s == null) {
            return null;
        }
        String tag = s.strip();
        int comma = tag.indexOf(',');
        if (comma > 0) {
            tag = tag.substring(0, comma).strip();
        }
        return LANGUAGE_TAG.matcher(tag).matches() ? tag.replace('_', '-') : null;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = Ingest.cleanTitle(org.jsoup.parser.Parser.unescapeEntities(s, false));
        return t == null || t.isEmpty() ? null : t;
    }

    /** A byline as a name: whitespace collapsed, a leading "By" dropped. */
    static String cleanByline(String s) {
        String t = clean(s);
        if (t == null) {
            return null;
        }
        t = BY.matcher(t).replaceFirst("").strip();
        return t.isEmpty() || t.length() > 200 ? null : t;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v instanceof String s ? !s.isBlank() : v != null) {
                return v;
            }
        }
        return null;
    }
}
