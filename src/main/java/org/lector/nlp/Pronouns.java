package org.lector.nlp;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.lector.model.EntityType;

/**
 * Resolves he/she/him/his/her to a person: the subject of the closest sentence, at or before the pronoun, that
 * has a clustered person of a fitting gender in it (a person whose gender is unknown fits both). The subject is
 * the person mention followed by a verb, which skips persons in fronted phrases ("Speaking alongside Zelensky ...,
 * Macron stressed"). A person named only inside a quotation is not the antecedent of a pronoun outside it
 * ({@code "Clinton lied," he said}).
 */
final class Pronouns {

    private static final int MAX_SENTENCES_BACK = 3;
    private static final Set<String> SKIP = Set.of("has", "have", "had", "was", "is", "also", "then", "reportedly",
            "later", "again", ",", "himself", "herself");

    private Pronouns() {
    }

    static int antecedent(int pronoun, List<Mention> ms, Object[] clusterOf, TextLayer layer) {
        return antecedent(pronoun, ms, clusterOf, layer, null, c -> Gender.UNKNOWN);
    }

    /**
     * @param quoteOf  the quotation each token lies in, or -1; null when not known
     * @param genderOf the gender of a cluster in {@code clusterOf}
     */
    static int antecedent(int pronoun, List<Mention> ms, Object[] clusterOf, TextLayer layer, int[] quoteOf,
                          Function<Object, Gender> genderOf) {
        List<TextLayer.Tok> toks = layer.tokens();
        Gender wanted = Gender.ofPronoun(ms.get(pronoun).text());
        int inQuote = quoteOf == null ? -1 : quoteOf[ms.get(pronoun).firstToken()];
        int sentence = toks.get(ms.get(pronoun).firstToken()).sentence();
        for (int s = sentence; s >= Math.max(0, sentence - MAX_SENTENCES_BACK); s--) {
            int subject = -1;
            int last = -1;
            TextLayer.Sent sent = layer.sentences().get(s);
            for (int j = Mention.firstFrom(ms, sent.firstToken());
                    j < ms.size() && ms.get(j).firstToken() < sent.endToken(); j++) {
                Mention m = ms.get(j);
                if (m.type() != EntityType.PERSON || clusterOf[j] == null || j == pronoun
                        || !genderOf.apply(clusterOf[j]).fits(wanted)
                        || quoteOf != null && quoteOf[m.firstToken()] >= 0 && quoteOf[m.firstToken()] != inQuote) {
                    continue;
                }
                if (s == sentence && m.start() >= ms.get(pronoun).start()) {
                    break;
                }
                last = j;
                if (subject < 0 && followedByVerb(m, toks)) {
                    subject = j;
                }
            }
            if (subject >= 0) {
                return subject;
            }
            if (last >= 0) {
                return last;
            }
        }
        return -1;
    }

    private static boolean followedByVerb(Mention m, List<TextLayer.Tok> toks) {
        for (int t = m.endToken(); t < toks.size() && t < m.endToken() + 4; t++) {
            TextLayer.Tok tok = toks.get(t);
            if (tok.isVerb() && !tok.pos().equals("VBG")) {
                return true;
            }
            if (!SKIP.contains(tok.lower()) && !tok.pos().startsWith("RB") && !tok.pos().equals("POS")) {
                return false;
            }
        }
        return false;
    }
}
