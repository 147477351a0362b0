package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;

class PlainTextReaderTest {

    private final PlainTextReader reader = new PlainTextReader();

    private Document read(String text, String fileName) throws IngestException {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), "/tmp/" + fileName, fileName);
    }

    @Test
    void takesHeadlineFromFirstLine() throws Exception {
        Document d = read("\n  Storm topples crane in Mecca  \n\nA storm caused a crane to fall.\n", "crane.txt");
        assertThat(d.title()).isEqualTo("Storm topples crane in Mecca");
        assertThat(d.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(d.source()).isEqualTo("/tmp/crane.txt");
        assertThat(d.date()).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            A first line that is a sentence.   | paris-summit.txt      | Paris summit
            A line ending in a colon:          | news_of_the_day.txt   | News of the day
            A line ending in a comma,          | x--y__z.text          | X y z
            A line ending in a semicolon;      | lower.txt             | Lower
            """)
    void fallsBackToFileNameWhenFirstLineIsNoHeadline(String firstLine, String fileName, String title)
            throws Exception {
        assertThat(read(firstLine + "\nMore text follows here.", fileName).title()).isEqualTo(title);
    }

    @Test
    void fallsBackToFileNameWhenNothingFollowsTheFirstLine() throws Exception {
        assertThat(read("Only one line\n\n", "only-one.txt").title()).isEqualTo("Only one");
    }

    @Test
    void fallsBackToFileNameWhenFirstLineIsTooLong() throws Exception {
        assertThat(read("word ".repeat(40) + "end\nmore", "long_line.txt").title()).isEqualTo("Long line");
    }

    @Test
    void normalizesLineEndsAndComposesCharacters() throws Exception {
        Document d = read("Title\r\nCafe\u0301 au lait\r\nend\r", "t.txt");
        assertThat(d.text()).isEqualTo("Title\nCaf\u00e9 au lait\nend\n");
    }

    @Test
    void computesSha256OfNormalizedUtf8Text() throws Exception {
        Document d = read("Title\r\ntext", "t.txt");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("Title\ntext".getBytes(StandardCharsets.UTF_8));
        assertThat(d.sha256()).isEqualTo(HexFormat.of().formatHex(digest)).hasSize(64);
    }

    @Test
    void readsWindows1252WithoutMojibake() throws Exception {
        String text = "Budget row\n\n" + CharsetDetectorTest.NEWS_1252;
        Document d = reader.read(text.getBytes("windows-1252"), "row.txt", "row.txt");
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset()).isEqualTo("windows-1252");
    }

    @Test
    void readsWikinewsArticleWithTitleOnFirstLine() throws Exception {
        Path path = TestCorpus.file("articles/GUM_news_crane.txt");
        Document d = reader.read(Files.readAllBytes(path), path.toString(), "GUM_news_crane.txt");
        assertThat(d.title()).isEqualTo("At least 107 killed in Mecca crane collapse");
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @Test
    void namesSampleArticleAfterItsFileBecauseItsFirstLineIsASentence() throws Exception {
        Path path = TestCorpus.file("sample/paris-summit.txt");
        Document d = reader.read(Files.readAllBytes(path), path.toString(), "paris-summit.txt");
        assertThat(d.title()).isEqualTo("Paris summit");
        assertThat(d.text()).startsWith("French President Emmanuel Macron");
    }
}
