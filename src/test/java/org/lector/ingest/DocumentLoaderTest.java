package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class DocumentLoaderTest {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentLoaderTest.class);

    private final DocumentLoader loader = new DocumentLoader();

    @TempDir
    Path dir;

    private IngestException failure(Path path) {
        IngestException e = catchThrowableOfType(IngestException.class, () -> loader.load(path));
        assertThat(e).as("loading %s should fail", path).isNotNull();
        // One sentence for a person: no stack trace, no class names, no line breaks.
        assertThat(e.getMessage()).doesNotContain("Exception", "\n", "java.").endsWith(".");
        return e;
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesMissingFile() {
        Path missing = dir.resolve("nowhere/story.txt");
        IngestException e = failure(missing);
        assertThat(e.reason()).isEqualTo(IngestException.Reason.NOT_FOUND);
        assertThat(e.getMessage()).contains(missing.toString()).contains("does not exist");
    }

    @Test
    void refusesDirectory() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));
        IngestException e = failure(folder);
        assertThat(e.reason()).isEqualTo(IngestException.Reason.NOT_A_FILE);
        assertThat(e.getMessage()).contains("folder.txt").contains("is a folder");
    }

    @Test
    void refusesUnreadableFile() throws Exception {
        Path file = write("secret.txt", "Secret\n\nText.");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(file)) {
            LOG.warn("SKIPPING refusesUnreadableFile: running as root (or without POSIX permissions), "
                    + "so a chmod 000 file is still readable");
        }
        Assumptions.assumeFalse(Files.isReadable(file),
                "SKIPPED: running as root, where a chmod 000 file is still readable");
        IngestException e = failure(file);
        assertThat(e.reason()).isEqualTo(IngestException.Reason.UNREADABLE);
        assertThat(e.getMessage()).contains("secret.txt").contains("permission");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\t  \r\n", "\uFEFF"})
    void refusesEmptyOrBlankFile(String content) throws Exception {
        IngestException e = failure(write("blank.txt", content));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.EMPTY);
        assertThat(e.getMessage()).contains("blank.txt");
    }

    @Test
    void refusesFileOverLimitBeforeReadingIt() throws Exception {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: no disk, no time
        }
        AtomicLong progressCalls = new AtomicLong();
        IngestException e = catchThrowableOfType(IngestException.class,
                () -> loader.load(big, (done, total) -> progressCalls.incrementAndGet()));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.TOO_LARGE);
        assertThat(e.getMessage()).isEqualTo("\u201Chuge.txt\u201D is 200 MB, more than the 50 MB Lector opens.");
        assertThat(progressCalls).as("nothing was read").hasValue(0);
    }

    @Test
    void refusesPngImageEvenWithTextExtension() throws Exception {
        byte[] png = CharsetDetectorTest.concat(CharsetDetectorTest.bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A,
                0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'), new byte[64]);
        IngestException e = failure(write("picture.txt", png));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.BINARY);
        assertThat(e.getMessage()).contains("picture.txt").contains("PNG image");
    }

    @Test
    void refusesZipWithoutExtension() throws Exception {
        byte[] zip = CharsetDetectorTest.concat(CharsetDetectorTest.bytes('P', 'K', 3, 4, 20, 0, 0, 0), new byte[40]);
        IngestException e = failure(write("archive", zip));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.BINARY);
    }

    @Test
    void refusesTextWithNulBytes() throws Exception {
        byte[] bytes = "Looks like text\u0000\u0000 but is not".getBytes(StandardCharsets.UTF_8);
        assertThat(failure(write("nul.txt", bytes)).reason()).isEqualTo(IngestException.Reason.BINARY);
    }

    @Test
    void refusesManyControlBytes() throws Exception {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        assertThat(failure(write("ctl.txt", bytes)).reason()).isEqualTo(IngestException.Reason.BINARY);
    }

    @Test
    void readsUtf16WithBomDespiteItsNulBytes() throws Exception {
        byte[] bytes = CharsetDetectorTest.concat(CharsetDetectorTest.bytes(0xFF, 0xFE),
                "Headline\n\nBody text.".getBytes(StandardCharsets.UTF_16LE));
        Document d = loader.load(write("wide.txt", bytes));
        assertThat(d.text()).isEqualTo("Headline\n\nBody text.");
        assertThat(d.charset()).isEqualTo("UTF-16LE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"letter.doc", "slides.pptx", "photo.png", "setup.exe", "book.mobi"})
    void refusesUnknownExtensionNamingWhatLectorOpens(String name) throws Exception {
        IngestException e = failure(write(name, "whatever"));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.UNSUPPORTED_FORMAT);
        assertThat(e.getMessage()).contains(name).contains(".txt").contains(".html").contains(".md")
                .contains(".pdf").contains(".epub").contains(".docx");
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.pdf", "letter.docx", "book.epub"})
    void callsADocumentThatIsNotWhatItsNameSaysDamagedInOneSentence(String name) throws Exception {
        IngestException e = failure(write(name, "whatever"));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.DAMAGED);
        assertThat(e.getMessage()).startsWith("\u201C" + name + "\u201D").contains("damaged").endsWith(".")
                .doesNotContain("Exception").doesNotContain("\n");
    }

    @Test
    void refusesInvalidUtf8AfterBom() throws Exception {
        byte[] bytes = CharsetDetectorTest.concat(CharsetDetectorTest.bytes(0xEF, 0xBB, 0xBF),
                "Caf".getBytes(StandardCharsets.US_ASCII), CharsetDetectorTest.bytes(0xE9, ' ', 'o', 'k'));
        IngestException e = failure(write("broken.txt", bytes));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.INVALID_ENCODING);
        assertThat(e.getMessage()).startsWith("\u201Cbroken.txt\u201D cannot be read as text").contains("UTF-8");
    }

    @Test
    void refusesOddLengthUtf16() throws Exception {
        byte[] bytes = CharsetDetectorTest.concat(CharsetDetectorTest.bytes(0xFE, 0xFF),
                "Hello".getBytes(StandardCharsets.UTF_16BE), CharsetDetectorTest.bytes(0x41));
        assertThat(failure(write("odd.txt", bytes)).reason()).isEqualTo(IngestException.Reason.INVALID_ENCODING);
    }

    @Test
    void refusesBytesValidInNoCharset() throws Exception {
        byte[] bytes = CharsetDetectorTest.concat("Hello ".getBytes(StandardCharsets.US_ASCII),
                CharsetDetectorTest.bytes(0x81, 0x8D, 0x8F, 0x90, 0x9D), " world".getBytes(StandardCharsets.US_ASCII));
        assertThat(failure(write("junk.txt", bytes)).reason()).isEqualTo(IngestException.Reason.INVALID_ENCODING);
    }

    @Test
    void readsFileWithoutExtensionAsPlainText() throws Exception {
        Document d = loader.load(write("README", "Read me first\n\nSome words."));
        assertThat(d.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(d.title()).isEqualTo("Read me first");
    }

    @Test
    void sniffsHtmlWithoutExtension() throws Exception {
        Document d = loader.load(write("saved-page", "<!DOCTYPE html><html><head><title>Sniffed</title></head>"
                + "<body><p>A paragraph of text.</p></body></html>"));
        assertThat(d.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(d.title()).isEqualTo("Sniffed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.txt", "a.TEXT", "a.md", "a.markdown", "a.html", "a.HTM", "a.xhtml"})
    void picksReaderByExtension(String name) throws Exception {
        String content = name.toLowerCase().contains("htm") ? "<p>Body words here.</p>" : "Body words here.";
        Document d = loader.load(write(name, content));
        DocumentFormat expected = name.toLowerCase().contains("htm") ? DocumentFormat.HTML
                : name.toLowerCase().contains(".m") ? DocumentFormat.MARKDOWN : DocumentFormat.TEXT;
        assertThat(d.format()).isEqualTo(expected);
        assertThat(d.text()).contains("Body words here.");
    }

    @Test
    void keepsSourceAsGivenAndUsesFileNameForTitle() throws Exception {
        Path file = write("paris-summit.txt", "French President Emmanuel Macron is hosting a summit.\n\nMore.");
        Document d = loader.load(file);
        assertThat(d.source()).isEqualTo(file.toString());
        assertThat(d.title()).isEqualTo("Paris summit");
    }

    @Test
    void oneFileIsOneSourceHoweverItsPathIsWritten() throws Exception {
        Path file = write("a.txt", "Some words.");
        Path dir = file.getParent();
        Path roundabout = dir.resolve("..").resolve(dir.getFileName()).resolve(".").resolve("a.txt");
        Path link = dir.resolve("link.txt");
        Files.createSymbolicLink(link, file);

        assertThat(loader.load(roundabout).source()).isEqualTo(loader.load(file).source())
                .isEqualTo(loader.load(link).source()).isEqualTo(file.toRealPath().toString());
    }

    @Test
    void reportsProgressUpToTheTotal() throws Exception {
        byte[] bytes = ("Headline\n\n" + "All work and no play. ".repeat(60_000)).getBytes(StandardCharsets.UTF_8);
        Path file = write("big.txt", bytes);
        List<long[]> calls = new ArrayList<>();
        loader.load(file, (done, total) -> calls.add(new long[] {done, total}));
        assertThat(calls).hasSizeGreaterThan(1);
        assertThat(calls.get(calls.size() - 1)).containsExactly(bytes.length, bytes.length);
        for (int i = 1; i < calls.size(); i++) {
            assertThat(calls.get(i)[0]).isGreaterThan(calls.get(i - 1)[0]);
        }
    }

    @Test
    void honoursInterruptionAsCancelled() throws Exception {
        Path file = write("cancel.txt", "Headline\n\nBody.");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> loader.load(file))
                    .isInstanceOfSatisfying(IngestException.class,
                            e -> assertThat(e.reason()).isEqualTo(IngestException.Reason.CANCELLED))
                    .hasMessage("Opening \u201Ccancel.txt\u201D was cancelled.");
            assertThat(Thread.currentThread().isInterrupted()).as("interrupt flag kept").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void cancelsMidwayWhenInterruptedFromProgress() throws Exception {
        byte[] bytes = ("Headline\n\n" + "Words. ".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
        Path file = write("midway.txt", bytes);
        try {
            IngestException e = catchThrowableOfType(IngestException.class,
                    () -> loader.load(file, (done, total) -> Thread.currentThread().interrupt()));
            assertThat(e.reason()).isEqualTo(IngestException.Reason.CANCELLED);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void listsSupportedExtensions() {
        assertThat(DocumentLoader.supportedExtensions())
                .containsExactly("txt", "text", "html", "htm", "xhtml", "md", "markdown", "pdf", "epub", "docx");
    }

    @Test
    void loadsWarAndPeaceWithoutBomAndWithSensibleTitle() throws Exception {
        Path path = TestCorpus.file("long/2600-0.txt");
        Document d = loader.load(path);
        // Compare a prefix only: a failing assertion on 3 MB of text would flood the log.
        String start = d.text().substring(0, 200);
        assertThat(start).doesNotStartWith("\uFEFF").startsWith("\nThe Project Gutenberg EBook of War and Peace");
        assertThat(d.title()).contains("War and Peace").doesNotContain("\uFEFF");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text().indexOf('\r')).isEqualTo(-1);
        assertThat(d.length()).isGreaterThan(3_000_000);
    }

    @Test
    void loadsEveryWikinewsArticleWithItsTitle() throws Exception {
        Path index = TestCorpus.file("articles/index.csv");
        try (var files = Files.list(index.getParent())) {
            List<Path> articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertThat(articles).hasSizeGreaterThanOrEqualTo(40);
            for (Path article : articles) {
                Document d = loader.load(article);
                String firstLine = Files.readString(article).lines().findFirst().orElseThrow().strip();
                assertThat(d.title()).as(article.getFileName().toString()).isEqualTo(firstLine);
            }
        }
    }
}
