package org.lector.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;

/**
 * Reads a Markdown article by walking commonmark's syntax tree, so the text is what a reader of the rendered page
 * sees, without markup.
 *
 * <p><b>Text:</b> paragraphs (soft line breaks as spaces, hard ones as line breaks), headings, block quotes (their
 * text, without {@code >}), code blocks (verbatim) and HTML blocks (tags stripped) each form a paragraph; paragraphs
 * are separated by blank lines. A list is one paragraph with one line per item: bullet items start with
 * "{@code • }", ordered items with their number ("{@code 3. }"), nested items are indented two spaces per level, so
 * the reader still sees a list. Emphasis markup and inline HTML tags go; link text stays and its URL goes; images
 * go with their alt text, which would interrupt sentences.
 *
 * <p><b>Front matter:</b> a YAML block ({@code ---} ... {@code ---}) at the start is not shown; its {@code title:}
 * and {@code date:} are used. A front-matter title is put at the top of the text, as for HTML, unless the text
 * already starts with it. <b>Title:</b> front-matter title, else the first level-1 heading, else the file name.
 *
 * <p><b>Bounded work:</b> commonmark's parser is linear on ordinary Markdown but not on every input: a line that
 * opens 50,000 block quotes or lists, or a paragraph of 50,000 links each followed by an unclosed {@code [}, took
 * it from seconds to minutes (each link walks back over every bracket before it). So before parsing, a line's
 * container prefix ({@code >}, list markers, indentation) is kept to its last {@value #MAX_PREFIX} characters,
 * which caps nesting far beyond any real document, and a paragraph is ended (a blank line put in) every
 * {@value #MAX_PARAGRAPH} characters. The syntax tree's inlines are walked without recursion, as emphasis can
 * nest as deep as a line is long; blocks nest at most {@value #MAX_PREFIX} deep after the cap.
 */
public final class MarkdownReader {

    private static final Parser PARSER = Parser.builder().build();

    /** The longest container prefix (quote markers, list markers, indentation) a line keeps. */
    static final int MAX_PREFIX = 200;

    /** The parser thread's stack: enough for the deepest emphasis a bounded paragraph can nest. */
    private static final long PARSER_STACK_BYTES = 256L << 20;

    /** A paragraph of the source longer than this is ended with a blank line. */
    static final int MAX_PARAGRAPH = 100_000;

    /**
     * @param bytes    the file's bytes
     * @param source   the path or URL as given, stored as {@link Document#source()}
     * @param fileName the file's name, for the title fallback and messages
     */
    public Document read(byte[] bytes, String source, String fileName) throws IngestException {
        DetectedText decoded = Ingest.decode(bytes, fileName, null);
        String markdown = TextNormalizer.normalize(decoded.text());
        Map<String, String> frontMatter = new LinkedHashMap<>();
        markdown = stripFrontMatter(markdown, frontMatter);

        Node root = parse(bounded(markdown));
        BlockCollector collector = new BlockCollector();
        root.accept(collector);
        List<String> blocks = collector.blocks;

        if (blocks.isEmpty()) {
            throw Ingest.empty(fileName, "contains no text");
        }
        String title = Ingest.cleanTitle(frontMatter.get("title"));
        if (title != null) {
            if (blocks.isEmpty() || !blocks.get(0).equals(title)) {
                blocks.add(0, title);
            }
        } else {
            title = collector.firstH1 != null ? collector.firstH1 : Ingest.titleFromFileName(fileName);
        }
        String text = TextNormalizer.normalize(String.join("\n\n", blocks));
        LocalDate date = Ingest.parseDate(frontMatter.get("date"));
        return Ingest.document(title, text, source, DocumentFormat.MARKDOWN, decoded.charset(), date);
    }

    /**
     * Parses on a thread of its own with a large stack: commonmark's inline parser recurses once per level of
     * nested emphasis ({@code *a *a ... a* a*}), which a paragraph of {@value #MAX_PARAGRAPH} characters can nest
     * tens of thousands deep, past an ordinary thread's stack. The stack is reserved, not used, unless the text
     * needs it.
     */
    static Node parse(String markdown) {
        Node[] root = new Node[1];
        Throwable[] failure = new Throwable[1];
        Thread parser = new Thread(null, () -> {
            try {
                root[0] = PARSER.parse(markdown);
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        }, "lector-markdown", PARSER_STACK_BYTES);
        parser.start();
        boolean interrupted = false;
        while (true) {
            try {
                parser.join();
                break;
            } catch (InterruptedException e) {
                // The parser cannot be stopped half way; the loader sees the interrupt once it is done.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] instanceof Error error) {
            throw error;
        }
        return root[0];
    }

    /**
     * {@code markdown} with every line's container prefix cut to its last {@value #MAX_PREFIX} characters (at a
     * marker's edge) and a blank line put in wherever a paragraph would grow past {@value #MAX_PARAGRAPH}
     * characters (inside a line, after a space where there is one). Ordinary Markdown comes back as it was.
     */
    static String bounded(String markdown) {
        StringBuilder out = null;
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart < markdown.length()) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? markdown.length() : lineEnd + 1;
            int prefix = prefixEnd(markdown, lineStart, lineEnd);
            boolean blank = markdown.substring(lineStart, lineEnd).isBlank();
            boolean longPrefix = prefix - lineStart > MAX_PREFIX;
            boolean longParagraph = !blank && paragraph + (lineEnd - lineStart) > MAX_PARAGRAPH;
            if ((longPrefix || longParagraph) && out == null) {
                out = new StringBuilder(markdown.length() + 64).append(markdown, 0, lineStart);
            }
            if (out != null) {
                int keepFrom = longPrefix ? prefixCut(markdown, lineStart, prefix) : lineStart;
                if (longParagraph && paragraph > 0) {
                    out.append('\n');
                    paragraph = 0;
                }
                // A single line longer than a paragraph may be: cut it into paragraphs too.
                int at = keepFrom;
                while (lineEnd - at > MAX_PARAGRAPH) {
                    int cut = markdown.lastIndexOf(' ', at + MAX_PARAGRAPH);
                    if (cut <= at) {
                        cut = at + MAX_PARAGRAPH;
                        if (Character.isLowSurrogate(markdown.charAt(cut))) {
                            cut--;
                        }
                    }
                    out.append(markdown, at, cut).append("\n\n");
                    at = cut;
                }
                out.append(markdown, at, lineEnd);
            }
            paragraph = blank ? 0 : paragraph + (lineEnd - lineStart);
            lineStart = lineEnd;
        }
        return out != null ? out.toString() : markdown;
    }

    /** The end of a line's run of block-container syntax: spaces, tabs, {@code >} and list markers. */
    private static int prefixEnd(String s, int from, int to) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '>') {
                i++;
            } else if ((c == '-' || c == '+' || c == '*') && (i + 1 >= to || s.charAt(i + 1) == ' '
                    || s.charAt(i + 1) == '\t' || s.charAt(i + 1) == '\n')) {
                i++;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < to && j - i < 9 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                if (j + 1 < to && (s.charAt(j) == '.' || s.charAt(j) == ')')
                        && (s.charAt(j + 1) == ' ' || s.charAt(j + 1) == '\t')) {
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return i;
    }

    /** Where a long prefix is cut: {@value #MAX_PREFIX} characters before its end, moved back off a number. */
    private static int prefixCut(String s, int lineStart, int prefixEnd) {
        int cut = prefixEnd - MAX_PREFIX;
        while (cut > lineStart && Character.isDigit(s.charAt(cut))) {
            cut--;
        }
        return cut;
    }

    /**
     * Removes a leading YAML front-matter block, putting its simple {@code key: value} lines into {@code into}
     * (keys lower-cased, quotes removed). Nested YAML is ignored: only title and date are needed.
     */
    static String stripFrontMatter(String markdown, Map<String, String> into) {
        if (!markdown.startsWith("---\n")) {
            return markdown;
        }
        int lineStart = 4;
        while (lineStart <= markdown.length()) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = markdown.length();
            }
            String line = markdown.substring(lineStart, lineEnd);
            if (line.strip().equals("---") || line.strip().equals("...")) {
                return markdown.substring(Math.min(markdown.length(), lineEnd + 1));
            }
            int colon = line.indexOf(':');
            if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
                String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                into.putIfAbsent(key, unquote(line.substring(colon + 1).strip()));
            }
            lineStart = lineEnd + 1;
        }
        // No closing fence: it was a thematic break, not front matter.
        into.clear();
        return markdown;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** Visits block nodes, turning each into a paragraph of plain text. */
    private static final class BlockCollector extends AbstractVisitor {
        final List<String> blocks = new ArrayList<>();
        String firstH1;

        @Override
        public void visit(Paragraph paragraph) {
            add(inline(paragraph));
        }

        @Override
        public void visit(Heading heading) {
            String text = inline(heading);
            if (heading.getLevel() == 1 && firstH1 == null) {
                firstH1 = Ingest.cleanTitle(text);
            }
            add(text);
        }

        @Override
        public void visit(BlockQuote blockQuote) {
            visitChildren(blockQuote);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            add(code.getLiteral().stripTrailing());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            add(code.getLiteral().stripTrailing());
        }

        @Override
        public void visit(HtmlBlock html) {
            add(Jsoup.parseBodyFragment(html.getLiteral()).body().text());
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            // A visual separator only.
        }

        @Override
        public void visit(BulletList list) {
            add(String.join("\n", listLines(list, 0)));
        }

        @Override
        public void visit(OrderedList list) {
            add(String.join("\n", listLines(list, 0)));
        }

        private void add(String block) {
            if (!block.isBlank()) {
                blocks.add(block.strip());
            }
        }

        private static List<String> listLines(ListBlock list, int depth) {
            List<String> lines = new ArrayList<>();
            String indent = "  ".repeat(depth);
            int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                    ? ordered.getMarkerStartNumber() : 1;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                String marker = list instanceof OrderedList ? (number++) + ". " : "\u2022 ";
                boolean first = true;
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof ListBlock nested) {
                        lines.addAll(listLines(nested, depth + 1));
                        continue;
                    }
                    BlockCollector inner = new BlockCollector();
                    child.accept(inner);
                    for (String block : inner.blocks) {
                        for (String line : block.split("\n")) {
                            lines.add(indent + (first ? marker : " ".repeat(marker.length())) + line);
                            first = false;
                        }
                    }
                }
                if (first) {
                    lines.add(indent + marker.strip());
                }
            }
            return lines;
        }

        private static String inline(Node node) {
            InlineText inline = new InlineText();
            // Depth first without recursion: emphasis nests as deep as its line is long ("***...a***...").
            Node n = node.getFirstChild();
            while (n != null) {
                n.accept(inline);
                Node child = n instanceof Image || n instanceof HtmlInline ? null : n.getFirstChild();
                if (child != null) {
                    n = child;
                    continue;
                }
                while (n != null && n != node && n.getNext() == null) {
                    n = n.getParent();
                }
                n = n == null || n == node ? null : n.getNext();
            }
            // Dropped images and inline tags leave doubled spaces behind.
            return inline.text.toString().replaceAll(" {2,}", " ").replaceAll(" ?\n ?", "\n").strip();
        }
    }

    /**
     * Takes the words of one inline node, dropping the markup; its children are visited by {@code inline}, so
     * every container's visit does nothing.
     */
    private static final class InlineText extends AbstractVisitor {

        @Override
        protected void visitChildren(Node parent) {
            // Children are walked by BlockCollector.inline, iteratively.
        }

        final StringBuilder text = new StringBuilder();

        @Override
        public void visit(Text node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(Code code) {
            text.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            text.append('\n');
        }

        @Override
        public void visit(Image image) {
            // Alt text would interrupt the sentence it sits in.
        }

        @Override
        public void visit(HtmlInline html) {
            // Inline HTML in Markdown is a tag, never text.
        }
    }
}
