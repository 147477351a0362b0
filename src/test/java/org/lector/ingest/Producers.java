package org.lector.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes PDF, EPUB and DOCX files of the Wikinews articles with real tools, at test time, so the readers are
 * measured on what real producers write (and no big binaries are kept in the repository).
 *
 * <ul>
 *   <li>{@code groff-2col}: groff's ms macros, two columns, hyphenated, justified, a running head with the page
 *       number and a running foot, written by groff's own PDF driver (gropdf);</li>
 *   <li>{@code groff-3col-gs}: the same macros in three narrow columns, written as PostScript and turned into PDF
 *       by Ghostscript (ps2pdf);</li>
 *   <li>{@code libreoffice-pdf}, {@code libreoffice-epub}, {@code libreoffice-docx}: LibreOffice Writer from
 *       HTML (only when {@code soffice} is installed and {@code -Dlector.producers=all});</li>
 *   <li>{@code pandoc-epub}, {@code pandoc-docx}: pandoc from HTML.</li>
 * </ul>
 */
final class Producers {

    /** An article of the corpus: title on the first line, paragraphs separated by blank lines. */
    record Article(String name, String title, List<String> paragraphs, String text) {

        static Article read(Path file) throws IOException {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
            List<String> paragraphs = new ArrayList<>();
            for (String p : text.split("\n\\s*\n")) {
                if (!p.isBlank()) {
                    paragraphs.add(p.strip().replaceAll("\\s*\n\\s*", " "));
                }
            }
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            return new Article(name, paragraphs.get(0), paragraphs.subList(1, paragraphs.size()), text);
        }
    }

    /** One tool making one format. */
    record Producer(String id, String extension, List<String> tools, boolean heavy) {
    }

    static final List<Producer> ALL = List.of(
            new Producer("groff-2col", "pdf", List.of("groff"), false),
            new Producer("groff-3col-gs", "pdf", List.of("groff", "ps2pdf"), false),
            new Producer("libreoffice-pdf", "pdf", List.of("soffice"), true),
            new Producer("pandoc-epub", "epub", List.of("pandoc"), false),
            new Producer("libreoffice-epub", "epub", List.of("soffice"), true),
            new Producer("pandoc-docx", "docx", List.of("pandoc"), false),
            new Producer("libreoffice-docx", "docx", List.of("soffice"), true));

    private Producers() {
    }

    /** The 40 Wikinews articles of the shared corpus. */
    static List<Article> articles() throws IOException {
        Path dir = TestCorpus.root().resolve("articles");
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Article.read(f));
            }
        }
        return out;
    }

    /** Whether every tool the producer runs is installed (and a heavy one was asked for). */
    static boolean available(Producer p) {
        if (p.heavy() && !"all".equals(System.getProperty("lector.producers"))) {
            return false;
        }
        return p.tools().stream().allMatch(Producers::onPath);
    }

    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Makes one file per article in {@code out}; returns article name → file. */
    static Map<String, Path> produce(Producer p, List<Article> articles, Path dir) throws IOException,
            InterruptedException {
        Path out = dir.toAbsolutePath();
        Files.createDirectories(out);
        Map<String, Path> files = new LinkedHashMap<>();
        switch (p.id()) {
            case "groff-2col", "groff-3col-gs" -> {
                for (Article a : articles) {
                    Path ms = out.resolve(a.name() + ".ms");
                    Files.writeString(ms, ms(a, p.id().equals("groff-2col") ? 2 : 3), StandardCharsets.UTF_8);
                    Path pdf = out.resolve(a.name() + ".pdf");
                    if (p.id().equals("groff-2col")) {
                        run(out, pdf, "groff", "-k", "-ms", "-Tpdf", ms.toString());
                    } else {
                        Path ps = out.resolve(a.name() + ".ps");
                        run(out, ps, "groff", "-k", "-ms", "-Tps", ms.toString());
                        run(out, null, "ps2pdf", ps.toString(), pdf.toString());
                    }
                    files.put(a.name(), pdf);
                }
            }
            case "pandoc-epub", "pandoc-docx" -> {
                for (Article a : articles) {
                    Path html = out.resolve(a.name() + ".html");
                    Files.writeString(html, html(a, false), StandardCharsets.UTF_8);
                    Path target = out.resolve(a.name() + "." + p.extension());
                    run(out, null, "pandoc", "-f", "html", "-o", target.toString(), html.toString());
                    files.put(a.name(), target);
                }
            }
            case "libreoffice-pdf", "libreoffice-epub", "libreoffice-docx" -> {
                List<String> command = new ArrayList<>(List.of("soffice", "--headless",
                        "-env:UserInstallation=file://" + out.toAbsolutePath().resolve("lo-profile"),
                        "--infilter=HTML (StarWriter)", "--convert-to", switch (p.extension()) {
                            case "pdf" -> "pdf:writer_pdf_Export";
                            case "epub" -> "epub:EPUB";
                            default -> "docx:MS Word 2007 XML";
                        }, "--outdir", out.toString()));
                for (Article a : articles) {
                    Path html = out.resolve(a.name() + ".html");
                    Files.writeString(html, html(a, true), StandardCharsets.UTF_8);
                    command.add(html.toString());
                    files.put(a.name(), out.resolve(a.name() + "." + p.extension()));
                }
                run(out, null, command.toArray(new String[0]));
            }
            default -> throw new IllegalArgumentException(p.id());
        }
        for (Path f : files.values()) {
            if (!Files.isRegularFile(f) || Files.size(f) == 0) {
                throw new IOException(p.id() + " made no " + f);
            }
        }
        return files;
    }

    /** groff ms source: title, then the paragraphs in {@code columns} columns, with a running head and foot. */
    static String ms(Article a, int columns) {
        StringBuilder sb = new StringBuilder();
        // A 6.5-inch measure holds three columns of two inches.
        sb.append(".nr LL 6.5i\n.nr PO 1i\n");
        sb.append(".ds LH Wikinews\n.ds CH - % -\n.ds RH ").append(escapeGroff(shortTitle(a.title()))).append('\n');
        sb.append(".ds LF Wikinews contributors\n.ds CF\n.ds RF CC BY 2.5\n");
        sb.append(".TL\n").append(escapeGroff(a.title())).append('\n');
        sb.append(".AB no\n.AE\n");
        sb.append(columns == 2 ? ".2C\n" : ".MC 2i 0.25i\n");
        for (String p : a.paragraphs()) {
            sb.append(".PP\n").append(escapeGroff(p)).append('\n');
        }
        return sb.toString();
    }

    private static String shortTitle(String title) {
        String[] words = title.split("\\s+");
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(4, words.length)));
    }

    private static String escapeGroff(String s) {
        String t = s.replace("\\", "\\e");
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }

    /** The article as a web page: the title in {@code <title>} and, for LibreOffice, as a heading too. */
    static String html(Article a, boolean headingTitle) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escapeHtml(a.title())).append("</title></head><body>\n");
        if (headingTitle) {
            sb.append("<h1>").append(escapeHtml(a.title())).append("</h1>\n");
        }
        for (String p : a.paragraphs()) {
            sb.append("<p>").append(escapeHtml(p)).append("</p>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void run(Path dir, Path stdout, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Path log = dir.resolve("tool.log");
        pb.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.redirectOutput(stdout != null ? ProcessBuilder.Redirect.to(stdout.toFile())
                : ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = pb.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish");
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed with " + process.exitValue() + "; see " + log);
        }
    }
}
