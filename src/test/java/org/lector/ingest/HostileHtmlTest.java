package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lector.model.Document;

/**
 * Pages built to break a reader (issue 21), generated here at test time: nesting that would overflow a recursive
 * walk, and a page of hundreds of thousands of paragraphs. Each must end in a document or a one-sentence refusal,
 * never a {@link StackOverflowError}.
 */
class HostileHtmlTest {

    private final HtmlReader reader = new HtmlReader();

    private Document read(String html) throws IngestException {
        return reader.read(html.getBytes(StandardCharsets.UTF_8), "hostile.html", "hostile.html");
    }

    private static String nested(String open, String close, int depth, String inner) {
        StringBuilder sb = new StringBuilder(depth * (open.length() + close.length()) + inner.length() + 64);
        sb.append("<html><head><title>Deep page</title></head><body>");
        for (int i = 0; i < depth; i++) {
            sb.append(open);
            if (i % 1000 == 0) {
                sb.append("Level ").append(i).append(" says something, as a sentence would. ");
            }
        }
        sb.append(inner);
        for (int i = 0; i < depth; i++) {
            sb.append(close);
        }
        return sb.append("</body></html>").toString();
    }

    @ParameterizedTest(name = "{0} x {2}")
    @CsvSource(delimiter = ';', textBlock = """
            <div>                     ; </div>                      ; 10000
            <b>                       ; </b>                        ; 100000
            <b>                       ; ''                          ; 100000
            <table><tr><td>           ; </td></tr></table>          ; 20000
            """)
    void deepNestingEndsInADocumentNotAStackOverflow(String open, String close, int depth) throws Exception {
        String deepest = "The deepest paragraph, with commas, words and an ending that a reader would keep.";
        Document d = read(nested(open, close, depth, "<p>" + deepest + "</p>"));
        assertThat(d.text()).contains("Level 0 says something").contains(deepest);
    }

    @Test
    void threeHundredThousandParagraphsAreAllRead() throws Exception {
        int n = 300_000;
        StringBuilder sb = new StringBuilder(n * 60);
        sb.append("<html><head><title>Long page</title></head><body><article>");
        for (int i = 0; i < n; i++) {
            sb.append("<p>Paragraph ").append(i).append(" of the long page, with a comma.</p>\n");
        }
        sb.append("</article></body></html>");
        Document d = read(sb.toString());
        assertThat(d.text()).contains("Paragraph 0 of the long page").contains("Paragraph " + (n - 1) + " of");
        assertThat(d.text().split("\n\n")).hasSize(n + 1);
    }

    @Test
    void flatteningKeepsTheTextOfWhatIsTooDeep() {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(nested("<div>", "</div>", HtmlReader.MAX_DEPTH * 2,
                "<p>bottom</p>"));
        HtmlReader.flattenDeepNesting(page);
        int depth = 0;
        for (org.jsoup.nodes.Element e = page; e.childrenSize() > 0; e = e.child(e.childrenSize() - 1)) {
            depth++;
        }
        assertThat(depth).isLessThanOrEqualTo(HtmlReader.MAX_DEPTH + 1);
        assertThat(page.text()).contains("bottom").contains("Level 0 says");
    }
}
