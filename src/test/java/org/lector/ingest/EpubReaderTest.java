package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;

/** EPUBs built in memory: spine order, chapter titles, metadata, and what is left out. */
class EpubReaderTest {

    private final EpubReader reader = new EpubReader();

    static ZipFixture epub(String opfMetadata, String manifest, String spine) {
        return new ZipFixture()
                .put("mimetype", "application/epub+zip")
                .put("META-INF/container.xml", "<?xml version=\"1.0\"?><container version=\"1.0\""
                        + " xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile"
                        + " full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>"
                        + "</rootfiles></container>")
                .put("OEBPS/content.opf", "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\""
                        + " version=\"3.0\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" + opfMetadata
                        + "</metadata><manifest>" + manifest + "</manifest><spine>" + spine + "</spine></package>");
    }

    static String xhtml(String body) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\""
                + " xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>x</title><style>p{}</style></head><body>"
                + body + "</body></html>";
    }

    @Test
    void readsTheSpineInOrderWithChapterTitlesAsHeadingsAndTheBooksMetadata() throws Exception {
        byte[] bytes = epub("<dc:title>The Harbour</dc:title><dc:creator>Ann Lee</dc:creator>"
                        + "<dc:creator>Bo Chen</dc:creator><dc:date>2019-05-02</dc:date><dc:language>en</dc:language>"
                        + "<dc:publisher>Coast Press</dc:publisher><meta property=\"dcterms:modified\">2020-01-01T10:00:00Z</meta>",
                "<item id=\"nav\" href=\"nav.xhtml\" properties=\"nav\" media-type=\"application/xhtml+xml\"/>"
                        + "<item id=\"cover\" href=\"cover.xhtml\" media-type=\"application/xhtml+xml\"/>"
                        + "<item id=\"title\" href=\"Text/title.xhtml\" media-type=\"application/xhtml+xml\"/>"
                        + "<item id=\"c2\" href=\"Text/chapter%202.xhtml\" media-type=\"application/xhtml+xml\"/>"
                        + "<item id=\"c1\" href=\"Text/one.xhtml\" media-type=\"application/xhtml+xml\"/>",
                "<itemref idref=\"cover\" linear=\"no\"/><itemref idref=\"title\"/><itemref idref=\"c1\"/>"
                        + "<itemref idref=\"c2\"/>")
                .put("OEBPS/nav.xhtml", xhtml("<nav epub:type=\"toc\"><ol><li><a href=\"Text/one.xhtml\">I. Arrival"
                        + "</a></li><li><a href=\"Text/chapter%202.xhtml#top\">II. The Storm</a></li></ol></nav>"))
                .put("OEBPS/cover.xhtml", xhtml("<p>Cover art</p>"))
                .put("OEBPS/Text/title.xhtml", xhtml("<h1>The Harbour</h1><p>Ann Lee</p><p>Bo Chen</p>"))
                .put("OEBPS/Text/one.xhtml", xhtml("<h2>I. Arrival</h2><p>The ship came in\n   at dawn.</p>"
                        + "<div><p>It was <em>late</em>.<a id=\"n1\"/> Nobody <span>waited</span>.</p></div>"))
                .put("OEBPS/Text/chapter 2.xhtml", xhtml("<p>Wind rose.<br/>Then rain.</p><ul><li>nets</li>"
                        + "<li>ropes</li></ul><script>alert(1)</script>"))
                .bytes();

        Document d = reader.read(bytes, "harbour.epub", "harbour.epub");

        assertThat(d.format()).isEqualTo(DocumentFormat.EPUB);
        assertThat(d.title()).isEqualTo("The Harbour");
        assertThat(d.text()).isEqualTo("The Harbour\n\nI. Arrival\n\nThe ship came in at dawn.\n\nIt was late. Nobody"
                + " waited.\n\nII. The Storm\n\nWind rose.\nThen rain.\n\nnets\n\nropes");
        assertThat(d.date()).isEqualTo(LocalDate.of(2019, 5, 2));
        assertThat(d.metadata().author()).isEqualTo("Ann Lee and Bo Chen");
        assertThat(d.metadata().siteName()).isEqualTo("Coast Press");
        assertThat(d.metadata().language()).isEqualTo("en");
        assertThat(d.metadata().modified()).isEqualTo("2020-01-01T10:00:00Z");
    }

    @Test
    void takesChapterTitlesFromAnEpub2NcxAndThePublicationDate() throws Exception {
        byte[] withToc = epub("<dc:title>Notes</dc:title>",
                "<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>"
                        + "<item id=\"a\" href=\"a.html\" media-type=\"application/xhtml+xml\"/>",
                "<itemref idref=\"a\"/>")
                .put("OEBPS/toc.ncx", "<?xml version=\"1.0\"?><ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\">"
                        + "<navMap><navPoint id=\"p1\"><navLabel><text>First Part</text></navLabel>"
                        + "<content src=\"a.html\"/></navPoint></navMap></ncx>")
                .put("OEBPS/a.html", xhtml("<p>Text of the first part.</p>"))
                .put("OEBPS/content.opf", "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\""
                        + " version=\"2.0\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                        + " xmlns:opf=\"http://www.idpf.org/2007/opf\"><dc:title>Notes</dc:title>"
                        + "<dc:date opf:event=\"modification\">2011-01-01</dc:date>"
                        + "<dc:date opf:event=\"publication\">1869-03-01</dc:date></metadata><manifest>"
                        + "<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>"
                        + "<item id=\"a\" href=\"a.html\" media-type=\"application/xhtml+xml\"/></manifest>"
                        + "<spine toc=\"ncx\"><itemref idref=\"a\"/></spine></package>")
                .bytes();
        Document d = reader.read(withToc, "notes.epub", "notes.epub");
        assertThat(d.text()).isEqualTo("Notes\n\nFirst Part\n\nText of the first part.");
        assertThat(d.date()).isEqualTo(LocalDate.of(1869, 3, 1));
    }

    @Test
    void opensAWholeNovelChapterByChapter() throws Exception {
        Path novel = TestCorpus.file("long/2600-0.txt");
        String text = Files.readString(novel, StandardCharsets.UTF_8);
        String[] chapters = text.split("\n\\s*\n(?=CHAPTER [IVXLC]+\\s*\n)");
        StringBuilder manifest = new StringBuilder();
        StringBuilder spine = new StringBuilder();
        for (int i = 0; i < chapters.length; i++) {
            manifest.append("<item id=\"c").append(i).append("\" href=\"c").append(i)
                    .append(".xhtml\" media-type=\"application/xhtml+xml\"/>");
            spine.append("<itemref idref=\"c").append(i).append("\"/>");
        }
        ZipFixture whole = epub("<dc:title>War and Peace</dc:title><dc:creator>Leo Tolstoy</dc:creator>",
                manifest.toString(), spine.toString());
        for (int i = 0; i < chapters.length; i++) {
            whole.put("OEBPS/c" + i + ".xhtml", xhtml(
                    "<p>" + chapters[i].strip().replace("&", "&amp;").replace("<", "&lt;")
                            .replaceAll("\n\\s*\n", "</p><p>") + "</p>"));
        }
        Document d = reader.read(whole.bytes(), "war-and-peace.epub", "war-and-peace.epub");

        assertThat(chapters.length).isGreaterThan(300);
        assertThat(d.metadata().author()).isEqualTo("Leo Tolstoy");
        assertThat(d.text().length()).isGreaterThan(3_000_000);
        assertThat(d.text()).contains("\n\nCHAPTER I\n\n").contains("Well, Prince, so Genoa and Lucca");
        int at = d.text().indexOf("CHAPTER II\n");
        assertThat(at).isGreaterThan(d.text().indexOf("CHAPTER I\n"));
    }

    @Test
    void callsAZipWithoutAPackageDocumentDamaged() {
        byte[] bytes = new ZipFixture().put("mimetype", "application/epub+zip").put("readme.txt", "hi").bytes();
        assertThatThrownBy(() -> reader.read(bytes, "b.epub", "b.epub"))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(IngestException.Reason.DAMAGED);
                    assertThat(e.getMessage()).isEqualTo(
                            "\u201Cb.epub\u201D is not an EPUB book Lector can read: the file is damaged or of another kind.");
                });
    }

    @Test
    void refusesAZipThatUnpacksToMoreThanItsLimit() {
        byte[] zeros = new byte[(int) ZipEntries.MAX_UNPACKED + 1024];
        byte[] bytes = new ZipFixture().put("mimetype", "application/epub+zip").put("OEBPS/big.xhtml", zeros).bytes();
        assertThat(bytes.length).isLessThan(2_000_000);
        assertThatThrownBy(() -> reader.read(bytes, "bomb.epub", "bomb.epub"))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.TOO_LARGE));
    }

    @Test
    void resolvesHrefsRelativeToTheirFile() {
        assertThat(EpubReader.resolve("OEBPS/content.opf", "Text/a%20b.xhtml")).isEqualTo("OEBPS/Text/a b.xhtml");
        assertThat(EpubReader.resolve("OEBPS/Text/nav.xhtml", "../Text/./c.xhtml")).isEqualTo("OEBPS/Text/c.xhtml");
        assertThat(EpubReader.resolve("content.opf", "c.xhtml")).isEqualTo("c.xhtml");
    }
}
