package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.ingest.DocumentLoader;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

class ExtractCommandTest {

    private static final String PAGE = "<html lang=\"en-GB\"><head><title>Storm hits the coast | The Daily</title>"
            + "<meta name=\"author\" content=\"Jane Holt\"><meta property=\"og:site_name\" content=\"The Daily\">"
            + "<meta property=\"article:published_time\" content=\"2021-03-04T10:00:00Z\"></head><body><article>"
            + "<h1>Storm hits the coast</h1><p>The storm reached the coast on Tuesday night, bringing rain, wind and "
            + "the highest tide in years, officials said.</p><p># Not a heading: thousands of homes lost power.</p>"
            + "</article></body></html>";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = LectorCommand.commandLine((path, document, url, library) -> 0, new DocumentLoader());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path page() throws Exception {
        Path p = dir.resolve("storm.html");
        Files.writeString(p, PAGE);
        return p;
    }

    @Test
    void printsTheArticleTextWithoutAnalysing() throws Exception {
        assertThat(run("extract", page().toString())).isZero();
        assertThat(out.toString()).startsWith("Storm hits the coast\n\nThe storm reached the coast");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBadFileIsOneLineNamingItAndTheOthersAreStillDone() throws Exception {
        Path missing = dir.resolve("gone/source.html");
        Path empty = dir.resolve("empty.html");
        Files.writeString(empty, "<html><body><nav>Menu</nav></body></html>");
        int exit = run("extract", missing.toString(), empty.toString(), page().toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("lector extract: ").contains(missing.toString()))
                .anySatisfy(l -> assertThat(l).contains(empty.toString()).contains("no article text"));
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString()).contains("The storm reached the coast");
    }

    @Test
    void jsonCarriesTheMetadataAsTheAnalysisJsonDoes() throws Exception {
        Path second = dir.resolve("second.html");
        Files.writeString(second, PAGE.replace("Jane Holt", "Sam Ruiz"));
        assertThat(run("extract", "--format", "json", page().toString(), second.toString())).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).as("JSON Lines, one per input").hasSize(2);
        JsonNode doc = AnalysisJson.mapper().readTree(lines[0]).get("document");
        assertThat(doc.get("title").asText()).isEqualTo("Storm hits the coast");
        assertThat(doc.get("author").asText()).isEqualTo("Jane Holt");
        assertThat(doc.get("siteName").asText()).isEqualTo("The Daily");
        assertThat(doc.get("published").asText()).isEqualTo("2021-03-04T10:00:00Z");
        assertThat(doc.get("date").asText()).isEqualTo("2021-03-04");
        assertThat(doc.get("language").asText()).isEqualTo("en-GB");
        assertThat(doc.get("modified").isNull()).isTrue();
        assertThat(AnalysisJson.mapper().readTree(lines[1]).get("document").get("author").asText())
                .isEqualTo("Sam Ruiz");
    }

    @Test
    void markdownHasFrontMatterAndKeepsTextAsText() throws Exception {
        assertThat(run("extract", "--format", "md", page().toString())).isZero();
        String md = out.toString();
        String front = md.substring(4, md.indexOf("\n---\n"));
        Map<String, Object> yaml = new Yaml().load(front);
        assertThat(yaml).containsEntry("title", "Storm hits the coast").containsEntry("author", "Jane Holt")
                .containsEntry("site", "The Daily").containsEntry("language", "en-GB");
        assertThat(md).contains("# Storm hits the coast").contains("\\# Not a heading");
    }

    @Test
    void readsAWebAddressFromALocalServer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/storm", ex -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat(run("extract", "--format", "json", url + "/storm", url + "/nothing")).isEqualTo(2);
            JsonNode doc = AnalysisJson.mapper().readTree(out.toString().strip()).get("document");
            assertThat(doc.get("source").asText()).isEqualTo(url + "/storm");
            assertThat(err.toString()).contains(url + "/nothing").contains("404");
        } finally {
            server.stop(0);
        }
    }
}
