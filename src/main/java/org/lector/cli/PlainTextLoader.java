package org.lector.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;

/**
 * A stand-in for {@code org.lector.ingest.DocumentLoader} (another branch) so {@code analyze} works on its own:
 * UTF-8 plain text, normalized as DESIGN.md says (NFC, {@code \n}, no BOM), title from the first line.
 * The integrator replaces it with {@code new DocumentLoader()::load} in {@link AnalyzeCommand}'s constructor.
 */
final class PlainTextLoader implements AnalyzeCommand.Loader {

    @Override
    public Document load(Path path) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file: " + path, e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text: " + path, e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        String title = text.lines().filter(l -> !l.isBlank()).findFirst().map(String::strip)
                .orElse(path.getFileName().toString());
        return new Document(title, text, path.toString(), DocumentFormat.TEXT, "UTF-8", sha256(text), null);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
