package org.lector.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.model.DocumentMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a PDF with Apache PDFBox: PDFBox gives each glyph and where it stands, {@link PdfLayout} puts the lines in
 * reading order (columns included), drops running heads and page numbers and rebuilds paragraphs.
 *
 * <p><b>Title:</b> the document's own title (its Info dictionary) unless it is missing or a file name
 * ("Microsoft Word - draft.docx"), else the first page's headline (the first paragraph, when it is set larger or
 * bolder than the text), else the file name. <b>Metadata:</b> author, language, and the file's creation and
 * modification dates as {@code published} and {@code modified}. The article's own date is left to its first page
 * (the engine reads the date line there): a PDF's creation date is often only the day it was printed.
 *
 * <p>Refused with one sentence each: a PDF that needs a password, one without a text layer (a scan, which needs
 * OCR first), and one too damaged to read.
 */
public final class PdfReader {

    private static final Logger LOG = LoggerFactory.getLogger(PdfReader.class);

    private static final Pattern JUNK_TITLE = Pattern.compile(
            "(?i)^(untitled.*|microsoft (word|powerpoint) - .*|.*\\.(pdf|docx?|odt|rtf|txt|tex|dvi|ps|html?|indd))$");

    static {
        // PDFBox looks for a system font to stand in for every font a PDF does not embed, and scans every font on
        // the machine (and writes a cache to the home folder) the first time. Lector only reads text, for which
        // the PDF's own widths or PDFBox's built-in metrics suffice, so every font is mapped to PDFBox's own.
        FontMappers.set(new TextOnlyFontMapper());
    }

    /**
     * @param bytes    the file's bytes
     * @param source   the path or URL as given, stored as {@link Document#source()}
     * @param fileName the file's name, for the title fallback and messages
     */
    public Document read(byte[] bytes, String source, String fileName) throws IngestException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return read(pdf, source, fileName);
        } catch (InvalidPasswordException e) {
            throw new IngestException(IngestException.Reason.ENCRYPTED, fileName,
                    Ingest.quoted(fileName) + " is protected by a password; Lector cannot open it without one.", e);
        } catch (IOException e) {
            LOG.warn("could not read the PDF {}", fileName, e);
            throw damaged(fileName, e);
        }
    }

    private Document read(PDDocument pdf, String source, String fileName) throws IngestException, IOException {
        Stripper stripper = new Stripper();
        try {
            stripper.getText(pdf);
        } catch (Cancelled e) {
            Thread.currentThread().interrupt();
            throw new IngestException(IngestException.Reason.CANCELLED, fileName,
                    "Opening " + Ingest.quoted(fileName) + " was cancelled.");
        } catch (IOException | RuntimeException e) {
            // PDFBox reads around most damage; what it cannot read ends here.
            LOG.warn("could not extract the text of {}", fileName, e);
            throw damaged(fileName, e);
        }
        List<List<PdfLayout.Line>> pages = stripper.pages;
        boolean anyText = pages.stream().anyMatch(p -> !p.isEmpty());
        if (!anyText) {
            if (hasImages(pdf)) {
                throw new IngestException(IngestException.Reason.NO_TEXT, fileName,
                        Ingest.quoted(fileName) + " has no text layer, only images of pages (a scan); it needs OCR"
                                + " (text recognition) first.");
            }
            throw Ingest.empty(fileName, "contains no text");
        }
        PdfRunningHeads.dropRunningHeads(pages);
        List<PdfParagraphs.Paragraph> paragraphs = PdfParagraphs.paragraphs(pages, EnglishWords.get());
        StringBuilder text = new StringBuilder();
        for (PdfParagraphs.Paragraph p : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(p.text());
        }
        String normalized = TextNormalizer.normalize(unligature(text.toString()));
        if (normalized.isBlank()) {
            throw Ingest.empty(fileName, "contains no text");
        }
        PDDocumentInformation info = pdf.getDocumentInformation();
        String title = metadataTitle(info == null ? null : info.getTitle(), fileName);
        if (title == null) {
            title = PdfParagraphs.headline(paragraphs);
        }
        if (title == null) {
            title = Ingest.titleFromFileName(fileName);
        }
        DocumentMetadata metadata = info == null ? DocumentMetadata.NONE : new DocumentMetadata(
                Ingest.cleanTitle(info.getAuthor()), null, null, isoDate(info.getCreationDate()),
                isoDate(info.getModificationDate()), pdf.getDocumentCatalog().getLanguage());
        return new Document(title, normalized, source, DocumentFormat.PDF, "UTF-8", Ingest.sha256(normalized), null,
                metadata);
    }

    private static IngestException damaged(String fileName, Exception cause) {
        return new IngestException(IngestException.Reason.DAMAGED, fileName,
                Ingest.quoted(fileName) + " is a damaged PDF that Lector cannot read.", cause);
    }

    /** The Info dictionary's title, cleaned, unless it is blank or only names a file. */
    static String metadataTitle(String raw, String fileName) {
        String t = Ingest.cleanTitle(raw);
        if (t == null || t.length() > 300 || JUNK_TITLE.matcher(t).matches() || t.equalsIgnoreCase(fileName)) {
            return null;
        }
        return t;
    }

    private static String isoDate(Calendar c) {
        if (c == null) {
            return null;
        }
        return c.toInstant().atOffset(ZoneOffset.ofTotalSeconds(c.getTimeZone().getOffset(c.getTimeInMillis()) / 1000))
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Ligatures as their letters ("ﬁ" as "fi"), so words are found and searched as typed. */
    static String unligature(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean hasImages(PDDocument pdf) {
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (var name : resources.getXObjectNames()) {
                try {
                    if (resources.isImageXObject(name)) {
                        return true;
                    }
                } catch (RuntimeException e) {
                    LOG.debug("unreadable XObject {}", name, e);
                }
            }
        }
        return false;
    }

    /** Collects each page's glyphs instead of writing PDFBox's own text, and lays them out per page. */
    private static final class Stripper extends PDFTextStripper {
        final List<List<PdfLayout.Line>> pages = new ArrayList<>();

        Stripper() {
            setSortByPosition(false);
            setSuppressDuplicateOverlappingText(true);
        }

        @Override
        public String getText(PDDocument doc) throws IOException {
            // The text goes to our pages, not to a writer.
            writeText(doc, new StringWriter());
            return "";
        }

        @Override
        protected void writePage() throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new Cancelled();
            }
            List<PdfLayout.Glyph> glyphs = new ArrayList<>();
            for (List<TextPosition> article : getCharactersByArticle()) {
                for (TextPosition t : article) {
                    String unicode = t.getUnicode();
                    if (unicode == null || unicode.isEmpty() || unicode.equals("\uFFFD")) {
                        continue;
                    }
                    float size = t.getFontSizeInPt();
                    if (size <= 0) {
                        size = Math.max(1, t.getHeightDir());
                    }
                    glyphs.add(new PdfLayout.Glyph(unicode, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size,
                            isBold(t.getFont())));
                }
            }
            pages.add(PdfLayout.page(glyphs));
        }

        private static boolean isBold(PDFont font) {
            if (font == null) {
                return false;
            }
            String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
            if (name.contains("bold") || name.contains("black") || name.contains("heavy")) {
                return true;
            }
            PDFontDescriptor d = font.getFontDescriptor();
            return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
        }
    }

    /** Stops a reading the user cancelled, from inside PDFBox's page loop. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    /** Maps every font to PDFBox's own Liberation Sans, without scanning the system's fonts (see above). */
    private static final class TextOnlyFontMapper implements FontMapper {
        private volatile TrueTypeFont font;

        private TrueTypeFont font() {
            TrueTypeFont f = font;
            if (f == null) {
                synchronized (this) {
                    f = font;
                    if (f == null) {
                        try (InputStream in = PDFont.class.getResourceAsStream(
                                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                            if (in == null) {
                                throw new IOException("PDFBox's Liberation Sans is missing");
                            }
                            f = new TTFParser().parse(new RandomAccessReadBuffer(in));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        font = f;
                    }
                }
            }
            return f;
        }

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(font(), true);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(font(), true);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
            return new CIDFontMapping(null, font(), true);
        }
    }
}
