package org.lector.export;

/** Escaping for the text formats; every piece of article or reader text passes through one of these. */
final class Escape {

    private Escape() {
    }

    /**
     * HTML text and attribute values: the five significant characters escaped, and every code point HTML forbids
     * (NUL and the other controls but whitespace, DEL, the C1 controls, noncharacters, lone surrogates) shown as
     * U+FFFD, which is what a browser would show for them anyway.
     */
    static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        html(s, 0, s.length(), b);
        return b.toString();
    }

    static void html(String s, int from, int to, StringBuilder b) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                        int cp = Character.toCodePoint(c, s.charAt(++i));
                        if (isNonCharacter(cp)) {
                            b.append('\uFFFD');
                        } else {
                            b.append(c).append(s.charAt(i));
                        }
                    } else if (forbiddenInHtml(c)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
    }

    /** A UTF-16 unit HTML forbids on its own: a control other than whitespace, a noncharacter, a lone surrogate. */
    private static boolean forbiddenInHtml(char c) {
        boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' || c >= 0x7f && c <= 0x9f;
        return control || isNonCharacter(c) || Character.isSurrogate(c);
    }

    /** U+FDD0..U+FDEF and the last two code points of every plane. */
    static boolean isNonCharacter(int cp) {
        return cp >= 0xfdd0 && cp <= 0xfdef || (cp & 0xfffe) == 0xfffe;
    }

    /**
     * Inline Markdown: whitespace collapsed to single spaces, and every character that CommonMark, GFM or Obsidian
     * would read as markup backslash-escaped (emphasis, links, raw HTML, entities, tables, tags, math, highlights,
     * comments, block references), plus what starts a block at the beginning of a line. The result reads as plain
     * text and renders as exactly the original characters.
     */
    static String markdownInline(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        StringBuilder b = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '$', '#', '=', '^', '{', '}' ->
                        b.append('\\').append(c);
                case '%' -> {
                    boolean doubled = i + 1 < t.length() && t.charAt(i + 1) == '%'
                            || i > 0 && t.charAt(i - 1) == '%';
                    b.append(doubled ? "\\%" : "%");
                }
                case '-', '+' -> b.append(i == 0 ? "\\" : "").append(c);
                case '.', ')' -> {
                    // "1." or "1)" at the start would open an ordered list.
                    boolean listMarker = i > 0 && allDigits(t, 0, i);
                    b.append(listMarker ? "\\" : "").append(c);
                }
                case '!' -> b.append(i + 1 < t.length() && t.charAt(i + 1) == '[' ? "\\!" : "!");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A YAML double-quoted scalar. Everything outside YAML's printable set (C0 and C1 controls, DEL, U+FFFE,
     * U+FFFF, lone surrogates), the characters a YAML reader takes as line breaks or a byte order mark, and the
     * controls that override or embed a direction (which would make the line read as something else in an editor)
     * are written as escapes, so any title reads back exactly.
     */
    static String yaml(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029 || c == 0xfeff
                            || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                            || c == 0xfffe || c == 0xffff || Character.isSurrogate(c) && !validPair(s, i)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /**
     * Only well-formed http and https URLs become links: the scheme, then {@code //} and a host, a port in range,
     * and nothing that RFC 3986 does not allow (no spaces, quotes or angle brackets). Anything else is shown as text.
     */
    static boolean isWebUrl(String url) {
        String u = url.strip();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(u);
            return uri.getHost() != null && !uri.getHost().isEmpty() && uri.getPort() <= 65_535
                    && u.chars().noneMatch(ch -> ch == '"' || ch == '\'' || ch == '`' || ch == '<' || ch == '>');
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
