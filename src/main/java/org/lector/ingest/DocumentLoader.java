package org.lector.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an article file: checks it, reads its bytes, picks a reader by extension (or, for a file without one, by
 * content) and returns the normalized {@link Document}. Stateless, so thread-safe; knows nothing of the UI.
 *
 * <p>The document's source is the file's real path, however the path was written, so one file is one document.
 *
 * <p>Checks happen before any byte is read where they can: missing path, not a regular file, unsupported
 * extension, unreadable, over {@link #MAX_BYTES}, empty. Content checks (binary, invalid encoding, blank) follow.
 *
 * <p><b>Cancellation:</b> the loading thread's interrupt is honoured between chunks; {@link #load} then throws an
 * {@link IngestException} with reason {@link IngestException.Reason#CANCELLED} and re-sets the thread's interrupt
 * flag, so an executor still sees that the task was interrupted.
 */
public final class DocumentLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentLoader.class);

    /** Files larger than this are refused before reading: 50 MiB is far beyond any article. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final int CHUNK = 256 * 1024;

    private static final Map<String, DocumentFormat> FORMATS = Map.of(
            "txt", DocumentFormat.TEXT, "text", DocumentFormat.TEXT,
            "html", DocumentFormat.HTML, "htm", DocumentFormat.HTML, "xhtml", DocumentFormat.HTML,
            "md", DocumentFormat.MARKDOWN, "markdown", DocumentFormat.MARKDOWN,
            "pdf", DocumentFormat.PDF, "epub", DocumentFormat.EPUB, "docx", DocumentFormat.DOCX);

    private static final List<String> EXTENSIONS =
            List.of("txt", "text", "html", "htm", "xhtml", "md", "markdown", "pdf", "epub", "docx");

    /** What the "unsupported" message lists, so the user learns what to convert to. */
    private static final String OPENS =
            "Lector opens plain text (.txt, .text), HTML (.html, .htm, .xhtml), Markdown (.md, .markdown), PDF (.pdf),"
                    + " EPUB (.epub) and Word (.docx) files";

    private final PlainTextReader text = new PlainTextReader();
    private final HtmlReader html = new HtmlReader();
    private final MarkdownReader markdown = new MarkdownReader();
    private final PdfReader pdf = new PdfReader();
    private final EpubReader epub = new EpubReader();
    private final DocxReader docx = new DocxReader();

    public DocumentLoader() {
    }

    /** Extensions this loader accepts, lower case without the dot, for file-chooser filters. */
    public static List<String> supportedExtensions() {
        return EXTENSIONS;
    }

    /** {@link #load(Path, ProgressListener)} without progress. */
    public Document load(Path path) throws IngestException {
        return load(path, ProgressListener.NONE);
    }

    /**
     * Reads and normalizes the article at {@code path}.
     *
     * @param progress told bytes read / total after each chunk of {@value #CHUNK} bytes
     * @throws IngestException with a one-sentence message naming the file; see {@link IngestException.Reason}
     */
    public Document load(Path path, ProgressListener progress) throws IngestException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(progress, "progress");
        String shown = path.toString();
        String fileName = path.getFileName() == null ? shown : path.getFileName().toString();

        if (!Files.exists(path)) {
            throw missing(path, shown);
        }
        if (Files.isDirectory(path)) {
            throw new IngestException(IngestException.Reason.NOT_A_FILE, shown,
                    Ingest.quoted(shown) + " is a folder, not a file.");
        }
        if (!Files.isRegularFile(path)) {
            throw new IngestException(IngestException.Reason.NOT_A_FILE, shown,
                    Ingest.quoted(shown) + " is not a regular file.");
        }
        String extension = Ingest.extension(fileName);
        DocumentFormat byExtension = FORMATS.get(extension);
        if (byExtension == null && !extension.isEmpty()) {
            throw new IngestException(IngestException.Reason.UNSUPPORTED_FORMAT, fileName,
                    "Lector cannot open " + Ingest.quoted(fileName) + " because ." + extension
                            + " files are not supported; " + OPENS + ".");
        }
        if (!Files.isReadable(path)) {
            throw unreadable(fileName, null);
        }
        long size = size(path, fileName);
        if (size > MAX_BYTES) {
            throw tooLarge(fileName, size);
        }
        if (size == 0) {
            throw Ingest.empty(fileName, "is empty");
        }

        byte[] bytes = read(path, fileName, size, progress);
        checkCancelled(fileName);
        DocumentFormat format = byExtension != null ? byExtension : sniff(bytes);
        LOG.debug("reading {} ({} bytes) as {}", shown, bytes.length, format);
        Document document = parse(format, bytes, canonical(path), fileName);
        checkCancelled(fileName);
        return document;
    }

    /**
     * Runs the reader for {@code format}. A reader is written to finish on anything, but a library under it can
     * still fail on a file no one foresaw (recursion on 100,000 nested tags); that failure is the file's, so it
     * becomes one sentence naming the file instead of an error that ends the program.
     */
    private Document parse(DocumentFormat format, byte[] bytes, String source, String fileName)
            throws IngestException {
        try {
            return switch (format) {
                case TEXT -> text.read(bytes, source, fileName);
                case HTML -> html.read(bytes, source, fileName);
                case MARKDOWN -> markdown.read(bytes, source, fileName);
                case PDF -> pdf.read(bytes, source, fileName);
                case EPUB -> epub.read(bytes, source, fileName);
                case DOCX -> docx.read(bytes, source, fileName);
            };
        } catch (StackOverflowError e) {
            LOG.warn("reading {} as {} overflowed the stack", source, format);
            throw new IngestException(IngestException.Reason.MALFORMED, fileName,
                    Ingest.quoted(fileName) + " is nested too deeply for Lector to read.");
        } catch (RuntimeException e) {
            LOG.warn("reading {} as {} failed", source, format, e);
            throw new IngestException(IngestException.Reason.MALFORMED, fileName,
                    Ingest.quoted(fileName) + " could not be read as " + describe(format)
                            + "; the details are in the log.", e);
        }
    }

    private static String describe(DocumentFormat format) {
        return switch (format) {
            case TEXT -> "plain text";
            case HTML -> "HTML";
            case MARKDOWN -> "Markdown";
            case PDF -> "PDF";
            case EPUB -> "EPUB";
            case DOCX -> "a Word document";
        };
    }

    /**
     * Why {@code path} cannot be found, told apart: a symbolic link that leads nowhere (a loop, or a missing
     * target), a name that was not valid in the system's file-name encoding (the system hands Java U+FFFD for such
     * bytes, so the file cannot be named back), else a file that does not exist.
     */
    private static IngestException missing(Path path, String shown) {
        if (Files.isSymbolicLink(path)) {
            String why;
            try {
                path.toRealPath();
                why = "leads nowhere";
            } catch (FileSystemException e) {
                why = e.getReason() != null && e.getReason().toLowerCase(Locale.ROOT).contains("levels")
                        ? "goes round in a loop" : "leads to a file that does not exist";
            } catch (IOException e) {
                why = "leads nowhere";
            }
            return new IngestException(IngestException.Reason.NOT_FOUND, shown,
                    Ingest.quoted(shown) + " is a symbolic link that " + why + ".");
        }
        if (shown.indexOf('\uFFFD') >= 0) {
            return new IngestException(IngestException.Reason.NOT_FOUND, shown,
                    "The file name " + Ingest.quoted(shown) + " is not valid in the system's file-name encoding ("
                            + System.getProperty("sun.jnu.encoding", "UTF-8")
                            + "), so Lector cannot open it; rename the file.");
        }
        return new IngestException(IngestException.Reason.NOT_FOUND, shown,
                "The file " + Ingest.quoted(shown) + " does not exist.");
    }

    /**
     * The one name of a file, whatever path led to it ({@code dir/a.txt}, {@code ../dir/a.txt}, a symbolic link):
     * its real path. The library keys documents by it, so one file is one document.
     */
    private static String canonical(Path path) {
        try {
            return path.toRealPath().toString();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize().toString();
        }
    }

    /**
     * A file without an extension is a PDF, EPUB or Word document by its signature, HTML when it starts like a web
     * page, else plain text.
     */
    private static DocumentFormat sniff(byte[] bytes) {
        int n = Math.min(bytes.length, 512);
        String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1);
        if (start.startsWith("%PDF-")) {
            return DocumentFormat.PDF;
        }
        if (start.startsWith("PK\u0003\u0004")) {
            // An EPUB's first entry must be its uncompressed mimetype; a Word file's parts are under word/.
            if (start.contains("mimetypeapplication/epub+zip")) {
                return DocumentFormat.EPUB;
            }
            if (new String(bytes, StandardCharsets.ISO_8859_1).contains("word/document.xml")) {
                return DocumentFormat.DOCX;
            }
        }
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") ? DocumentFormat.HTML : DocumentFormat.TEXT;
    }

    private static long size(Path path, String fileName) throws IngestException {
        try {
            return Files.size(path);
        } catch (AccessDeniedException e) {
            throw unreadable(fileName, e);
        } catch (IOException e) {
            throw ioError(fileName, e);
        }
    }

    private static byte[] read(Path path, String fileName, long size, ProgressListener progress)
            throws IngestException {
        byte[] buffer = new byte[(int) size];
        int done = 0;
        boolean grew;
        try (InputStream in = Files.newInputStream(path)) {
            while (done < buffer.length) {
                checkCancelled(fileName);
                int n = in.read(buffer, done, Math.min(CHUNK, buffer.length - done));
                if (n < 0) {
                    break;
                }
                done += n;
                progress.progress(done, size);
            }
            grew = done == buffer.length && in.read() >= 0;
        } catch (ClosedByInterruptException e) {
            Thread.currentThread().interrupt();
            throw cancelled(fileName);
        } catch (AccessDeniedException e) {
            throw unreadable(fileName, e);
        } catch (NoSuchFileException e) {
            throw new IngestException(IngestException.Reason.NOT_FOUND, fileName,
                    "The file " + Ingest.quoted(fileName) + " disappeared while Lector was reading it.", e);
        } catch (IOException e) {
            throw ioError(fileName, e);
        }
        if (grew) {
            // Written to while we read: read it again, whole, within the limit.
            return readFresh(path, fileName, progress);
        }
        return done == buffer.length ? buffer : Arrays.copyOf(buffer, done);
    }

    /** Reads a file whose size changed under us once more, in one go. */
    private static byte[] readFresh(Path path, String fileName, ProgressListener progress) throws IngestException {
        long size = size(path, fileName);
        if (size > MAX_BYTES) {
            throw tooLarge(fileName, size);
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(fileName, bytes.length);
            }
            progress.progress(bytes.length, bytes.length);
            return bytes;
        } catch (ClosedByInterruptException e) {
            Thread.currentThread().interrupt();
            throw cancelled(fileName);
        } catch (IOException e) {
            throw ioError(fileName, e);
        }
    }

    private static void checkCancelled(String fileName) throws IngestException {
        if (Thread.currentThread().isInterrupted()) {
            throw cancelled(fileName);
        }
    }

    private static IngestException cancelled(String fileName) {
        return new IngestException(IngestException.Reason.CANCELLED, fileName,
                "Opening " + Ingest.quoted(fileName) + " was cancelled.");
    }

    private static IngestException unreadable(String fileName, Exception cause) {
        return new IngestException(IngestException.Reason.UNREADABLE, fileName,
                "Lector is not allowed to read " + Ingest.quoted(fileName) + "; check the file's permissions.", cause);
    }

    private static IngestException tooLarge(String fileName, long size) {
        return new IngestException(IngestException.Reason.TOO_LARGE, fileName,
                Ingest.quoted(fileName) + " is " + megabytes(size) + ", more than the " + megabytes(MAX_BYTES)
                        + " Lector opens.");
    }

    private static IngestException ioError(String fileName, IOException e) {
        LOG.warn("could not read {}", fileName, e);
        return new IngestException(IngestException.Reason.IO_ERROR, fileName,
                Ingest.quoted(fileName) + " could not be read because of an input/output error.", e);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d MB", (bytes + (1 << 20) - 1) >> 20);
    }
}
