package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;

class HtmlReaderTest {

    private static final Path SAMPLE = Path.of("assets/samples/wikinews-article.html");

    private final HtmlReader reader = new HtmlReader();

    private Document read(String html) throws IngestException {
        return reader.read(html.getBytes(StandardCharsets.UTF_8), "page.html", "page.html");
    }

    private static Document load(Path path) throws IngestException {
        return new DocumentLoader().load(path);
    }

    /** The body paragraphs of a corpus article: after title and date line, without the photo caption. */
    private static List<String> articleParagraphs(String corpusFile, String caption) throws Exception {
        String text = Files.readString(TestCorpus.file(corpusFile));
        List<String> paragraphs = new ArrayList<>(List.of(text.strip().split("\n\n")));
        paragraphs.subList(0, 2).clear();
        paragraphs.remove(caption);
        return paragraphs;
    }

    private static void assertInOrder(String text, List<String> paragraphs) {
        int from = 0;
        for (String paragraph : paragraphs) {
            int at = text.indexOf(paragraph, from);
            assertThat(at).as("paragraph in order: %s", paragraph).isGreaterThanOrEqualTo(from);
            from = at + paragraph.length();
        }
    }

    @Test
    void readsSavedNewsPageTitleDateAndCharset() throws Exception {
        Document d = load(SAMPLE);
        assertThat(d.title()).isEqualTo("At least 107 killed in Mecca crane collapse");
        assertThat(d.date()).isEqualTo(LocalDate.of(2015, 9, 12));
        assertThat(d.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).startsWith("At least 107 killed in Mecca crane collapse\n\nA storm yesterday");
        assertThat(d.metadata().author()).as("the byline, as a field rather than a line of the text")
                .isEqualTo("Wikinews contributors");
        assertThat(d.metadata().language()).isEqualTo("en");
        assertThat(d.metadata().published()).startsWith("2015-09-12");
    }

    @Test
    void keepsEveryArticleParagraphInOrder() throws Exception {
        Document d = load(SAMPLE);
        assertInOrder(d.text(), articleParagraphs("articles/GUM_news_crane.txt",
                "pilgrims at Mecca's Grand Mosque in 2008."));
        assertThat(d.text()).doesNotContain("\n\n\n").doesNotContain("  ");
        assertThat(d.text().split("\n\n")).as("the title and the five paragraphs of the story").hasSize(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We use cookies", "Accept all cookies", "The Daily Lector", "Politics", "Search the archive",
            "Home", "Advertisement", "SunnyTrips", "Share on Facebook", "newsletter", "File photo", "Related stories",
            "Saudi Arabia prepares", "reader42", "Terrible news", "Post comment", "Tags:", "Privacy policy",
            "licensed under", "TRACKING SCRIPT", "HIDE BANNER", "editor's note", "datePublished", "gtag"})
    void dropsPageFurniture(String furniture) throws Exception {
        assertThat(load(SAMPLE).text()).doesNotContain(furniture);
    }

    @Test
    void findsStoryByScoringWhenPageHasNoArticleElement() throws Exception {
        Path messy;
        try (InputStream in = getClass().getResourceAsStream("/ingest/messy-news-page.html")) {
            assertThat(in).as("fixture on the class path").isNotNull();
            messy = Files.createTempFile("messy-news-page", ".html");
            Files.write(messy, in.readAllBytes());
        }
        try {
            Document d = load(messy);
            assertThat(d.title()).isEqualTo("Over 900 asylum seekers rescued off Indonesian coast");
            assertThat(d.date()).isEqualTo(LocalDate.of(2015, 5, 18));
            List<String> paragraphs = articleParagraphs("articles/GUM_news_asylum.txt", "");
            assertInOrder(d.text(), paragraphs);
            assertThat(d.text().split("\n\n")).as("title, date line, story, two comments")
                    .hasSize(1 + 1 + paragraphs.size() + 2);
            // The readers' comments under the story ("talkback") carry no class that names them as such, and
            // Readability keeps them as the story's last paragraphs too; the rest of the page goes.
            assertThat(d.text()).doesNotContain("Most read", "Typhoon", "Cheap flights", "Copyright", "TRACKER",
                    "Home | Asia", "Asia Wire");
        } finally {
            Files.deleteIfExists(messy);
        }
    }

    @Test
    void prefersOgTitleOverHeadingAndTitleElement() throws Exception {
        Document d = read("<html><head><title>Page title | Site</title>"
                + "<meta property=\"og:title\" content=\"Open Graph title\"></head>"
                + "<body><article><h1>Heading title</h1><p>Body text of the story.</p></article></body></html>");
        assertThat(d.title()).isEqualTo("Open Graph title");
        assertThat(d.text()).isEqualTo("Open Graph title\n\nHeading title\n\nBody text of the story.");
    }

    @Test
    void takesArticleHeadingNotSiteLogo() throws Exception {
        Document d = read("<html><head><title>Heading title | Site</title></head><body>"
                + "<header><h1>Site Logo</h1></header>"
                + "<article><h1>Heading title</h1><p>Body text of the story.</p></article></body></html>");
        assertThat(d.title()).isEqualTo("Heading title");
        assertThat(d.text()).isEqualTo("Heading title\n\nBody text of the story.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Storm hits coast | The Daily Lector      ; Storm hits coast
            Storm hits coast - The Daily Lector      ; Storm hits coast
            Storm hits coast \u2014 Daily            ; Storm hits coast
            Storm hits coast                         ; Storm hits coast
            Left - right - centre | Politics Weekly  ; Left - right - centre
            """)
    void stripsSiteSuffixFromTitleElement(String titleElement, String expected) throws Exception {
        Document d = read("<html><head><title>" + titleElement + "</title></head>"
                + "<body><p>Body text of the story.</p></body></html>");
        assertThat(d.title()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<meta property=\"article:published_time\" content=\"2021-03-04T10:00:00Z\">",
            "<meta property=\"og:published_time\" content=\"2021-03-04\">",
            "<meta itemprop=\"datePublished\" content=\"2021-03-04T23:59:00-05:00\">",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-03-04T08:00\"}</script>",
            "<meta name=\"DC.date\" content=\"2021-03-04\">",
            "<meta name=\"article:published_time\" content=\"garbage\"><meta name=\"dc.date\" content=\"2021-03-04\">"})
    void findsDateInMetadata(String head) throws Exception {
        Document d = read("<html><head>" + head + "</head><body><p>Body text of the story.</p></body></html>");
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 3, 4));
    }

    @Test
    void findsDateInArticleTimeElement() throws Exception {
        Document d = read("<body><article><time datetime=\"2021-03-04\">4 March</time><p>Body text.</p></article></body>");
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 3, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2021-13-45", "", "04/03/2021"})
    void ignoresGarbageDates(String value) throws Exception {
        Document d = read("<html><head><meta property=\"article:published_time\" content=\"" + value + "\"></head>"
                + "<body><p>Body text.</p></body></html>");
        assertThat(d.date()).isNull();
    }

    @Test
    void keepsLineBreaksAndCollapsesWhitespace() throws Exception {
        Document d = read("<html><head><title>T</title></head><body><article>"
                + "<p>First   line\n   continues<br>second line</p><p>Next\tparagraph</p>"
                + "<ul><li>one item</li><li>another <b>item</b></li></ul></article></body></html>");
        assertThat(d.text()).isEqualTo(
                "T\n\nFirst line continues\nsecond line\n\nNext paragraph\n\none item\n\nanother item");
    }

    @Test
    void readsDeclaredWindows1252Page() throws Exception {
        String body = "<p>" + CharsetDetectorTest.NEWS_1252 + "</p>";
        byte[] bytes = ("<html><head><meta charset=\"windows-1252\"><title>Row</title></head><body>" + body
                + "</body></html>").getBytes("windows-1252");
        Document d = reader.read(bytes, "row.html", "row.html");
        assertThat(d.text()).isEqualTo("Row\n\n" + CharsetDetectorTest.NEWS_1252);
        assertThat(d.charset()).isEqualTo("windows-1252");
    }

    @Test
    void readsPageLabelledLatin1AsWindows1252() throws Exception {
        byte[] bytes = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body><p>\u201CQuoted\u201D \u2014 \u20AC5</p></body></html>").getBytes("windows-1252");
        Document d = reader.read(bytes, "q.html", "q.html");
        assertThat(d.text()).endsWith("\u201CQuoted\u201D \u2014 \u20AC5");
        assertThat(d.title()).isEqualTo("Q");
    }

    @Test
    void refusesPageWithoutText() {
        IngestException e = catchThrowableOfType(IngestException.class,
                () -> read("<html><head><script>var x = 1;</script></head><body><nav>Menu</nav></body></html>"));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.EMPTY);
        assertThat(e.getMessage()).contains("page.html");
    }

    @Test
    void refusalNamesThePathSoABatchSaysWhichPageFailed() throws Exception {
        IngestException e = catchThrowableOfType(IngestException.class, () -> reader.read(
                "<html><body><nav>Menu</nav></body></html>".getBytes(StandardCharsets.UTF_8),
                "site/a/source.html", "source.html"));
        assertThat(e.getMessage()).contains("site/a/source.html");
    }
}
