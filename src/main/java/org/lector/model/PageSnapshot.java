package org.lector.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A web page as it was fetched, kept with the article read from it so the article can be reopened offline and read
 * again from the same bytes.
 *
 * @param url         the address the page was finally served from (after redirects)
 * @param contentType the server's {@code Content-Type}, or {@code null}
 * @param fetched     when it was fetched
 * @param bytes       the body as received; not copied, so do not change it
 */
public record PageSnapshot(String url, String contentType, Instant fetched, byte[] bytes) {

    public PageSnapshot {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetched, "fetched");
        Objects.requireNonNull(bytes, "bytes");
    }
}
