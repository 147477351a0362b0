package org.lector.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A web server on the loopback address, started by a test, serving pages the test sets (and may change or take
 * away while it runs): no network. Unknown paths answer 404. Close it to go "offline".
 */
public final class LocalPages implements AutoCloseable {

    /** What a path answers. */
    public record Page(int status, String contentType, byte[] body) {
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    public LocalPages() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    /** The address of {@code path} ("/news/storm") on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves {@code html} as a UTF-8 web page at {@code path}. */
    public LocalPages html(String path, String html) {
        return serve(path, new Page(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
    }

    public LocalPages serve(String path, Page page) {
        pages.put(path, page);
        return this;
    }

    /** An article page of a few paragraphs, written for the tests. */
    public static String article(String title, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append(" | The Harbour Gazette</title>")
                .append("<meta property=\"og:site_name\" content=\"The Harbour Gazette\">")
                .append("<meta name=\"author\" content=\"Ann Sample\">")
                .append("<meta property=\"article:published_time\" content=\"2026-11-02T09:00:00Z\">")
                .append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>")
                .append(title).append("</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        return html.append("</article><footer>Contact us</footer></body></html>").toString();
    }

    private void answer(HttpExchange ex) throws IOException {
        Page page = pages.getOrDefault(ex.getRequestURI().getPath(),
                new Page(404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8)));
        ex.getResponseHeaders().add("Content-Type", page.contentType());
        ex.sendResponseHeaders(page.status(), page.body().length == 0 ? -1 : page.body().length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(page.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
