package org.lector.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The paragraphs of an article element: each paragraph, heading, list item, block quote, caption, table cell or
 * preformatted block becomes one paragraph of the text. Whitespace inside a paragraph collapses to single spaces;
 * {@code <br>} is a line break and two of them a paragraph break; {@code <pre>} keeps its lines.
 *
 * <p>Left out: navigation ({@code <nav>}), which is never the story. Not repeated: pull quotes, marked so by
 * their class, or a block quote or caption whose words all stand in a longer paragraph of the same article (a
 * quote pulled out of the story, a caption repeating it), and a caption or block quote shown twice. A paragraph
 * of the story itself is never dropped for repeating another (the same paragraph twice in a row is sometimes the
 * page's doing, a slideshow's headline and description, but also a refrain).
 *
 * <p>The walk is jsoup's {@link NodeTraversor}, which is iterative: nesting depth cannot overflow the stack.
 */
final class ArticleText {

    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "caption", "ul", "center", "dialog", "menu", "legend", "output", "picture");
    /** Set apart from the story, so they may repeat it: block quotes, figures and their captions. */
    private static final Set<String> ASIDE_TAGS = Set.of("blockquote", "figure", "figcaption");
    private static final Set<String> SKIPPED_TAGS = Set.of("nav", "script", "style", "noscript", "template", "svg", "canvas",
            "button", "select", "textarea", "input", "iframe", "object", "embed");
    private static final Pattern PULL_QUOTE = Pattern.compile("(?i)pull-?quote|pullout|pull_quote");
    private static final Pattern INLINE_SPACE = Pattern.compile("[ \\t\\n\\x0B\\f\\r]+");
    private static final Pattern LINE_SPACE = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    /** A pulled quote or caption worth checking is at least a short sentence and at most a few. */
    private static final int REPEAT_MIN_LENGTH = 20;
    private static final int REPEAT_MAX_LENGTH = 600;
    /** Past this many paragraphs the repeat check (each against each) is skipped. */
    private static final int REPEAT_MAX_BLOCKS = 1_000;

    /** One paragraph, and whether it was set apart from the story (a block quote or caption). */
    private record Block(String text, boolean aside) {
    }

    private ArticleText() {
    }

    /** The paragraphs of {@code root}, in order. */
    static List<String> blocks(Element root) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] asideDepth = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(INLINE_SPACE.matcher(text.getWholeText()).replaceAll(" "));
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String tag = element.normalName();
                if (SKIPPED_TAGS.contains(tag) || (node != root && PULL_QUOTE.matcher(element.className()).find())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    current.append('\n');
                    return FilterResult.CONTINUE;
                }
                if (tag.equals("pre")) {
                    flush(current, blocks, asideDepth[0] > 0);
                    String pre = element.wholeText().strip();
                    if (!pre.isEmpty()) {
                        blocks.add(new Block(pre, asideDepth[0] > 0));
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCK_TAGS.contains(tag)) {
                    flush(current, blocks, asideDepth[0] > 0);
                }
                if (ASIDE_TAGS.contains(tag)) {
                    asideDepth[0]++;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (BLOCK_TAGS.contains(tag)) {
                        flush(current, blocks, asideDepth[0] > 0);
                    }
                    if (ASIDE_TAGS.contains(tag)) {
                        asideDepth[0]--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(current, blocks, false);
        return withoutRepeats(blocks);
    }

    /**
     * Ends the paragraph being gathered: each line's whitespace collapsed, lines kept (they came from
     * {@code <br>}), and an empty line, from two {@code <br>}s, starting a new paragraph.
     */
    private static void flush(StringBuilder current, List<Block> blocks, boolean aside) {
        if (current.isEmpty()) {
            return;
        }
        StringBuilder paragraph = new StringBuilder();
        for (String line : current.toString().split("\n", -1)) {
            String collapsed = LINE_SPACE.matcher(line).replaceAll(" ").strip();
            if (collapsed.isEmpty()) {
                if (!paragraph.isEmpty()) {
                    blocks.add(new Block(paragraph.toString(), aside));
                    paragraph.setLength(0);
                }
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append('\n');
                }
                paragraph.append(collapsed);
            }
        }
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(paragraph.toString(), aside));
        }
        current.setLength(0);
    }

    /**
     * Drops a block quote or caption that repeats an earlier paragraph word for word (a caption shown twice, once
     * in a slideshow), or whose words all stand inside a longer paragraph of the story (a pull quote).
     */
    private static List<String> withoutRepeats(List<Block> blocks) {
        List<String> out = new ArrayList<>(blocks.size());
        Set<String> earlier = new HashSet<>();
        boolean check = blocks.size() <= REPEAT_MAX_BLOCKS;
        for (Block b : blocks) {
            boolean repeated = !earlier.add(b.text());
            if (b.aside() && b.text().length() >= REPEAT_MIN_LENGTH && (repeated
                    || (check && b.text().length() <= REPEAT_MAX_LENGTH && repeatsStory(b, blocks)))) {
                continue;
            }
            out.add(b.text());
        }
        return out;
    }

    private static boolean repeatsStory(Block block, List<Block> blocks) {
        for (Block other : blocks) {
            if (!other.aside() && other.text().length() >= block.text().length()
                    && other.text().contains(block.text())) {
                return true;
            }
        }
        return false;
    }
}
