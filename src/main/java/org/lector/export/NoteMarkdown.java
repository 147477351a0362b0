package org.lector.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A reader's note made safe to put in a Markdown file, kept as Markdown. A note may come from elsewhere (an import),
 * so it is read with a CommonMark parser and defused where a renderer would act on it: an image becomes a plain link
 * (no renderer loads it on its own, so it cannot be a tracker), a link or link definition to anything but a
 * web or mail address ({@code javascript:}, {@code data:}, {@code file:}, ...) becomes text, and raw HTML and
 * character references are escaped.
 */
final class NoteMarkdown {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private NoteMarkdown() {
    }

    static String inert(String md) {
        String s = md.strip();
        for (int round = 0; round < 3; round++) {
            List<Integer> escapes = unsafeStarts(s);
            if (escapes.isEmpty()) {
                return s.replace("&", "\\&").replace("<", "\\<");
            }
            StringBuilder b = new StringBuilder(s);
            escapes.stream().sorted((x, y) -> Integer.compare(y, x)).distinct().forEach(i -> b.insert((int) i, "\\"));
            s = b.toString();
        }
        // Something still parses as a link or image after three rounds: show the note as plain text instead.
        StringBuilder plain = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            plain.append(Escape.markdownInline(line)).append('\n');
        }
        return plain.toString().strip();
    }

    /** Where a backslash defuses an image or an unsafe link: before its {@code !} or its {@code [}. */
    private static List<Integer> unsafeStarts(String md) {
        List<Integer> out = new ArrayList<>();
        PARSER.parse(md).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                start(image);
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                if (!safe(link.getDestination())) {
                    start(link);
                }
                visitChildren(link);
            }

            @Override
            public void visit(LinkReferenceDefinition definition) {
                if (!safe(definition.getDestination())) {
                    start(definition);
                }
            }

            private void start(Node node) {
                if (!node.getSourceSpans().isEmpty()) {
                    int at = node.getSourceSpans().get(0).getInputIndex();
                    // a definition may be indented: the backslash goes before its '['
                    while (at < md.length() && md.charAt(at) == ' ') {
                        at++;
                    }
                    out.add(at);
                }
            }
        });
        return out;
    }

    private static boolean safe(String destination) {
        String d = destination.strip().toLowerCase(Locale.ROOT);
        return Escape.isWebUrl(destination) || d.startsWith("mailto:") && d.length() > 7;
    }
}
