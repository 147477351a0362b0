package org.lector.ui.common;

/** Where an article was read from, as the window shows it in a line: a web address or a file's name. */
public final class SourceNames {

    private SourceNames() {
    }

    /** A web page's address without its scheme and {@code www.}; a file's name without its folder. */
    public static String shortName(String source) {
        if (source.matches("(?i)^https?://.*")) {
            return source.replaceFirst("(?i)^https?://(www\\.)?", "");
        }
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash >= 0 ? source.substring(slash + 1) : source;
    }
}
