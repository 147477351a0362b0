package org.lector.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharsetDetectorTest {

    static final String NEWS_1252 = "The minister\u2019s reply was blunt: \u201cWe will not pay \u20ac2 billion for a "
            + "caf\u00e9 nobody wants\u201d \u2014 and the room fell silent. Critics said the na\u00efve plan would "
            + "cost the r\u00e9gion dearly\u2026 In Z\u00fcrich, the reaction was calmer.";

    static final String LATIN_1 = "El ni\u00f1o jug\u00f3 en el caf\u00e9 de M\u00fcnchen con su abuela. La "
            + "se\u00f1ora pidi\u00f3 un t\u00e9 y una cr\u00e8me br\u00fbl\u00e9e. \u00dcber alles, dijo el due\u00f1o, "
            + "la noche fue tranquila.";

    @Test
    void decodesUtf8WithoutBom() throws Exception {
        DetectedText t = CharsetDetector.decode(NEWS_1252.getBytes(StandardCharsets.UTF_8));
        assertThat(t.text()).isEqualTo(NEWS_1252);
        assertThat(t.charset()).isEqualTo("UTF-8");
    }

    @Test
    void decodesUtf8WithBomAndDropsTheBom() throws Exception {
        DetectedText t = CharsetDetector.decode(concat(bytes(0xEF, 0xBB, 0xBF), NEWS_1252.getBytes(StandardCharsets.UTF_8)));
        assertThat(t.text()).isEqualTo(NEWS_1252);
        assertThat(t.charset()).isEqualTo("UTF-8");
    }

    @Test
    void decodesUtf16LittleEndianWithBom() throws Exception {
        DetectedText t = CharsetDetector.decode(concat(bytes(0xFF, 0xFE), NEWS_1252.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(t.text()).isEqualTo(NEWS_1252);
        assertThat(t.charset()).isEqualTo("UTF-16LE");
    }

    @Test
    void decodesUtf16BigEndianWithBom() throws Exception {
        DetectedText t = CharsetDetector.decode(concat(bytes(0xFE, 0xFF), NEWS_1252.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(t.text()).isEqualTo(NEWS_1252);
        assertThat(t.charset()).isEqualTo("UTF-16BE");
    }

    @Test
    void decodesUtf32LittleEndianWithBom() throws Exception {
        DetectedText t = CharsetDetector.decode(
                concat(bytes(0xFF, 0xFE, 0, 0), NEWS_1252.getBytes(Charset.forName("UTF-32LE"))));
        assertThat(t.text()).isEqualTo(NEWS_1252);
    }

    @Test
    void readsWindows1252WithoutMojibake() throws Exception {
        DetectedText t = CharsetDetector.decode(NEWS_1252.getBytes("windows-1252"));
        assertThat(t.text()).isEqualTo(NEWS_1252).doesNotContain("\u00e2\u20ac", "\uFFFD");
        assertThat(t.charset()).isEqualTo("windows-1252");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u201cCaf\u00e9\u201d \u2014 \u20ac5", "It\u2019s", "\u20ac", "na\u00efve", "\u00e9"})
    void readsShortWindows1252WithoutMojibake(String text) throws Exception {
        DetectedText t = CharsetDetector.decode(text.getBytes("windows-1252"));
        assertThat(t.text()).isEqualTo(text);
    }

    @Test
    void readsIso88591Latin() throws Exception {
        byte[] latin1 = LATIN_1.getBytes(StandardCharsets.ISO_8859_1);
        for (byte b : latin1) {
            assertThat((b & 0xFF) >= 0x80 && (b & 0xFF) <= 0x9F).as("fixture has no C1 bytes").isFalse();
        }
        DetectedText t = CharsetDetector.decode(latin1);
        assertThat(t.text()).isEqualTo(LATIN_1);
        // WHATWG reads the Latin-1 label as windows-1252; both decode these bytes identically.
        assertThat(t.charset()).isIn("ISO-8859-1", "windows-1252");
    }

    @Test
    void declaredIso88591MeansWindows1252() throws Exception {
        DetectedText t = CharsetDetector.decode(NEWS_1252.getBytes("windows-1252"), "iso-8859-1");
        assertThat(t.text()).isEqualTo(NEWS_1252);
        assertThat(t.charset()).isEqualTo("windows-1252");
    }

    @Test
    void ignoresUnknownDeclaredCharset() throws Exception {
        assertThat(CharsetDetector.decode("plain".getBytes(StandardCharsets.US_ASCII), "no-such-charset").text())
                .isEqualTo("plain");
    }

    @Test
    void refusesUtf8BomFollowedByInvalidUtf8() {
        byte[] bytes = concat(bytes(0xEF, 0xBB, 0xBF), "Caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9, 0x20, 0x21));
        assertThatThrownBy(() -> CharsetDetector.decode(bytes))
                .isInstanceOf(CharsetDetector.UndecodableException.class)
                .hasMessageContaining("UTF-8 byte-order mark")
                .hasMessageContaining("position 6");
    }

    @Test
    void refusesUtf16WithOddByteCount() {
        byte[] bytes = concat(bytes(0xFF, 0xFE), "Hello".getBytes(StandardCharsets.UTF_16LE), bytes(0x41));
        assertThatThrownBy(() -> CharsetDetector.decode(bytes))
                .isInstanceOf(CharsetDetector.UndecodableException.class)
                .hasMessageContaining("UTF-16")
                .hasMessageContaining("ends in the middle");
    }

    @Test
    void refusesUtf16WithUnpairedSurrogate() {
        byte[] bytes = concat(bytes(0xFE, 0xFF), "Hi ".getBytes(StandardCharsets.UTF_16BE), bytes(0xD8, 0x3D, 0x00, 0x41));
        assertThatThrownBy(() -> CharsetDetector.decode(bytes))
                .isInstanceOf(CharsetDetector.UndecodableException.class)
                .hasMessageContaining("not valid UTF-16");
    }

    @Test
    void refusesBytesValidInNoCharset() {
        byte[] bytes = concat("Hello ".getBytes(StandardCharsets.US_ASCII), bytes(0x81, 0x8D, 0x8F, 0x90, 0x9D),
                " world".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> CharsetDetector.decode(bytes))
                .isInstanceOf(CharsetDetector.UndecodableException.class)
                .hasMessageContaining("valid in no character set");
    }

    @Test
    void neverInsertsReplacementCharacters() throws Exception {
        byte[] valid = NEWS_1252.getBytes("windows-1252");
        String text = CharsetDetector.decode(valid).text();
        assertThat(text).doesNotContain("\uFFFD");
        assertThat(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8))).toString())
                .isEqualTo(text);
    }

    @Test
    void aDeclaredUtf16OverLatin1BytesIsALieAndReadsAsWindows1252() throws Exception {
        byte[] page = "<meta charset=\"utf-16\"><p>Le caf\u00e9 rouvre ses portes.</p>"
                .getBytes(StandardCharsets.ISO_8859_1);
        DetectedText decoded = CharsetDetector.decode(page, "utf-16");
        assertThat(decoded.text()).contains("caf\u00e9 rouvre");
        assertThat(decoded.charset()).isEqualTo("windows-1252");
    }

    @Test
    void utf8MixedWithLatin1BytesReadsEachPartInItsOwnCharset() throws Exception {
        byte[] mixed = concat("The caf\u00e9 in M\u00fcnchen. ".getBytes(StandardCharsets.UTF_8),
                "A caf\u00e9 in Z\u00fcrich.".getBytes(StandardCharsets.ISO_8859_1));
        DetectedText decoded = CharsetDetector.decode(mixed);
        assertThat(decoded.text()).isEqualTo("The caf\u00e9 in M\u00fcnchen. A caf\u00e9 in Z\u00fcrich.");
        assertThat(decoded.charset()).isEqualTo(CharsetDetector.MIXED);
    }

    @Test
    void utf8CutOffInTheMiddleOfACharacterIsNotTakenForMixed() {
        byte[] cut = concat("Caf\u00e9 au lait ".getBytes(StandardCharsets.UTF_8), bytes(0xE2, 0x80));
        assertThat(CharsetDetector.mixedUtf8(cut)).isNull();
    }

    @Test
    void singleByteTextWithoutAnyUtf8SequenceIsNotMixed() {
        assertThat(CharsetDetector.mixedUtf8("Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1))).isNull();
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(n);
        for (byte[] p : parts) {
            buffer.put(p);
        }
        return buffer.array();
    }
}
