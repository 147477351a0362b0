package org.lector.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the Open URL field accepts as a web address. */
class OpenUrlDialogTest {

    @Test
    void anHttpOrHttpsAddressIsTakenAsTypedWithoutSurroundingSpace() {
        assertThat(OpenUrlDialog.address("  https://news.example/storm?id=3 ")).isEqualTo("https://news.example/storm?id=3");
        assertThat(OpenUrlDialog.address("HTTP://news.example")).isEqualTo("HTTP://news.example");
    }

    @Test
    void aBareHostWithAPathIsReadAsHttps() {
        assertThat(OpenUrlDialog.address("www.news.example/2024/storm")).isEqualTo("https://www.news.example/2024/storm");
        assertThat(OpenUrlDialog.address("localhost.example:8080")).isEqualTo("https://localhost.example:8080");
    }

    @Test
    void wordsFileNamesAndOtherSchemesAreNotAddresses() {
        assertThat(OpenUrlDialog.address("")).isNull();
        assertThat(OpenUrlDialog.address("storm at the coast")).isNull();
        assertThat(OpenUrlDialog.address("storm.html")).isNull();
        assertThat(OpenUrlDialog.address("notes")).isNull();
        assertThat(OpenUrlDialog.address("ftp://files.example/a.txt")).isNull();
        assertThat(OpenUrlDialog.address("file:///home/a.html")).isNull();
        assertThat(OpenUrlDialog.address(null)).isNull();
    }

    @Test
    void aRecentPageIsListedByItsAddressAndAFileByItsNameAndFolder() {
        assertThat(WindowCommands.recentLabel("https://www.news.example/storm")).isEqualTo("news.example/storm");
        assertThat(WindowCommands.recentLabel("/home/ann/articles/storm.txt"))
                .isEqualTo("storm.txt  \u2014  /home/ann/articles");
        assertThat(WindowCommands.recentLabel("https://news.example/" + "a".repeat(100))).hasSize(70).endsWith("\u2026");
    }
}
