package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;

/** Word documents built in memory, each part as Word writes it. */
class DocxReaderTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private final DocxReader reader = new DocxReader();

    static String p(String style, String runs) {
        return "<w:p>" + (style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>") + runs + "</w:p>";
    }

    static String r(String text) {
        return "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    static String item(String numId, int level, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId
                + "\"/></w:numPr></w:pPr>" + r(text) + "</w:p>";
    }

    static ZipFixture docx(String body) {
        return new ZipFixture()
                // The package parts Word needs to open the file (and Apache POI, measured against it): content types
                // and relationships.
                .put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                        + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType="
                        + "\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName="
                        + "\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                        + "wordprocessingml.styles+xml\"/><Override PartName=\"/word/numbering.xml\" ContentType="
                        + "\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/><Override"
                        + " PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.wordprocessingml.footnotes+xml\"/><Override PartName=\"/docProps/core.xml\""
                        + " ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>")
                .put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats"
                        + ".org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
                        + "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>")
                .put("word/_rels/document.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                        + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                        + "schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/numbering\" Target=\"numbering.xml\"/><Relationship Id=\"rId3\" Type=\"http://"
                        + "schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target="
                        + "\"footnotes.xml\"/></Relationships>")
                .put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<w:document " + W + "><w:body>" + body + "<w:sectPr/></w:body></w:document>")
                .put("word/styles.xml", "<w:styles " + W + ">"
                        + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
                        + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>"
                        + "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/>"
                        + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style></w:styles>")
                .put("word/numbering.xml", "<w:numbering " + W + ">"
                        + "<w:abstractNum w:abstractNumId=\"10\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/></w:lvl>"
                        + "</w:abstractNum><w:abstractNum w:abstractNumId=\"20\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                        + "<w:numFmt w:val=\"decimal\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/>"
                        + "<w:numFmt w:val=\"lowerLetter\"/></w:lvl></w:abstractNum>"
                        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"10\"/></w:num>"
                        + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"20\"/></w:num></w:numbering>")
                .put("word/footnotes.xml", "<w:footnotes " + W + "><w:footnote w:type=\"separator\" w:id=\"-1\">"
                        + "<w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id=\"1\"><w:p>"
                        + r("Figures from the port authority.") + "</w:p></w:footnote></w:footnotes>")
                .put("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/"
                        + "2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                        + " xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>Harbour report</dc:title>"
                        + "<dc:creator>Ann Lee</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-01T09:00:00Z</dcterms:created>"
                        + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-03-02T17:30:00Z</dcterms:modified><dc:language>en-GB</dc:language>"
                        + "</cp:coreProperties>");
    }

    @Test
    void readsParagraphsHeadingsListsTablesAndFootnotesAtTheEnd() throws Exception {
        String body = p("Heading1", r("The harbour reopens"))
                + p(null, r("Ships came back") + "<w:r><w:t>, </w:t></w:r>" + r("the port said")
                        + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>" + r("."))
                + p("ListBullet", r("nets")) + p("ListBullet", r("ropes"))
                + item("2", 0, "first") + item("2", 1, "detail") + item("2", 1, "more") + item("2", 0, "second")
                + "<w:tbl><w:tr><w:tc>" + p(null, r("Pier")) + "</w:tc><w:tc>" + p(null, r("Open"))
                + "</w:tc></w:tr></w:tbl>"
                + p("Heading2", r("Costs")) + p(null, r("Line one") + "<w:r><w:br/><w:t>line two</w:t></w:r>"
                        + "<w:r><w:tab/><w:t>end</w:t></w:r>");
        Document d = reader.read(docx(body).bytes(), "report.docx", "report.docx");

        assertThat(d.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(d.text()).isEqualTo("The harbour reopens\n\nShips came back, the port said[1].\n\n"
                + "\u2022 nets\n\u2022 ropes\n\n1. first\n  a. detail\n  b. more\n2. second\n\nPier\tOpen\n\n"
                + "Costs\n\nLine one\nline two\tend\n\n[1] Figures from the port authority.");
        assertThat(d.title()).isEqualTo("Harbour report");
        assertThat(d.metadata().author()).isEqualTo("Ann Lee");
        assertThat(d.metadata().published()).isEqualTo("2024-03-01T09:00:00Z");
        assertThat(d.metadata().modified()).isEqualTo("2024-03-02T17:30:00Z");
        assertThat(d.metadata().language()).isEqualTo("en-GB");
        assertThat(d.date()).isNull();
    }

    @Test
    void showsTrackedChangesAsTheAcceptedText() throws Exception {
        String body = p(null, r("The ministers ")
                + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>rejected</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"A\">" + r("accepted") + "</w:ins>" + r(" the plan")
                + "<w:moveFrom w:id=\"3\"><w:r><w:t> quickly</w:t></w:r></w:moveFrom>" + r("."))
                // A deleted paragraph mark: this paragraph and the next are one once accepted.
                + "<w:p><w:pPr><w:rPr><w:del w:id=\"4\" w:author=\"A\"/></w:rPr></w:pPr>" + r("It was signed ") + "</w:p>"
                + p(null, r("on Friday."))
                + "<w:del w:id=\"5\"><w:p>" + r("A paragraph deleted whole.") + "</w:p></w:del>"
                + p(null, "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("7")
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
        Document d = reader.read(docx(body).bytes(), "t.docx", "t.docx");

        assertThat(d.text()).isEqualTo("The ministers accepted the plan.\n\nIt was signed on Friday.\n\n7");
    }

    @Test
    void fallsBackToTheFirstHeadingForTheTitle() throws Exception {
        ZipFixture zip = docx(p("Heading1", r("Storm over the coast")) + p(null, r("Text.")))
                .put("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"x\" xmlns:dc=\"y\"/>");
        assertThat(reader.read(zip.bytes(), "s.docx", "s.docx").title()).isEqualTo("Storm over the coast");
    }

    @Test
    void callsAZipWithoutAWordBodyDamaged() {
        byte[] bytes = new ZipFixture().put("something.xml", "<a/>").bytes();
        assertThatThrownBy(() -> reader.read(bytes, "d.docx", "d.docx"))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "\u201Cd.docx\u201D is not a Word document Lector can read: the file is damaged or of another kind."));
    }
}
