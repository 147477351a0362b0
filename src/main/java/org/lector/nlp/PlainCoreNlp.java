package org.lector.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP with none of Lector's rules, one thread, one call per text: the baseline that evaluation and benchmarks
 * measure the engine against. Its tags are mapped to Lector's families the same way the engine maps them, so the
 * two are scored alike.
 */
public final class PlainCoreNlp {

    private static final Logger LOG = LoggerFactory.getLogger(PlainCoreNlp.class);

    private final StanfordCoreNLP pipeline;

    /** What one annotation found: the token count (for throughput), the typed mentions and the quotes. */
    public record Annotated(int tokens, List<NamedSpan> names, List<QuoteSpan> quotes) {

        public Annotated(int tokens, List<NamedSpan> names) {
            this(tokens, names, List.of());
        }
    }

    /**
     * A quotation CoreNLP's {@code quote} annotator found.
     *
     * @param speaker its canonical speaker (else the speaker as written), or empty
     */
    public record QuoteSpan(int start, int end, String speaker) {
    }

    /**
     * Stands in for coreference, which CoreNLP's quote attribution demands: it declares the coreference chains
     * present and sets none, so the attribution sieves run on names and pronouns alone (ENGINE-NOTES, pitfall 2).
     * Public with CoreNLP's custom-annotator constructor, so a pipeline can name it.
     */
    public static final class NoCoref implements Annotator {

        public NoCoref(String name, Properties props) {
            // nothing to configure
        }

        @Override
        public void annotate(Annotation annotation) {
            annotation.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
        }

        @Override
        public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
            return Set.of(CorefCoreAnnotations.CorefChainAnnotation.class,
                    CorefCoreAnnotations.CorefMentionsAnnotation.class, CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class);
        }

        @Override
        public Set<Class<? extends CoreAnnotation>> requires() {
            return Set.of();
        }
    }

    private PlainCoreNlp(Properties p) {
        long t0 = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(p);
        LOG.info("plain CoreNLP ({}) loaded in {} ms", p.getProperty("annotators"),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * CoreNLP's defaults for {@code tokenize,ssplit,pos,lemma,ner}: fine-grained NER with the full KBP gazetteers.
     * Needs the full CoreNLP models jar on the class path (Lector's slim models lack the city rows).
     */
    public static PlainCoreNlp defaultNer() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        return new PlainCoreNlp(p);
    }

    /**
     * CoreNLP's {@code quote} annotator with its attribution sieves and no coreference (the coref-free sieves of
     * ENGINE-NOTES, pitfall 2) over CoreNLP's default NER: the plain-CoreNLP anchor for quotes and speakers. Needs
     * the full CoreNLP models jar (the attribution parses each sentence with the dependency parser).
     */
    public static PlainCoreNlp quotesAndSpeakers() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,nocoref,quote");
        p.setProperty("customAnnotatorClass.nocoref", NoCoref.class.getName());
        p.setProperty("quote.attributeQuotes", "true");
        p.setProperty("quote.attribution.useCoref", "false");
        return new PlainCoreNlp(p);
    }

    /**
     * The annotators, options and model files of Lector's full pipeline, without Lector's chunking, threads or
     * rules. CoreNLP's annotator pool gives an engine in the same JVM and this one the same loaded annotators, so
     * a benchmark's heap holds the models once, as the app's does.
     */
    public static PlainCoreNlp lectorAnnotators() {
        return new PlainCoreNlp(CoreNlpPipeline.properties());
    }

    /**
     * Whether CoreNLP's own NER model files, which the engine loads with {@link EngineOptions#stockModels}, are on
     * the class path (the build tree's stock models jar).
     */
    public static boolean stockModelsPresent() {
        ClassLoader cl = PlainCoreNlp.class.getClassLoader();
        return FlatCrf.NER_MODELS.stream().allMatch(m -> cl.getResource(FlatCrf.stock(m)) != null);
    }

    /**
     * Annotates {@code text} in one call on the calling thread.
     *
     * @param date the document date for relative dates, or null (plain CoreNLP then has none)
     */
    public Annotated annotate(String text, LocalDate date) {
        CoreDocument doc = new CoreDocument(text);
        if (date != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        pipeline.annotate(doc);
        int tokens = 0;
        List<NamedSpan> out = new ArrayList<>();
        for (CoreSentence s : doc.sentences()) {
            tokens += s.tokens().size();
            for (CoreEntityMention m : s.entityMentions()) {
                EntityType type = MentionFinder.typeOf(m.entityType());
                if (type == null) {
                    continue;
                }
                int start = m.charOffsets().first();
                int end = m.charOffsets().second();
                String norm = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                out.add(new NamedSpan(start, end, text.substring(start, end), type, m.entityType(), MentionForm.NAME,
                        norm == null ? "" : norm));
            }
        }
        List<QuoteSpan> quotes = new ArrayList<>();
        if (doc.annotation().get(CoreAnnotations.QuotationsAnnotation.class) != null) {
            for (CoreQuote q : doc.quotes()) {
                String speaker = q.canonicalSpeaker().or(q::speaker).orElse("");
                quotes.add(new QuoteSpan(q.quoteCharOffsets().first(), q.quoteCharOffsets().second(), speaker));
            }
        }
        return new Annotated(tokens, out, quotes);
    }
}
