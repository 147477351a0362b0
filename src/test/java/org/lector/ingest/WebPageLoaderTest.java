package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lector.model.Document;

/** Fetching pages from a local HTTP server the test starts: no network. */
class WebPageLoaderTest {

    private static final String ARTICLE = "<html lang=\"en\"><head><title>Storm hits the coast | Daily</title>"
            + "<link rel=\"canonical\" href=\"/news/storm\"></head><body><article><h1>Storm hits the coast</h1>"
            + "<p>The storm reached the coast on Tuesday night, bringing rain, wind and the highest tide in years, "
            + "officials said.</p><p>Thousands of homes lost power, and the roads along the shore were closed "
            + "until the water went down.</p></article></body></html>";

    private HttpServer server;
    private String base;
    private final WebPageLoader loader =
            new WebPageLoader(Duration.ofSeconds(2), Duration.ofSeconds(1), 64 * 1024);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/news/storm", ex -> send(ex, 200, "text/html; charset=utf-8",
                ARTICLE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/old", ex -> {
            ex.getResponseHeaders().add("Location", "/news/storm");
            send(ex, 301, "text/html", new byte[0]);
        });
        server.createContext("/latin", ex -> send(ex, 200, "text/html; charset=windows-1252",
                ARTICLE.replace("Tuesday", "Tuesday \u2014 caf\u00E9 \u201Cquoted\u201D")
                        .getBytes(Charset.forName("windows-1252"))));
        server.createContext("/paper.pdf", ex -> send(ex, 200, "application/pdf", "%PDF-1.4".getBytes()));
        server.createContext("/huge", ex -> send(ex, 200, "text/html", new byte[200 * 1024]));
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/", ex -> send(ex, 404, "text/html", "<p>no</p>".getBytes(StandardCharsets.UTF_8)));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void readsTheArticleAndKeepsTheUrlAsSourceAndThePageAsFetched() throws Exception {
        WebPageLoader.Fetched f = loader.load(base + "/news/storm");
        Document d = f.document();
        assertThat(d.title()).isEqualTo("Storm hits the coast");
        assertThat(d.source()).isEqualTo(base + "/news/storm");
        assertThat(d.text()).contains("Thousands of homes lost power");
        assertThat(d.metadata().canonicalUrl()).as("resolved against the page's address")
                .isEqualTo(base + "/news/storm");
        assertThat(d.metadata().language()).isEqualTo("en");
        assertThat(new String(f.page().bytes(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
        assertThat(loader.read(f.page(), d.source()).text()).as("the kept page reads the same offline")
                .isEqualTo(d.text());
    }

    @Test
    void followsRedirectsButKeepsTheAddressAsGiven() throws Exception {
        WebPageLoader.Fetched f = loader.load(base + "/old");
        assertThat(f.document().source()).isEqualTo(base + "/old");
        assertThat(f.page().url()).isEqualTo(base + "/news/storm");
        assertThat(f.document().text()).contains("The storm reached the coast");
    }

    @Test
    void decodesWithTheCharsetTheServerDeclares() throws Exception {
        Document d = loader.load(base + "/latin").document();
        assertThat(d.text()).contains("Tuesday \u2014 caf\u00E9 \u201Cquoted\u201D");
        assertThat(d.charset()).isEqualTo("windows-1252");
    }

    @Test
    void saysWhenThereIsNoSuchPage() {
        IngestException e = catchThrowableOfType(IngestException.class, () -> loader.load(base + "/missing"));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.NETWORK);
        assertThat(e.getMessage()).contains(base + "/missing").contains("404").doesNotContain("Exception");
    }

    @Test
    void refusesWhatIsNotAWebPage() {
        IngestException e = catchThrowableOfType(IngestException.class, () -> loader.load(base + "/paper.pdf"));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.UNSUPPORTED_FORMAT);
        assertThat(e.getMessage()).contains("is not a web page").contains("application/pdf");
    }

    @Test
    void refusesAPageOverTheSizeLimit() {
        IngestException e = catchThrowableOfType(IngestException.class, () -> loader.load(base + "/huge"));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains(base + "/huge").contains("64 KB");
    }

    @Test
    void givesUpOnAServerThatDoesNotAnswerInTime() {
        IngestException e = catchThrowableOfType(IngestException.class, () -> loader.load(base + "/slow"));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.NETWORK);
        assertThat(e.getMessage()).contains("did not answer within 1 second");
    }

    @Test
    void saysWhenNothingListensAsWhenOffline() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        IngestException e = catchThrowableOfType(IngestException.class,
                () -> loader.load("http://127.0.0.1:" + port + "/news"));
        assertThat(e.reason()).isEqualTo(IngestException.Reason.NETWORK);
        assertThat(e.getMessage()).contains("could not connect to 127.0.0.1");
    }

    @Test
    void tellsWebAddressesFromFileNames() {
        assertThat(WebPageLoader.isWebAddress("https://example.org/a")).isTrue();
        assertThat(WebPageLoader.isWebAddress("HTTP://example.org")).isTrue();
        assertThat(WebPageLoader.isWebAddress("example.org/a.html")).isFalse();
        assertThat(WebPageLoader.isWebAddress("/tmp/https://x")).isFalse();
        assertThat(WebPageLoader.isWebAddress(Path.of("page.html").toString())).isFalse();
    }
}
