package org.lector.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CoreNLP part of the engine, in one of two configurations. {@link #properties() The full one} (tier 2):
 * tokens, sentences, POS, lemmas and fine-grained NER with SUTime. {@link #namesProperties() The names one}
 * (tier 1): tokens, sentences and the 3-class CRF's persons, places and organizations, which loads in a fraction
 * of the time. Why these annotators and options: docs/decisions/0003-nlp-pipeline.md; the model format:
 * docs/decisions/0015-flat-model-format.md.
 *
 * <p>One {@link StanfordCoreNLP} instance is shared by the chunk workers; CoreNLP's annotators are thread-safe
 * for concurrent {@code annotate} calls (measured: identical output to one thread).
 */
final class CoreNlpPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpPipeline.class);
    /** How often a wait for a part looks whether the analysis was cancelled. */
    private static final long CANCEL_POLL_MS = 100;

    /**
     * CoreNLP's caseless KBP gazetteer without its 533,000 CITY rows, its patterns written as the words they match
     * ({@link GazetteerLiterals}; both built by the pom).
     */
    static final String CASELESS_GAZETTEER = "org/lector/nlp/models/regexner_caseless_nocity.tab";
    /** CoreNLP's cased KBP gazetteer, its patterns written as the words they match. */
    static final String CASED_GAZETTEER = "org/lector/nlp/models/regexner_cased_literal.tab";
    /**
     * Place names the models predate: the spellings news has used since (Kyiv, Kharkiv, Odesa; Türkiye), which
     * neither the CRF nor CoreNLP's gazetteers know (docs/decisions/0010-damaged-text-and-new-place-names.md).
     */
    static final String PLACES_GAZETTEER = "org/lector/assets/dictionaries/places.tab";

    private final StanfordCoreNLP pipeline;
    private final String name;

    private CoreNlpPipeline(StanfordCoreNLP pipeline, String name) {
        this.pipeline = pipeline;
        this.name = name;
    }

    /**
     * The full pipeline (tier 2), its NER CRFs read from Lector's flat files: the same annotators, options and
     * output as {@link #stockProperties()}.
     */
    static Properties properties() {
        Properties p = stockProperties();
        p.setProperty("ner.model", String.join(",", FlatCrf.NER_MODELS.stream().map(FlatCrf::header).toList()));
        return p;
    }

    /**
     * The full pipeline with CoreNLP's own model files, as Lector loaded it before the flat format: the baseline
     * that benchmarks and the identity check compare against. Kept in one place so the decision record and the
     * code agree.
     */
    static Properties stockProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // A blank line ends a sentence, so a headline never runs into the paragraph under it.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // CoreNLP's default models, in its default order (3-class, then MUC 7-class, then CoNLL 4-class).
        p.setProperty("ner.model", String.join(",", FlatCrf.NER_MODELS.stream().map(FlatCrf::stock).toList()));
        // Tokens keep their offsets into the original text whatever CoreNLP normalizes in their word forms
        // (quotes become `` and ''); the quote finder reads the text itself, never the word forms.
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.fine.regexner.mapping", "ignorecase=true,validpospattern=^(NN|JJ).*,"
                + CASELESS_GAZETTEER + ";" + CASED_GAZETTEER);
        // A pass of its own: the fine-grained one above only refines what the CRF tagged, and the CRF often
        // leaves these names untagged ("Kyiv has confirmed ...").
        p.setProperty("ner.additional.regexner.mapping", PLACES_GAZETTEER);
        p.setProperty("ner.additional.regexner.ignorecase", "true");
        p.setProperty("ner.additional.regexner.validpospattern", "^(NN|JJ).*");
        // The KBP rule sets (per_title etc.) are not loaded: nothing here uses relation extraction.
        p.setProperty("ner.useSUTime", "true");
        return p;
    }

    /**
     * The names pipeline (tier 1): the tokens and sentences of the full one, and the 3-class CRF alone. Under
     * CoreNLP's default way of combining models a later model only labels tokens the earlier ones left untagged,
     * so the full pipeline's persons, places and organizations are this CRF's before its rule passes refine them.
     * The CRFs use no POS tags, and with SUTime, the numeric classifiers and fine-grained NER off CoreNLP's NER
     * requires none: no tagger, lemmatizer, SUTime or gazetteer is loaded.
     */
    static Properties namesProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", FlatCrf.header(FlatCrf.NER_MODELS.get(0)));
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        return p;
    }

    /**
     * Builds the NER annotator of {@code properties} (the CRFs, SUTime, the gazetteers) into CoreNLP's annotator
     * cache, where a pipeline with the same NER properties takes it instead of building its own. Run on a second
     * thread while {@link #load} builds the tokenizer, tagger and lemmatizer, it halves the full pipeline's load on
     * two cores; the annotator is the one the pipeline would have built.
     */
    static void prebuildNer(Properties properties) {
        Properties p = (Properties) properties.clone();
        p.setProperty("annotators", "ner");
        long t0 = System.nanoTime();
        new StanfordCoreNLP(p, false);
        LOG.info("CoreNLP NER annotator built in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    /** Loads the pipeline {@code properties} describe; {@code name} says which in the log. */
    static CoreNlpPipeline load(Properties properties, String name) {
        long t0 = System.nanoTime();
        StanfordCoreNLP nlp = new StanfordCoreNLP(properties);
        LOG.info("CoreNLP {} pipeline loaded in {} ms", name, (System.nanoTime() - t0) / 1_000_000);
        return new CoreNlpPipeline(nlp, name);
    }

    @Override
    public String toString() {
        return "CoreNLP " + name + " pipeline";
    }

    /**
     * Annotates {@code text}, cut into paragraph chunks run on {@code workers} when it is long.
     *
     * @param date the article's date, which relative dates ("Thursday") are resolved against; may be null
     */
    TextLayer annotate(String text, LocalDate date, ExecutorService workers, int chunkChars,
                       CancellationToken cancel) {
        return annotate(text, date, workers, chunkChars, cancel, new Counter(AnalysisProgress.NONE, 1));
    }

    /** As above, telling {@code progress} after each chunk. */
    TextLayer annotate(String text, LocalDate date, ExecutorService workers, int chunkChars,
                       CancellationToken cancel, Counter progress) {
        List<int[]> chunks = chunk(text, chunkChars);
        List<TextLayer> parts = new ArrayList<>();
        if (chunks.size() == 1) {
            parts.add(progress.count(annotateChunk(text, 0, text.length(), date, cancel)));
        } else {
            List<Future<TextLayer>> futures = new ArrayList<>();
            for (int[] c : chunks) {
                futures.add(workers.submit(() -> progress.count(annotateChunk(text, c[0], c[1], date, cancel))));
            }
            try {
                for (Future<TextLayer> f : futures) {
                    parts.add(awaitPart(f, cancel));
                }
            } catch (CancellationException e) {
                futures.forEach(f -> f.cancel(true));
                throw e;
            } catch (InterruptedException e) {
                futures.forEach(f -> f.cancel(true));
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted");
            } catch (ExecutionException e) {
                futures.forEach(f -> f.cancel(true));
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return merge(parts);
    }

    /**
     * The part {@code f} computes, or a {@link CancellationException} as soon as {@code cancel} is, without waiting
     * for the part: CoreNLP does not stop inside a part, and on a loaded machine one part of a long line can take
     * longer than a user waits after Ctrl+C. The abandoned part runs on to its end on its (daemon) worker.
     */
    static TextLayer awaitPart(Future<TextLayer> f, CancellationToken cancel)
            throws InterruptedException, ExecutionException {
        while (true) {
            try {
                return f.get(CANCEL_POLL_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                cancel.throwIfCancelled();
            }
        }
    }

    /** Counts chunks and tokens done across one analysis (several texts, for a text analysed in volumes). */
    static final class Counter {
        private final AnalysisProgress progress;
        private final int total;
        private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicLong tokens = new java.util.concurrent.atomic.AtomicLong();

        Counter(AnalysisProgress progress, int total) {
            this.progress = progress;
            this.total = total;
        }

        TextLayer count(TextLayer chunk) {
            long t = tokens.addAndGet(chunk.tokens().size());
            progress.advanced(done.incrementAndGet(), total, t);
            return chunk;
        }
    }

    /** Chunks of about {@code size} characters, cut at paragraph breaks where text has them; see {@link EngineText}. */
    static List<int[]> chunk(String text, int size) {
        return EngineText.chunk(text, size);
    }

    private TextLayer annotateChunk(String text, int from, int to, LocalDate date, CancellationToken cancel) {
        cancel.throwIfCancelled();
        EngineText input = EngineText.of(text, from, to);
        CoreDocument doc = new CoreDocument(input.view());
        if (date != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        pipeline.annotate(doc);
        cancel.throwIfCancelled();
        List<TextLayer.Tok> toks = new ArrayList<>();
        List<TextLayer.Sent> sents = new ArrayList<>();
        List<TextLayer.RawMention> names = new ArrayList<>();
        for (CoreSentence s : doc.sentences()) {
            int first = toks.size();
            for (CoreLabel l : s.tokens()) {
                String ner = l.ner() == null ? "O" : l.ner();
                toks.add(new TextLayer.Tok(toks.size(), sents.size(), input.original(l.beginPosition()),
                        input.originalEnd(l.endPosition()), l.word(), nz(l.tag()), nz(l.lemma()), ner));
            }
            if (toks.size() > first) {
                sents.add(new TextLayer.Sent(sents.size(), toks.get(first).start(), toks.get(toks.size() - 1).end(),
                        first, toks.size()));
            }
            for (CoreEntityMention m : s.entityMentions()) {
                List<CoreLabel> mt = m.tokens();
                if (mt.isEmpty()) {
                    continue;
                }
                int firstTok = first + mt.get(0).index() - 1;
                String norm = nz(m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
                names.add(new TextLayer.RawMention(input.original(m.charOffsets().first()),
                        input.originalEnd(m.charOffsets().second()),
                        m.entityType(), norm, confidence(m), firstTok, firstTok + mt.size()));
            }
        }
        return new TextLayer(toks, sents, names);
    }

    private static double confidence(CoreEntityMention m) {
        try {
            Map<String, Double> c = m.entityTypeConfidences();
            if (c != null && !c.isEmpty()) {
                double best = c.values().stream().mapToDouble(Double::doubleValue).max().orElse(0.9);
                if (best > 0 && best <= 1) {
                    return best;
                }
            }
        } catch (RuntimeException e) {
            // Rule-based tags (SUTime, gazetteer) carry no CRF confidence; fall through.
        }
        return 0.9;
    }

    private static TextLayer merge(List<TextLayer> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<TextLayer.Tok> toks = new ArrayList<>();
        List<TextLayer.Sent> sents = new ArrayList<>();
        List<TextLayer.RawMention> names = new ArrayList<>();
        for (TextLayer p : parts) {
            int tokOff = toks.size();
            int sentOff = sents.size();
            for (TextLayer.Tok t : p.tokens()) {
                toks.add(new TextLayer.Tok(t.index() + tokOff, t.sentence() + sentOff, t.start(), t.end(), t.word(),
                        t.pos(), t.lemma(), t.ner()));
            }
            for (TextLayer.Sent s : p.sentences()) {
                sents.add(new TextLayer.Sent(s.index() + sentOff, s.start(), s.end(), s.firstToken() + tokOff,
                        s.endToken() + tokOff));
            }
            for (TextLayer.RawMention m : p.names()) {
                names.add(new TextLayer.RawMention(m.start(), m.end(), m.tag(), m.normalized(), m.confidence(),
                        m.firstToken() + tokOff, m.endToken() + tokOff));
            }
        }
        return new TextLayer(toks, sents, names);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
