package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.lector.testing.Corpus;

/**
 * The flat model files against CoreNLP's own, model by model: the same feature index, weights, known words and
 * distsim lexicon, and the same label and probability for every token of the sample, the 40 Wikinews articles and
 * the first 60 documents of CoNLL-2003 dev (read at test time, never copied).
 */
class FlatCrfTest {

    static final List<String> MODELS = FlatCrf.NER_MODELS;
    private static final int CONLL_DOCUMENTS = 60;

    private static List<List<CoreLabel>> sentences;

    @BeforeAll
    static void tokenizeTheCorpus() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(Corpus.file("sample/paris-summit.txt")));
        try (Stream<Path> articles = Files.list(Corpus.root().resolve("articles"))) {
            for (Path p : articles.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        assertThat(texts).hasSize(41);
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(Corpus.file("gold/conll2003-dev.docs.jsonl"))) {
            for (int i = 0; i < CONLL_DOCUMENTS; i++) {
                texts.add(json.readTree(r.readLine()).get("text").asText());
            }
        }
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(p);
        sentences = new ArrayList<>();
        for (String text : texts) {
            CoreDocument d = new CoreDocument(text);
            tokenizer.annotate(d);
            for (CoreSentence s : d.sentences()) {
                sentences.add(s.tokens());
            }
        }
    }

    @ParameterizedTest
    @FieldSource("MODELS")
    void theFlatModelLabelsEveryTokenAsCoreNlpsOwnDoes(String model) throws Exception {
        CRFClassifier<CoreLabel> stock = CRFClassifier.getClassifier(FlatCrf.stock(model), new Properties());
        CRFClassifier<CoreLabel> flat = CRFClassifier.getClassifier(FlatCrf.header(model), new Properties());
        assertThat(field(flat, CRFClassifier.class, "featureIndex")).isInstanceOf(FlatFeatureIndex.class);

        int tokens = 0;
        int named = 0;
        for (List<CoreLabel> sentence : sentences) {
            List<CoreLabel> expected = stock.classifySentence(copy(sentence));
            List<CoreLabel> actual = flat.classifySentence(copy(sentence));
            for (int i = 0; i < expected.size(); i++) {
                String label = expected.get(i).get(CoreAnnotations.AnswerAnnotation.class);
                assertThat(actual.get(i).get(CoreAnnotations.AnswerAnnotation.class)).as(model + " label")
                        .isEqualTo(label);
                assertThat(actual.get(i).get(CoreAnnotations.AnswerProbAnnotation.class)).as(model + " probability")
                        .isEqualTo(expected.get(i).get(CoreAnnotations.AnswerProbAnnotation.class));
                tokens++;
                named += label.equals("O") ? 0 : 1;
            }
        }
        assertThat(tokens).isGreaterThan(35_000);
        assertThat(named).isGreaterThan(3_000);
    }

    @ParameterizedTest
    @FieldSource("MODELS")
    void theFlatModelHoldsWhatCoreNlpsOwnHolds(String model) throws Exception {
        CRFClassifier<CoreLabel> stock = CRFClassifier.getClassifier(FlatCrf.stock(model), new Properties());
        CRFClassifier<CoreLabel> flat = CRFClassifier.getClassifier(FlatCrf.header(model), new Properties());
        @SuppressWarnings("unchecked")
        Index<String> expected = (Index<String>) field(stock, CRFClassifier.class, "featureIndex");
        @SuppressWarnings("unchecked")
        Index<String> actual = (Index<String>) field(flat, CRFClassifier.class, "featureIndex");
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            String feature = expected.get(i);
            assertThat(actual.get(i)).isEqualTo(feature);
            assertThat(actual.indexOf(feature)).isEqualTo(i);
        }
        assertThat(actual.indexOf("no such feature|C")).isEqualTo(expected.indexOf("no such feature|C"));
        assertThat((float[][]) field(flat, CRFClassifier.class, "weights"))
                .isDeepEqualTo((float[][]) field(stock, CRFClassifier.class, "weights"));
        assertThat(flat.getKnownLCWords()).isEqualTo(stock.getKnownLCWords());
        for (Field f : SeqClassifierFlags.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.getName().equals("loadClassifier")) {
                Object a = f.get(flat.flags);
                Object b = f.get(stock.flags);
                // A function (wordFunction) has no equality of its own: the same kind is the same function here.
                boolean same = a instanceof Function<?, ?> ? b != null && a.getClass() == b.getClass()
                        : Objects.deepEquals(a, b);
                assertThat(same).as("flag " + f.getName()).isTrue();
            }
        }

        @SuppressWarnings("unchecked")
        Map<String, String> stockLexicon = (Map<String, String>) field(stock.featureFactories.get(0),
                NERFeatureFactory.class, "lexicon");
        @SuppressWarnings("unchecked")
        Map<String, String> flatLexicon = (Map<String, String>) field(flat.featureFactories.get(0),
                NERFeatureFactory.class, "lexicon");
        assertThat(flatLexicon).isInstanceOf(FlatLexicon.class).hasSize(stockLexicon.size());
        for (Map.Entry<String, String> e : stockLexicon.entrySet()) {
            assertThat(flatLexicon.get(e.getKey())).isEqualTo(e.getValue());
        }
        assertThat(flatLexicon.get("no-such-word-in-any-lexicon")).isNull();
    }

    @ParameterizedTest
    @FieldSource("MODELS")
    void everyFlatModelSharesOneLexiconAndItsOwnIndexWithAnyOtherLoadOfIt(String model) throws Exception {
        CRFClassifier<CoreLabel> first = CRFClassifier.getClassifier(FlatCrf.header(model), new Properties());
        CRFClassifier<CoreLabel> again = CRFClassifier.getClassifier(FlatCrf.header(model), new Properties());
        CRFClassifier<CoreLabel> threeClass = CRFClassifier.getClassifier(FlatCrf.header(MODELS.get(0)),
                new Properties());
        assertThat(field(again, CRFClassifier.class, "featureIndex"))
                .isSameAs(field(first, CRFClassifier.class, "featureIndex"));
        assertThat(field(again, CRFClassifier.class, "weights")).isSameAs(field(first, CRFClassifier.class, "weights"));
        assertThat(field(first.featureFactories.get(0), NERFeatureFactory.class, "lexicon"))
                .isSameAs(field(threeClass.featureFactories.get(0), NERFeatureFactory.class, "lexicon"));
        assertThat(again.getKnownLCWords()).isSameAs(first.getKnownLCWords()).isInstanceOf(FlatCrf.KnownWords.class);
    }

    @Test
    void aLoadedModelsKnownWordsTurnANewWordAwayAndKeepThoseItHas() throws Exception {
        CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(FlatCrf.header(MODELS.get(0)), new Properties());
        java.util.Set<String> words = crf.getKnownLCWords();
        int size = words.size();
        assertThat(words.add("zzyzx-not-a-word-of-any-model")).isFalse();
        assertThat(words).hasSize(size).doesNotContain("zzyzx-not-a-word-of-any-model");
        String known = words.iterator().next();
        assertThat(words.add(known)).isFalse();
        assertThat(words).contains(known);

        // With room, as CoreNLP's own set: a new word is added, once.
        FlatCrf.KnownWords roomy = new FlatCrf.KnownWords(java.util.Set.of("paris"), "test");
        roomy.setMaxSize(2);
        assertThat(roomy.add("moscow")).isTrue();
        assertThat(roomy.add("moscow")).isFalse();
        assertThat(roomy.add("vienna")).isFalse();
        assertThat(roomy).containsExactlyInAnyOrder("paris", "moscow");
    }

    private static List<CoreLabel> copy(List<CoreLabel> sentence) {
        List<CoreLabel> out = new ArrayList<>(sentence.size());
        for (CoreLabel l : sentence) {
            out.add(new CoreLabel(l));
        }
        return out;
    }

    private static Object field(Object owner, Class<?> declaring, String name) throws ReflectiveOperationException {
        Field f = declaring.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }
}
