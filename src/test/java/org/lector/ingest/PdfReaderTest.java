package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;

/** PDFs drawn with PDFBox itself, each showing one thing the reader must get right. */
class PdfReaderTest {

    private static final PDType1Font ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

    /** A run of text at a place: {@code top} is the baseline's distance from the page's top edge. */
    record Text(String text, float x, float top, float size, boolean bold) {
        static Text at(String text, float x, float top) {
            return new Text(text, x, top, 10, false);
        }
    }

    private final PdfReader reader = new PdfReader();

    @Test
    void readsTwoColumnsSharingBaselinesColumnByColumnAfterTheHeadlineAcrossThem() throws Exception {
        List<Text> page = new ArrayList<>();
        page.add(new Text("Harbour reopens after the storm", 150, 80, 16, true));
        String[] left = {"The harbour of the town opened again on", "Monday after a week in which no ship could",
            "enter, the port authority said in a note", "to shippers and fishermen alike."};
        String[] right = {"Repairs to the northern pier will take", "until the spring, and ferries will use",
            "the southern quay until then, the note", "said, without naming a cost."};
        for (int i = 0; i < left.length; i++) {
            page.add(Text.at(left[i], 72, 140 + 12 * i));
            page.add(Text.at(right[i], 320, 140 + 12 * i));
        }
        Document d = reader.read(pdf(List.of(page), null), "harbour.pdf", "harbour.pdf");

        assertThat(d.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(d.title()).isEqualTo("Harbour reopens after the storm");
        // The left column ends its paragraph with a short line; the right one starts the next.
        assertThat(d.text()).isEqualTo("Harbour reopens after the storm\n\n" + String.join(" ", left) + "\n\n"
                + String.join(" ", right));
    }

    @Test
    void readsThreeColumnsWhoseBaselinesDifferInOrder() throws Exception {
        List<Text> page = new ArrayList<>();
        String[][] columns = {
            {"Alpha one begins the story here", "alpha two goes on with it and", "alpha three goes on to the"},
            {"Beta one follows the first column", "beta two goes on with it and", "beta three goes on to the"},
            {"Gamma one follows the second one", "gamma two goes on with it and", "gamma three ends it all."}};
        for (int c = 0; c < columns.length; c++) {
            for (int i = 0; i < columns[c].length; i++) {
                // Each column on its own baseline grid, as when a heading shifts one of them.
                page.add(Text.at(columns[c][i], 72 + 160 * c, 100 + 4 * c + 12 * i));
            }
        }
        Document d = reader.read(pdf(List.of(page), null), "three.pdf", "three.pdf");

        assertThat(d.text()).isEqualTo(String.join(" ", columns[0]) + " " + String.join(" ", columns[1]) + " "
                + String.join(" ", columns[2]));
    }

    @Test
    void joinsWordsHyphenatedAtLineEndsButKeepsTheHyphenOfACompound() throws Exception {
        List<Text> page = List.of(
                Text.at("The ministers resumed their negoti-", 72, 100),
                Text.at("ations on a long-", 72, 112),
                Text.at("term plan for the coast and the Mehra-", 72, 124),
                Text.at("ban valley on Friday.", 72, 136));
        Document d = reader.read(pdf(List.of(page), null), "n.pdf", "n.pdf");

        assertThat(d.text()).isEqualTo(
                "The ministers resumed their negotiations on a long-term plan for the coast and the Mehraban valley on"
                        + " Friday.");
    }

    @Test
    void keepsParagraphsApartByIndentSpaceOrAShortLastLine() throws Exception {
        List<Text> page = List.of(
                Text.at("Friday, July 21, 2017", 90, 100),
                Text.at("The first paragraph starts indented and", 90, 114),
                Text.at("runs on over a second and a third line of", 72, 126),
                Text.at("text before it ends.", 72, 138),
                Text.at("A second paragraph starts below it and", 90, 150),
                Text.at("ends on this line, which is full width.", 72, 162),
                Text.at("A third one stands apart by a blank line", 72, 186),
                Text.at("as block paragraphs do.", 72, 198));
        Document d = reader.read(pdf(List.of(page), null), "p.pdf", "p.pdf");

        assertThat(d.text().split("\n\n")).containsExactly("Friday, July 21, 2017",
                "The first paragraph starts indented and runs on over a second and a third line of text before it ends.",
                "A second paragraph starts below it and ends on this line, which is full width.",
                "A third one stands apart by a blank line as block paragraphs do.");
    }

    @Test
    void dropsRunningHeadsFootsAndPageNumbersButKeepsAParagraphThatGoesOnAcrossPages() throws Exception {
        List<List<Text>> pages = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            List<Text> page = new ArrayList<>();
            page.add(Text.at("The Coastal Review", 72, 40));
            page.add(Text.at("Issue " + p + " of 3", 400, 40));
            page.add(Text.at(p == 1 ? "The storm closed the harbour for a week and"
                    : "the story goes on here on page " + p + " with", 72, 100));
            page.add(Text.at(p == 3 ? "it ends here." : "more text that runs over onto the next page", 72, 112));
            page.add(Text.at(Integer.toString(p), 300, 760));
            pages.add(page);
        }
        Document d = reader.read(pdf(pages, null), "review.pdf", "review.pdf");

        assertThat(d.text()).isEqualTo("The storm closed the harbour for a week and more text that runs over onto the"
                + " next page the story goes on here on page 2 with more text that runs over onto the next page the"
                + " story goes on here on page 3 with it ends here.");
    }

    @Test
    void takesTheTitleFromTheMetadataUnlessItOnlyNamesAFile() throws Exception {
        List<Text> page = List.of(new Text("Big Headline", 72, 80, 18, true), Text.at("Body text of the piece.", 72, 120));
        assertThat(reader.read(pdf(List.of(page), "Report on the harbour"), "r.pdf", "r.pdf").title())
                .isEqualTo("Report on the harbour");
        assertThat(reader.read(pdf(List.of(page), "Microsoft Word - draft3.docx"), "r.pdf", "r.pdf").title())
                .isEqualTo("Big Headline");
        assertThat(reader.read(pdf(List.of(List.of(Text.at("Only body text.", 72, 100))), null), "plain-report.pdf",
                "plain-report.pdf").title()).isEqualTo("Plain report");
    }

    @Test
    void refusesAPasswordProtectedPdfInOneSentence() throws Exception {
        byte[] bytes;
        try (PDDocument doc = document(List.of(List.of(Text.at("Secret text.", 72, 100))), null)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            bytes = save(doc);
        }
        assertThatThrownBy(() -> reader.read(bytes, "s.pdf", "s.pdf"))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(IngestException.Reason.ENCRYPTED);
                    assertThat(e.getMessage()).isEqualTo(
                            "\u201Cs.pdf\u201D is protected by a password; Lector cannot open it without one.");
                });
    }

    @Test
    void saysAScanWithoutATextLayerNeedsOcrFirst() throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 72, 500);
            }
            bytes = save(doc);
        }
        assertThatThrownBy(() -> reader.read(bytes, "scan.pdf", "scan.pdf"))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(IngestException.Reason.NO_TEXT);
                    assertThat(e.getMessage()).startsWith("\u201Cscan.pdf\u201D has no text layer").contains("OCR");
                });
    }

    @Test
    void callsAPdfCutShortDamaged() throws Exception {
        byte[] whole = pdf(List.of(List.of(Text.at("Some text.", 72, 100))), null);
        byte[] cut = Arrays.copyOf(whole, 40);
        assertThatThrownBy(() -> reader.read(cut, "cut.pdf", "cut.pdf"))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.reason()).isIn(IngestException.Reason.DAMAGED, IngestException.Reason.EMPTY);
                    assertThat(e.getMessage()).startsWith("\u201Ccut.pdf\u201D").doesNotContain("Exception");
                });
        assertThatThrownBy(() -> reader.read("%PDF-1.7 not really".getBytes(), "x.pdf", "x.pdf"))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("\u201Cx.pdf\u201D is a damaged PDF that Lector cannot read."));
    }

    @Test
    void spellsLigaturesOut() {
        assertThat(PdfReader.unligature("\uFB01nal e\uFB00ort")).isEqualTo("final effort");
    }

    static byte[] pdf(List<List<Text>> pages, String title) throws IOException {
        try (PDDocument doc = document(pages, title)) {
            return save(doc);
        }
    }

    private static PDDocument document(List<List<Text>> pages, String title) throws IOException {
        PDDocument doc = new PDDocument();
        for (List<Text> texts : pages) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Text t : texts) {
                    cs.beginText();
                    cs.setFont(t.bold() ? BOLD : ROMAN, t.size());
                    cs.newLineAtOffset(t.x(), height - t.top());
                    cs.showText(t.text());
                    cs.endText();
                }
            }
        }
        if (title != null) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            doc.setDocumentInformation(info);
        }
        return doc;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
