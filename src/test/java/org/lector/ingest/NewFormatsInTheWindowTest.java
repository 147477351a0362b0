package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lector.model.EntityType;
import org.lector.testing.ChoosingDialogs;
import org.lector.testing.TextMatchingAnalysis;
import org.lector.ui.main.MainViewModel;
import org.lector.ui.main.MainWindow;
import org.lector.testing.MainWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A PDF, an EPUB and a DOCX, made at test time as the readers' tests make them, open in the window through File ›
 * Open: their text in the article, their title above it, the names highlighted, and the file in the library.
 */
@ExtendWith(ApplicationExtension.class)
class NewFormatsInTheWindowTest {

    @TempDir
    Path dir;

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path pdf() throws Exception {
        Path file = dir.resolve("harbour.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle("Brest harbour");
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
                s.newLineAtOffset(72, 700);
                s.showText("Macron visited the harbour at Brest on Monday.");
                s.newLineAtOffset(0, -16);
                s.showText("The fishermen asked him about the new quotas.");
                s.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private Path epub() throws Exception {
        Path file = dir.resolve("harbour.epub");
        Files.write(file, EpubReaderTest.epub("<dc:title>The Harbour</dc:title><dc:creator>Ann Lee</dc:creator>",
                        "<item id=\"c1\" href=\"one.xhtml\" media-type=\"application/xhtml+xml\"/>"
                                + "<item id=\"c2\" href=\"two.xhtml\" media-type=\"application/xhtml+xml\"/>",
                        "<itemref idref=\"c1\"/><itemref idref=\"c2\"/>")
                .put("OEBPS/one.xhtml", EpubReaderTest.xhtml("<h2>I. Arrival</h2><p>Macron came in at dawn.</p>"))
                .put("OEBPS/two.xhtml", EpubReaderTest.xhtml("<h2>II. The Storm</h2><p>Wind rose over Brest.</p>"))
                .bytes());
        return file;
    }

    private Path docx() throws Exception {
        Path file = dir.resolve("harbour.docx");
        Files.write(file, DocxReaderTest.docx(DocxReaderTest.p("Heading1", DocxReaderTest.r("Storm over the coast"))
                        + DocxReaderTest.p(null, DocxReaderTest.r("Macron flew to Brest after the storm."))
                        + DocxReaderTest.p(null, DocxReaderTest.r("The harbour reopened on Tuesday.")))
                .bytes());
        return file;
    }

    @Test
    void aPdfAnEpubAndADocxOpenInTheWindowWithTheirTitlesAndHighlights(FxRobot robot) throws Exception {
        Map<Path, String[]> files = Map.of(
                pdf(), new String[] {"Brest harbour", "Macron visited the harbour at Brest on Monday."},
                epub(), new String[] {"The Harbour", "II. The Storm\n\nWind rose over Brest."},
                docx(), new String[] {"Harbour report", "Macron flew to Brest after the storm."});
        MainViewModel[] vm = new MainViewModel[1];
        ChoosingDialogs[] dialogs = new ChoosingDialogs[1];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            dialogs[0] = new ChoosingDialogs(stage[0]);
            vm[0] = MainWindows.viewModel(dialogs[0],
                    new TextMatchingAnalysis(Map.of("Macron", EntityType.PERSON, "Brest", EntityType.PLACE)));
            new MainWindow(stage[0], vm[0], "test");
            stage[0].show();
            vm[0].openLibrary(dir.resolve("library.db"));
        });
        waitUntil(() -> vm[0].library() != null);
        StyleClassedTextArea area = robot.from(stage[0].getScene().getRoot()).lookup("#article")
                .queryAs(StyleClassedTextArea.class);
        try {
            for (Map.Entry<Path, String[]> f : files.entrySet()) {
                String title = f.getValue()[0];
                String body = f.getValue()[1];
                // File › Open, answered with the file.
                dialogs[0].choice = f.getKey();
                robot.clickOn("#menu-file").clickOn("#open");
                waitUntil(() -> area.getText().contains(body) && vm[0].analysisStateProperty().get().isEmpty()
                        && vm[0].reader().analysisProperty().get() != null);
                assertThat(stage[0].getTitle()).isEqualTo(title + " \u2014 Lector");
                String heading = robot.from(stage[0].getScene().getRoot()).lookup("#article-heading")
                        .queryAs(Label.class).getText();
                assertThat(heading.isEmpty() ? area.getText() : heading).startsWith(title);
                int macron = area.getText().indexOf("Macron");
                int brest = area.getText().indexOf("Brest");
                assertThat(area.getStyleOfChar(macron + 1)).contains("entity-person");
                assertThat(area.getStyleOfChar(brest + 1)).contains("entity-place");
                assertThat(vm[0].library().documents().findBySource(vm[0].reader().getDocument().source()))
                        .hasValueSatisfying(s -> assertThat(s.document().text()).contains(body));
            }
        } finally {
            robot.interact(() -> {
                stage[0].close();
                vm[0].closeLibrary();
            });
        }
    }
}
