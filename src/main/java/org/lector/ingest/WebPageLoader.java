package org.lector.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lector.model.Document;
import org.lector.model.PageSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a web address: fetches the page with the JDK's HTTP client (redirects followed, a time-out, a size limit),
 * checks that it is HTML, and reads its article with {@link HtmlReader}. The URL as given is the document's source;
 * the page as fetched comes back with it, to be kept in the library.
 *
 * <p>Each failure is one sentence naming the address: no connection, no such host, no answer in time, the server's
 * HTTP error (404 and the like), not a web page, too big. Thread-safe; the client is shared.
 */
public final class WebPageLoader {

    private static final Logger LOG = LoggerFactory.getLogger(WebPageLoader.class);

    /** Pages larger than this are refused: 20 MiB is far beyond any article page. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Pattern HTTP_URL = Pattern.compile("^(?i:https?)://\\S+$");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");

    /** A fetched page: the article read from it and the bytes it was read from. */
    public record Fetched(Document document, PageSnapshot page) {
    }

    private final Duration connectTimeout;
    private final Duration timeout;
    private final long maxBytes;
    private volatile HttpClient client;
    private final HtmlReader html = new HtmlReader();

    /** A loader with a 10 s connect and 30 s answer time-out. */
    public WebPageLoader() {
        this(Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    /** A loader with the given time-outs and the standard size limit. */
    public WebPageLoader(Duration connectTimeout, Duration timeout) {
        this(connectTimeout, timeout, MAX_BYTES);
    }

    /** For tests: any time-outs and size limit. */
    WebPageLoader(Duration connectTimeout, Duration timeout, long maxBytes) {
        this.maxBytes = maxBytes;
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
    }

    /**
     * The client, made at the first fetch: building one sets up TLS (a few hundred classes, 120-150 ms of CPU),
     * which every launch of the window and the command line would otherwise pay before it shows anything.
     */
    private HttpClient client() {
        HttpClient made = client;
        if (made == null) {
            synchronized (this) {
                made = client;
                if (made == null) {
                    made = HttpClient.newBuilder()
                            .followRedirects(HttpClient.Redirect.NORMAL)
                            .connectTimeout(connectTimeout)
                            .build();
                    client = made;
                }
            }
        }
        return made;
    }

    /** Whether {@code text} is an http or https address (what Lector opens as a web page rather than a file). */
    public static boolean isWebAddress(String text) {
        return text != null && HTTP_URL.matcher(text.strip()).matches();
    }

    /**
     * Fetches and reads the page at {@code url}.
     *
     * @throws IngestException one sentence naming the address; reason {@link IngestException.Reason#NETWORK} for a
     *                         connection or HTTP failure, else the reason {@link HtmlReader} gives
     */
    public Fetched load(String url) throws IngestException {
        return load(url, ProgressListener.NONE);
    }

    /**
     * Fetches and reads the page at {@code url}, telling {@code progress} the bytes received so far and the size the
     * server announced (or -1 when it announced none). The thread's interrupt cancels the fetch.
     *
     * @throws IngestException as {@link #load(String)}; reason {@link IngestException.Reason#CANCELLED} when
     *                         interrupted
     */
    public Fetched load(String url, ProgressListener progress) throws IngestException {
        String shown = url.strip();
        URI uri = parse(shown);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", "Lector/0.1 (article reader)")
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw network(shown, "Lector could not connect to " + uri.getHost() + " within "
                    + seconds(timeout) + "; check the connection and try again.", e);
        } catch (HttpTimeoutException e) {
            throw network(shown, uri.getHost() + " did not answer within " + seconds(timeout) + ".", e);
        } catch (ConnectException e) {
            throw network(shown, "Lector could not connect to " + uri.getHost()
                    + "; the computer may be offline or the site down.", e);
        } catch (IOException e) {
            if (hasCause(e, UnknownHostException.class) || hasCause(e, UnresolvedAddressException.class)) {
                throw network(shown, "Lector could not find the site " + uri.getHost()
                        + "; check the address, or the computer may be offline.", e);
            }
            throw network(shown, "Lector could not fetch " + Ingest.quoted(shown) + ": the connection failed.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException(IngestException.Reason.CANCELLED, shown,
                    "Opening " + Ingest.quoted(shown) + " was cancelled.", e);
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 404 || status == 410) {
                throw network(shown, "There is no page at " + Ingest.quoted(shown) + " (the server answered "
                        + status + ", not found).", null);
            }
            if (status >= 400) {
                throw network(shown, "The server refused " + Ingest.quoted(shown) + " with HTTP error " + status
                        + ".", null);
            }
            String finalUrl = response.uri().toString();
            Optional<String> contentType = response.headers().firstValue("Content-Type");
            if (contentType.isPresent() && !isHtml(contentType.get())) {
                throw new IngestException(IngestException.Reason.UNSUPPORTED_FORMAT, shown,
                        Ingest.quoted(shown) + " is not a web page: the server sent "
                                + contentType.get().split(";")[0].strip() + ".");
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw tooBig(shown, declared, maxBytes);
            }
            byte[] bytes = readLimited(body, shown, maxBytes, declared, progress);
            if (bytes.length == 0) {
                throw Ingest.empty(shown, "is an empty page");
            }
            String charset = contentType.map(WebPageLoader::charset).orElse(null);
            LOG.debug("fetched {} ({} bytes, {}) from {}", shown, bytes.length, contentType.orElse("no type"),
                    finalUrl);
            Document document = html.read(bytes, shown, fileName(uri), finalUrl, charset);
            return new Fetched(document, new PageSnapshot(finalUrl, contentType.orElse(null), Instant.now(), bytes));
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted() || e instanceof java.io.InterruptedIOException) {
                throw new IngestException(IngestException.Reason.CANCELLED, shown,
                        "Opening " + Ingest.quoted(shown) + " was cancelled.", e);
            }
            throw network(shown, "The connection to " + uri.getHost() + " broke while Lector was reading "
                    + Ingest.quoted(shown) + ".", e);
        }
    }

    /** Reads a snapshot kept earlier (the library's copy of a page) as if it had just been fetched. */
    public Document read(PageSnapshot page, String source) throws IngestException {
        URI uri = parse(source);
        return html.read(page.bytes(), source, fileName(uri), page.url(),
                page.contentType() == null ? null : charset(page.contentType()));
    }

    private static byte[] readLimited(InputStream in, String shown, long maxBytes, long declared,
            ProgressListener progress) throws IOException, IngestException {
        byte[] buffer = new byte[64 * 1024];
        int size = 0;
        while (true) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            int n = in.read(buffer, size, buffer.length - size);
            if (n < 0) {
                return Arrays.copyOf(buffer, size);
            }
            size += n;
            progress.progress(size, declared);
            if (size > maxBytes) {
                throw tooBig(shown, size, maxBytes);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new IngestException(IngestException.Reason.CANCELLED, shown,
                        "Opening " + Ingest.quoted(shown) + " was cancelled.");
            }
        }
    }

    /**
     * Checks that {@code url} is a web address Lector can fetch (http or https, with a host), before any connection.
     *
     * @return the address, stripped
     * @throws IngestException one sentence naming the address, reason {@link IngestException.Reason#UNSUPPORTED_FORMAT}
     */
    public static String check(String url) throws IngestException {
        return parse(url).toString();
    }

    private static URI parse(String url) throws IngestException {
        if (!isWebAddress(url)) {
            throw new IngestException(IngestException.Reason.UNSUPPORTED_FORMAT, url,
                    Ingest.quoted(url) + " is not a web address Lector can open (http:// or https://).");
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() == null) {
                throw new URISyntaxException(url, "no host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IngestException(IngestException.Reason.UNSUPPORTED_FORMAT, url,
                    Ingest.quoted(url) + " is not a valid web address.", e);
        }
    }

    private static boolean isHtml(String contentType) {
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("text/html") || type.equals("application/xhtml+xml") || type.isEmpty();
    }

    static String charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** The last path segment, for a title when the page has none ("storm.html", else the host). */
    private static String fileName(URI uri) {
        String path = uri.getPath();
        if (path != null) {
            String[] parts = path.split("/");
            for (int i = parts.length - 1; i >= 0; i--) {
                if (!parts[i].isBlank()) {
                    return parts[i];
                }
            }
        }
        return uri.getHost();
    }

    private static IngestException tooBig(String shown, long size, long limit) {
        return new IngestException(IngestException.Reason.TOO_LARGE, shown, Ingest.quoted(shown) + " is "
                + megabytes(size) + " or more, more than the " + megabytes(limit) + " Lector reads from the web.");
    }

    private static String megabytes(long bytes) {
        return bytes < (1 << 20) ? String.format(Locale.ROOT, "%d KB", (bytes + 1023) >> 10)
                : String.format(Locale.ROOT, "%d MB", (bytes + (1 << 20) - 1) >> 20);
    }

    private static IngestException network(String shown, String message, Exception cause) {
        if (cause != null) {
            LOG.info("fetching {} failed: {}", shown, cause.toString());
        }
        return new IngestException(IngestException.Reason.NETWORK, shown, message, cause);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String seconds(Duration d) {
        long s = Math.max(1, d.toSeconds());
        return s + (s == 1 ? " second" : " seconds");
    }
}
