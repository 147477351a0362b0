package org.lector.nlp;

import java.util.List;

/**
 * What CoreNLP found in a text, copied into small records so the CoreNLP objects can be dropped at once.
 * Offsets are absolute UTF-16 indices into the whole document text, also when it was annotated in chunks.
 *
 * @param tokens    every token, in text order
 * @param sentences every sentence, in text order
 * @param names     CoreNLP's entity mentions, in text order
 */
record TextLayer(List<Tok> tokens, List<Sent> sentences, List<RawMention> names) {

    /**
     * One token.
     *
     * @param index    position in {@link TextLayer#tokens()}
     * @param sentence index of its sentence
     * @param ner      the fine-grained NER tag, "O" for none
     */
    record Tok(int index, int sentence, int start, int end, String word, String pos, String lemma, String ner) {

        boolean isVerb() {
            return pos.startsWith("VB") || pos.equals("MD");
        }

        boolean isNoun() {
            return pos.startsWith("NN");
        }

        String lower() {
            return word.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One sentence: its tokens are {@code tokens[firstToken, endToken)}.
     */
    record Sent(int index, int start, int end, int firstToken, int endToken) {
    }

    /**
     * One CoreNLP entity mention.
     *
     * @param tag        the fine-grained NER tag (CITY, TITLE, NUMBER, ...)
     * @param normalized CoreNLP's normalized value (2.0E9, P30D, 2025-03-27, ...) or empty
     * @param confidence the CRF's confidence, or a fixed value for rule-based tags
     */
    record RawMention(int start, int end, String tag, String normalized, double confidence,
                      int firstToken, int endToken) {
    }
}
