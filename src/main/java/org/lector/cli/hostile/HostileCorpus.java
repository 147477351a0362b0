package org.lector.cli.hostile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The files of issue 21's table, each made by a small generator at a chosen scale: 1 is the size the issue
 * measured, a smaller scale shrinks only the rows whose cost is their size (a 10 MB line becomes a shorter line)
 * and keeps the rows whose cost is their structure (10,000 nested {@code <div>}s is 60 kB) at full depth, so the
 * test suite still meets every recursion the full-size run does.
 *
 * <p>Everything is generated from a fixed seed: the same scale gives the same bytes.
 */
public final class HostileCorpus {

    /** What a row is expected to end with. */
    public enum Expect {
        /** An analysis (exit 0). */
        RESULT,
        /** One sentence naming the file (exit 2) or an analysis; which depends on the reader. */
        RESULT_OR_REFUSAL,
        /** A long run that shows its progress and ends with an analysis. */
        LONG_RESULT
    }

    /**
     * One row of the table.
     *
     * @param name        a short stable name, also the file's base name
     * @param extension   the file's extension, which picks the reader
     * @param description what the file holds at scale 1, as the table says it
     * @param scaled      whether a scale below 1 shrinks it
     * @param expect      how it must end
     */
    public record Row(String name, String extension, String description, boolean scaled, Expect expect,
                      Generator generator) {

        /** The file's name. */
        public String fileName() {
            return name + "." + extension;
        }

        /** Writes the file into {@code dir} at {@code scale} and returns its path. */
        public Path write(Path dir, double scale) throws IOException {
            Path file = dir.resolve(fileName());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                generator.write(out, scaled ? scale : 1.0, new Random(name.hashCode()));
            }
            return file;
        }
    }

    /** Writes one file's bytes. */
    @FunctionalInterface
    public interface Generator {
        void write(OutputStream out, double scale, Random random) throws IOException;
    }

    private static final String[] PEOPLE = {"Maria Lopez", "John Okafor", "Chen Wei", "Anna Petrova", "David Cohen",
        "Fatima Khan", "Lars Nilsson", "Sofia Rossi", "Kwame Mensah", "Emily Clarke"};
    private static final String[] PLACES = {"Berlin", "Lagos", "Toronto", "Kyiv", "Lima", "Osaka", "Nairobi",
        "Madrid", "Chicago", "Jakarta"};
    private static final String[] ORGS = {"the United Nations", "the city council", "Reuters", "the World Bank",
        "Airbus", "the Red Cross", "the European Union", "General Motors"};
    private static final String[] VERBS = {"said", "told reporters", "announced", "added", "warned"};
    private static final String[] DAYS = {"on Monday", "on Tuesday", "last week", "in March", "on 3 May 2021"};

    private static final List<Row> ROWS = List.of(
            // HTML structure
            row("html-div-10k", "html", "HTML with 10,000 nested <div>s", false, Expect.RESULT_OR_REFUSAL,
                    (out, s, r) -> nested(out, "<div>", "</div>", 10_000, true)),
            row("html-b-100k-closed", "html", "HTML with 100,000 nested <b>s, closed", false,
                    Expect.RESULT_OR_REFUSAL, (out, s, r) -> nested(out, "<b>", "</b>", 100_000, true)),
            row("html-b-100k-open", "html", "HTML with 100,000 nested <b>s, never closed", false,
                    Expect.RESULT_OR_REFUSAL, (out, s, r) -> nested(out, "<b>", "</b>", 100_000, false)),
            row("html-table-20k", "html", "HTML with 20,000 nested tables", false, Expect.RESULT_OR_REFUSAL,
                    (out, s, r) -> nested(out, "<table><tr><td>", "</td></tr></table>", 20_000, true)),
            row("html-p-300k", "html", "HTML with 300,000 paragraphs", true, Expect.LONG_RESULT,
                    (out, s, r) -> {
                        try (Writer w = writer(out)) {
                            w.write("<!DOCTYPE html><html><head><title>Many paragraphs</title></head><body><article>");
                            for (int i = 0, n = count(300_000, s); i < n; i++) {
                                w.write("<p>");
                                w.write(sentence(r));
                                w.write("</p>\n");
                            }
                            w.write("</article></body></html>");
                        }
                    }),
            // Markdown structure
            row("md-quote-50k", "md", "Markdown with 50,000 nested >", false, Expect.RESULT,
                    (out, s, r) -> ascii(out, "# Quoted\n\n" + ">".repeat(50_000) + " The innermost quote.\n")),
            row("md-list-items-3k", "md", "Markdown with 3,000 nested list items", false, Expect.RESULT,
                    (out, s, r) -> {
                        try (Writer w = writer(out)) {
                            w.write("# Nested lists\n\n");
                            for (int i = 0; i < 3_000; i++) {
                                w.write("  ".repeat(i));
                                w.write("- item " + i + "\n");
                            }
                        }
                    }),
            row("md-list-markers-50k", "md", "Markdown with 50,000 nested list markers", false, Expect.RESULT,
                    (out, s, r) -> ascii(out, "# Markers\n\n" + "- ".repeat(50_000) + "the item\n")),
            row("md-emphasis-100k", "md", "Markdown with 100,000 * emphasis runs", true, Expect.RESULT,
                    (out, s, r) -> {
                        try (Writer w = writer(out)) {
                            w.write("# Emphasis\n\n");
                            for (int i = 0, n = count(100_000, s); i < n; i++) {
                                // Openers that never close, and now and then a pair: the delimiter stack's worst case.
                                w.write(i % 3 == 0 ? "*word* " : i % 3 == 1 ? "**word " : "*word ");
                            }
                            w.write("\n");
                        }
                    }),
            row("md-backticks-100k", "md", "Markdown with 100,000 backticks", true, Expect.RESULT,
                    (out, s, r) -> {
                        try (Writer w = writer(out)) {
                            w.write("# Code spans\n\n");
                            // Backtick strings of every length up to ~450, none closed: each opener looks for its
                            // closer.
                            int total = count(100_000, s);
                            for (int k = 1; total > 0; k++) {
                                w.write("`".repeat(Math.min(k, total)));
                                w.write("a ");
                                total -= k;
                            }
                            w.write("\n");
                        }
                    }),
            row("md-links-50k", "md", "Markdown with 50,000 [..](..) links", true, Expect.RESULT,
                    (out, s, r) -> {
                        try (Writer w = writer(out)) {
                            w.write("# Links\n\n");
                            for (int i = 0, n = count(50_000, s); i < n; i++) {
                                w.write("[link " + i + "](https://example.org/" + i + ") and [unclosed ");
                            }
                            w.write("\n");
                        }
                    }),
            row("md-front-matter-open", "md", "Markdown with a front matter that never closes", true, Expect.RESULT,
                    (out, s, r) -> {
                        try (Writer w = writer(out)) {
                            w.write("---\ntitle: Never closed\n");
                            for (int i = 0, n = count(200_000, s); i < n; i++) {
                                w.write("key" + i + ": value " + i + "\n");
                            }
                        }
                    }),
            // Plain text sizes and shapes
            row("txt-line-10mb", "txt", "one 10 MB line of sentences", true, Expect.RESULT,
                    (out, s, r) -> {
                        try (Writer w = writer(out)) {
                            for (long n = 0, max = bytes(10_000_000, s); n < max; ) {
                                String x = sentence(r) + " ";
                                w.write(x);
                                n += x.length();
                            }
                        }
                    }),
            row("txt-line-10mb-nopunct", "txt", "one 10 MB line without punctuation", true, Expect.RESULT,
                    (out, s, r) -> {
                        try (Writer w = writer(out)) {
                            for (long n = 0, max = bytes(10_000_000, s); n < max; ) {
                                String x = sentence(r).replaceAll("[^\\p{L}\\p{N} ]", "") + " ";
                                w.write(x);
                                n += x.length();
                            }
                        }
                    }),
            row("txt-word-100k", "txt", "one 100,000-character word", false, Expect.RESULT,
                    (out, s, r) -> ascii(out, "A long word\n\nThe word is " + "a".repeat(100_000) + " and it ends.\n")),
            row("txt-word-25k", "txt", "a single 25,000-character word", false, Expect.RESULT,
                    (out, s, r) -> ascii(out, "w".repeat(25_000))),
            row("txt-mixed-word-1mb", "txt", "a 1 MB \"word\" of mixed characters", true, Expect.RESULT,
                    (out, s, r) -> {
                        try (Writer w = writer(out)) {
                            w.write(mixedRun((int) bytes(1_000_000, s) / 2, r));
                        }
                    }),
            row("txt-lines-200k", "txt", "200,000 short lines", true, Expect.RESULT,
                    (out, s, r) -> {
                        try (Writer w = writer(out)) {
                            for (int i = 0, n = count(200_000, s); i < n; i++) {
                                w.write("line " + i + " of " + PLACES[i % PLACES.length] + "\n");
                            }
                        }
                    }),
            row("txt-baseline-1mb", "txt", "1 MB of the same ordinary text (the baseline for time and memory)", true,
                    Expect.RESULT, (out, s, r) -> prose(out, bytes(1_000_000, s), r, false)),
            row("txt-50mib", "txt", "exactly 50 MiB of text (the largest file Lector opens)", true,
                    Expect.LONG_RESULT, (out, s, r) -> prose(out, bytes(50L << 20, s), r, true)),
            row("txt-49mb", "txt", "49 MB of ordinary text", true, Expect.LONG_RESULT,
                    (out, s, r) -> prose(out, bytes(49_000_000, s), r, false)),
            // Quotation marks
            row("txt-straight-quotes-100k", "txt", "100,000 straight \" marks", true, Expect.RESULT,
                    (out, s, r) -> ascii(out, "Quotes\n\n" + "\" ".repeat(count(100_000, s)) + "\n")),
            row("txt-quoted-words-100k", "txt", "100,000 words with quotes", true, Expect.RESULT,
                    (out, s, r) -> {
                        try (Writer w = writer(out)) {
                            w.write("Quoted words\n\n");
                            for (int i = 0, n = count(100_000, s); i < n; i++) {
                                w.write(i % 2 == 0 ? "\"word " : "word\" ");
                            }
                        }
                    }),
            row("txt-curly-quotes-100k", "txt", "100,000 curly quotes", true, Expect.RESULT,
                    (out, s, r) -> {
                        try (Writer w = writer(out)) {
                            w.write("Curly quotes\n\n");
                            for (int i = 0, n = count(100_000, s); i < n; i++) {
                                w.write(i % 2 == 0 ? "\u201C" : "\u201D");
                                w.write(i % 7 == 0 ? " " : "");
                            }
                        }
                    }),
            row("txt-quotes-10k", "txt", "10,000 quotation marks in prose", true, Expect.RESULT,
                    (out, s, r) -> quotedProse(out, count(5_000, s), r)),
            row("txt-quotes-30k", "txt", "30,000 quotation marks in prose", true, Expect.RESULT,
                    (out, s, r) -> quotedProse(out, count(15_000, s), r)),
            row("txt-article-30k-quotes", "txt", "a 2 MB article with 30,000 quotes", true, Expect.RESULT,
                    (out, s, r) -> quotedProse(out, count(30_000, s), r)),
            // Unicode
            row("txt-marks-no-base", "txt", "combining marks with no base letters", true, Expect.RESULT,
                    (out, s, r) -> {
                        try (Writer w = writer(out)) {
                            w.write("Marks\n\n");
                            for (int i = 0, n = count(200_000, s); i < n; i++) {
                                w.write(i % 2 == 0 ? '\u0301' : '\u0323');
                            }
                        }
                    }),
            row("txt-marks-20k", "txt", "20,000 marks after a letter", false, Expect.RESULT,
                    (out, s, r) -> ascii(out, "Marks\n\nA letter e" + "\u0301".repeat(20_000) + " with its marks.\n")),
            // Charsets
            row("html-utf16-lie", "html", "a page declaring utf-16 over Latin-1 bytes", false, Expect.RESULT,
                    (out, s, r) -> out.write(("<!DOCTYPE html><html><head><meta charset=\"utf-16\">"
                            + "<title>Caf\u00e9 news</title></head><body><article><h1>Caf\u00e9 news</h1><p>The caf\u00e9"
                            + " on the square reopened on Monday, the owner said, after a year of repairs.</p>"
                            + "</article></body></html>").getBytes(StandardCharsets.ISO_8859_1))),
            row("txt-mixed-utf8-latin1", "txt", "mixed UTF-8 and Latin-1", false, Expect.RESULT,
                    (out, s, r) -> {
                        out.write("Caf\u00e9 society\n\nThe caf\u00e9 in M\u00fcnchen opened. "
                                .getBytes(StandardCharsets.UTF_8));
                        out.write("A second caf\u00e9 in Z\u00fcrich followed on Monday.\n"
                                .getBytes(StandardCharsets.ISO_8859_1));
                    }),
            // Noise
            row("random-bytes", "txt", "random bytes", true, Expect.RESULT_OR_REFUSAL,
                    (out, s, r) -> {
                        byte[] b = new byte[(int) bytes(1_000_000, s)];
                        r.nextBytes(b);
                        out.write(b);
                    }),
            row("random-markdown", "md", "random Markdown from a grammar", true, Expect.RESULT_OR_REFUSAL,
                    (out, s, r) -> {
                        try (Writer w = writer(out)) {
                            w.write(RandomMarkup.markdown(r, (int) bytes(1_000_000, s)));
                        }
                    }),
            row("random-html", "html", "random HTML from a grammar", true, Expect.RESULT_OR_REFUSAL,
                    (out, s, r) -> {
                        try (Writer w = writer(out)) {
                            w.write(RandomMarkup.html(r, (int) bytes(1_000_000, s)));
                        }
                    }));

    private HostileCorpus() {
    }

    /** Every row, in the table's order. */
    public static List<Row> rows() {
        return ROWS;
    }

    /** The row called {@code name}. */
    public static Row row(String name) {
        return ROWS.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no hostile row " + name));
    }

    /** A file name that carries ANSI escape sequences (clear the screen, turn red), as a hostile user names one. */
    public static String ansiFileName() {
        return "\u001B[2J\u001B[31mred-alert\u001B[0m.txt";
    }

    private static Row row(String name, String extension, String description, boolean scaled, Expect expect,
                           Generator generator) {
        return new Row(name, extension, description, scaled, expect, generator);
    }

    private static int count(int full, double scale) {
        return (int) Math.max(1, Math.round(full * scale));
    }

    private static long bytes(long full, double scale) {
        return Math.max(1_000, Math.round(full * scale));
    }

    private static Writer writer(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    private static void ascii(OutputStream out, String text) throws IOException {
        try (Writer w = writer(out)) {
            w.write(text);
        }
    }

    private static void nested(OutputStream out, String open, String close, int depth, boolean closed)
            throws IOException {
        try (Writer w = writer(out)) {
            w.write("<!DOCTYPE html><html><head><title>Nested</title></head><body>");
            for (int i = 0; i < depth; i++) {
                w.write(open);
            }
            w.write("The text at the bottom of the nest has enough words to be kept as the article's paragraph.");
            if (closed) {
                for (int i = 0; i < depth; i++) {
                    w.write(close);
                }
            }
            w.write("</body></html>");
        }
    }

    /** Ordinary news prose: sentences with names, places, organisations, dates, numbers and some quotes. */
    static String sentence(Random r) {
        String who = PEOPLE[r.nextInt(PEOPLE.length)];
        String where = PLACES[r.nextInt(PLACES.length)];
        String org = ORGS[r.nextInt(ORGS.length)];
        String when = DAYS[r.nextInt(DAYS.length)];
        return switch (r.nextInt(5)) {
            case 0 -> who + " " + VERBS[r.nextInt(VERBS.length)] + " in " + where + " " + when + " that " + org
                    + " would spend " + (r.nextInt(900) + 100) + " million dollars on new schools.";
            case 1 -> "\"We will not stop until the work is done,\" " + who + " said in " + where + ".";
            case 2 -> "About " + (r.nextInt(90) + 10) + " percent of the people of " + where + " voted " + when + ".";
            case 3 -> org.substring(0, 1).toUpperCase() + org.substring(1) + " opened an office in " + where
                    + " " + when + ", " + (r.nextInt(50) + 2) + " years after its first.";
            default -> "The weather in " + where + " was mild, and the markets were calm " + when + ".";
        };
    }

    private static void prose(OutputStream out, long size, Random r, boolean exact) throws IOException {
        long written = 0;
        StringBuilder paragraph = new StringBuilder();
        int title = 0;
        while (written < size) {
            paragraph.setLength(0);
            if (title++ % 40 == 0) {
                paragraph.append("Chapter ").append(title / 40 + 1).append("\n\n");
            }
            for (int k = 0, n = 3 + r.nextInt(5); k < n; k++) {
                paragraph.append(sentence(r)).append(k + 1 < n ? " " : "\n\n");
            }
            byte[] b = paragraph.toString().getBytes(StandardCharsets.UTF_8);
            int n = exact ? (int) Math.min(b.length, size - written) : b.length;
            out.write(b, 0, n);
            written += n;
        }
    }

    private static void quotedProse(OutputStream out, int quotes, Random r) throws IOException {
        try (Writer w = writer(out)) {
            w.write("Who said what\n\n");
            for (int i = 0; i < quotes; i++) {
                String who = PEOPLE[r.nextInt(PEOPLE.length)];
                w.write("\"The plan for the new bridge is " + (i % 2 == 0 ? "good" : "late") + ",\" " + who
                        + " said on Monday. ");
                if (i % 5 == 4) {
                    w.write("\n\n");
                }
            }
        }
    }

    /** Letters of several scripts, digits, punctuation, marks, joiners and astral symbols, with no white space. */
    public static String mixedRun(int length, Random random) {
        int[] pool = {'a', 'Z', '7', '.', '-', '"', '\u00e9', '\u0416', '\u05D0', '\u4E2D', '\u0301', '\u200D',
            0x1F600, 0x1D400, '\u0E01', '\u0E48', '\u201C', '<', '&'};
        StringBuilder sb = new StringBuilder(length + 2);
        while (sb.length() < length) {
            sb.appendCodePoint(pool[random.nextInt(pool.length)]);
        }
        return sb.toString();
    }
}
