package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;

class MarkdownReaderTest {

    private final MarkdownReader reader = new MarkdownReader();

    private Document read(String markdown) throws IngestException {
        return read(markdown, "note-on-summit.md");
    }

    private Document read(String markdown, String fileName) throws IngestException {
        return reader.read(markdown.getBytes(StandardCharsets.UTF_8), "/notes/" + fileName, fileName);
    }

    @Test
    void rendersBlocksAsParagraphsWithoutMarkup() throws Exception {
        Document d = read("""
                # Summit in Paris

                Leaders *met* on **Thursday**
                to discuss [security guarantees](https://example.org/g) and `ceasefire` terms.

                ## What was agreed

                > "We are ready," the president said.
                > Nobody objected.

                - first point
                - second point with [a link](http://x)

                1. one
                2. two

                ---

                ```
                code stays
                  as written
                ```

                <div class="note">An <b>HTML</b> block</div>

                Line with hard break\\
                and more ![a chart](chart.png) text.
                """);
        assertThat(d.text()).isEqualTo("""
                Summit in Paris

                Leaders met on Thursday to discuss security guarantees and ceasefire terms.

                What was agreed

                "We are ready," the president said. Nobody objected.

                \u2022 first point
                \u2022 second point with a link

                1. one
                2. two

                code stays
                  as written

                An HTML block

                Line with hard break
                and more text.""");
        assertThat(d.title()).isEqualTo("Summit in Paris");
        assertThat(d.format()).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(d.date()).isNull();
    }

    @Test
    void indentsNestedListsAndKeepsOrderedStart() throws Exception {
        Document d = read("""
                3. third
                   - nested a
                   - nested b
                4. fourth
                """);
        assertThat(d.text()).isEqualTo("3. third\n  \u2022 nested a\n  \u2022 nested b\n4. fourth");
    }

    @Test
    void usesFrontMatterTitleAndDateWithoutShowingIt() throws Exception {
        Document d = read("""
                ---
                title: "Leaders gather in Paris"
                date: 2025-03-27
                tags: [summit, ukraine]
                ---
                French President Emmanuel Macron hosted the summit.
                """);
        assertThat(d.title()).isEqualTo("Leaders gather in Paris");
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 3, 27));
        assertThat(d.text()).isEqualTo("Leaders gather in Paris\n\nFrench President Emmanuel Macron hosted the summit.")
                .doesNotContain("tags", "---");
    }

    @Test
    void doesNotRepeatFrontMatterTitleThatOpensTheText() throws Exception {
        Document d = read("---\ntitle: Same\ndate: '2025-03-27T10:00:00+01:00'\n---\n# Same\n\nBody.\n");
        assertThat(d.text()).isEqualTo("Same\n\nBody.");
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 3, 27));
    }

    @Test
    void treatsUnclosedDashesAsThematicBreakNotFrontMatter() throws Exception {
        Document d = read("---\ntitle: not front matter\n");
        assertThat(d.text()).contains("title: not front matter");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Just a paragraph.                         ; paris-summit.md  ; Paris summit
            '## Second level\n\n# First level\n\nx'   ; a.md             ; First level
            """)
    void titleFallsBackToFirstH1ThenFileName(String markdown, String fileName, String title) throws Exception {
        assertThat(read(markdown.replace("\\n", "\n"), fileName).title()).isEqualTo(title);
    }

    @Test
    void normalizesCrLfBeforeParsing() throws Exception {
        Document d = read("# T\r\n\r\nOne\r\ntwo\r\n");
        assertThat(d.text()).isEqualTo("T\n\nOne two");
    }

    @Test
    void refusesFrontMatterOnly() {
        IngestException e = catchThrowableOfType(IngestException.class,
                () -> read("---\ntitle: Empty\n---\n\n"));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.EMPTY);
    }
}
