package org.lector.cli.hostile;

import java.util.Random;

/**
 * Random Markdown and HTML from a small grammar: blocks (paragraphs, headings, lists, quotes, code, tables, raw
 * HTML) holding inlines (words, emphasis, code, links, images, entities, stray delimiters), nested to a random
 * depth, with now and then a token cut in half. Not valid by construction: unbalanced markup is part of the
 * grammar, as it is part of the web.
 */
public final class RandomMarkup {

    private static final String[] WORDS = {"the", "minister", "said", "Berlin", "Maria", "Lopez", "council",
        "\"quote\"", "\u201Ccurly\u201D", "caf\u00e9", "\u4E2D\u6587", "x\u0301", "2021", "50%", "&amp;", "&#9731;",
        "&bogus;", "\u202Eltr", "\u0007", "emoji\uD83D\uDE00"};

    private RandomMarkup() {
    }

    /** About {@code size} characters of random Markdown. */
    public static String markdown(Random r, int size) {
        StringBuilder sb = new StringBuilder(size + 256);
        while (sb.length() < size) {
            mdBlock(sb, r, r.nextInt(6));
            sb.append(r.nextInt(4) == 0 ? "\n" : "\n\n");
        }
        return sb.toString();
    }

    /** About {@code size} characters of random HTML. */
    public static String html(Random r, int size) {
        StringBuilder sb = new StringBuilder(size + 256);
        sb.append(r.nextBoolean() ? "<!DOCTYPE html><html><head><title>" : "<html><title>");
        mdInline(sb, r, 1);
        sb.append("</title></head><body>");
        while (sb.length() < size) {
            htmlBlock(sb, r, r.nextInt(8));
        }
        if (r.nextBoolean()) {
            sb.append("</body></html>");
        }
        return sb.toString();
    }

    private static void mdBlock(StringBuilder sb, Random r, int depth) {
        switch (depth <= 0 ? r.nextInt(3) : r.nextInt(9)) {
            case 0 -> mdInline(sb, r, 3);
            case 1 -> {
                sb.append("#".repeat(1 + r.nextInt(7))).append(' ');
                mdInline(sb, r, 1);
            }
            case 2 -> sb.append("```").append(r.nextBoolean() ? "\ncode\n```" : "\nunclosed code");
            case 3 -> {
                sb.append(r.nextBoolean() ? "> " : ">".repeat(1 + r.nextInt(20)) + " ");
                mdBlock(sb, r, depth - 1);
            }
            case 4 -> {
                for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
                    sb.append("  ".repeat(r.nextInt(depth + 1))).append(r.nextBoolean() ? "- " : (i + 1) + ". ");
                    mdBlock(sb, r, depth - 1);
                    sb.append('\n');
                }
            }
            case 5 -> sb.append("| a | b |\n|---|---|\n| ").append(WORDS[r.nextInt(WORDS.length)]).append(" | |");
            case 6 -> {
                sb.append("<div>");
                mdInline(sb, r, 2);
                sb.append(r.nextBoolean() ? "</div>" : "");
            }
            case 7 -> sb.append("---\n").append(r.nextBoolean() ? "title: x\n---" : "");
            default -> {
                sb.append("    ");
                mdInline(sb, r, 1);
            }
        }
    }

    private static void mdInline(StringBuilder sb, Random r, int depth) {
        for (int i = 0, n = 1 + r.nextInt(12); i < n; i++) {
            switch (depth <= 0 ? 0 : r.nextInt(9)) {
                case 0 -> sb.append(WORDS[r.nextInt(WORDS.length)]);
                case 1 -> wrap(sb, r, depth, "*", "*");
                case 2 -> wrap(sb, r, depth, "**", r.nextBoolean() ? "**" : "");
                case 3 -> wrap(sb, r, depth, "`", r.nextBoolean() ? "`" : "");
                case 4 -> {
                    sb.append('[');
                    mdInline(sb, r, depth - 1);
                    sb.append(r.nextBoolean() ? "](https://example.org/x)" : "]");
                }
                case 5 -> sb.append("![alt](img.png)");
                case 6 -> sb.append("<b>").append(WORDS[r.nextInt(WORDS.length)]);
                case 7 -> sb.append("\\").append("*_`[]<>!".charAt(r.nextInt(8)));
                default -> sb.append(r.nextBoolean() ? "  \n" : "\n");
            }
            sb.append(' ');
        }
    }

    private static void wrap(StringBuilder sb, Random r, int depth, String open, String close) {
        sb.append(open);
        mdInline(sb, r, depth - 1);
        sb.append(close);
    }

    private static final String[] TAGS = {"div", "p", "span", "b", "i", "article", "main", "section", "table",
        "tr", "td", "ul", "li", "blockquote", "pre", "a", "h1", "h2", "script", "style", "nav", "aside", "header",
        "footer", "figure", "template", "svg", "math", "noscript", "iframe"};

    private static void htmlBlock(StringBuilder sb, Random r, int depth) {
        if (depth <= 0 || r.nextInt(4) == 0) {
            for (int i = 0, n = 1 + r.nextInt(10); i < n; i++) {
                sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
            }
            return;
        }
        String tag = TAGS[r.nextInt(TAGS.length)];
        sb.append('<').append(tag);
        switch (r.nextInt(6)) {
            case 0 -> sb.append(" class=\"share social-").append(r.nextInt(9)).append('"');
            case 1 -> sb.append(" id=\"article-body\" itemprop=\"articleBody\"");
            case 2 -> sb.append(" hidden");
            case 3 -> sb.append(" style=\"display:none\" data-x='").append(r.nextInt()).append('\'');
            case 4 -> sb.append(" <!-- broken -->");
            default -> {
            }
        }
        sb.append('>');
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            htmlBlock(sb, r, depth - 1);
            if (r.nextInt(10) == 0) {
                sb.append("<!-- a comment ").append(r.nextBoolean() ? "-->" : "");
            }
        }
        if (r.nextInt(5) != 0) {
            sb.append("</").append(tag).append('>');
        }
    }
}
