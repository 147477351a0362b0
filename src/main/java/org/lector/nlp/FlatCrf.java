package org.lector.nlp;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.MaxSizeConcurrentHashSet;
import java.io.File;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamException;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lector's fast format for CoreNLP's NER CRFs, written by the build from the shipped models and read through
 * CoreNLP's own loader (docs/decisions/0015-flat-model-format.md).
 *
 * <p>A model is two files. {@code NAME.crf.ser.gz} is CoreNLP's serialized classifier as {@code
 * CRFClassifier.serializeClassifier} writes it, except that its big objects are small references: {@link IndexRef}
 * for the feature index, {@link WeightsRef} for the weights, {@link KnownWordsRef} for the known lower-case words,
 * {@link LexiconRef} for the distsim lexicon. {@code NAME.crf.flat} holds the feature strings and the known words
 * ({@link StringTable}s) and the weights as one float block; the lexicon, the same in all three models, is one
 * file of its own. When CoreNLP deserializes a
 * reference, its {@code readResolve} maps the flat file and returns the object CoreNLP expects in that place, so
 * {@code ner.model} names the header file and nothing else in CoreNLP changes. Every lookup gives what the
 * original gives; {@code FlatCrfTest} compares the labels and probabilities of both on the corpus.
 *
 * <p>What a reference resolves to is kept for the life of the JVM, so the tier-1 and tier-2 pipelines, which both
 * load the 3-class model, share its index, weights and lexicon.
 */
final class FlatCrf {

    private static final Logger LOG = LoggerFactory.getLogger(FlatCrf.class);

    /** Where the build writes the flat models, on the class path. */
    static final String DIR = "org/lector/nlp/models/";
    /** CoreNLP's three English NER models, in the order CoreNLP combines them by default. */
    static final List<String> NER_MODELS = List.of("english.all.3class.distsim", "english.muc.7class.distsim",
            "english.conll.4class.distsim");
    private static final String CRF_KIND = "crf";
    private static final String LEXICON_KIND = "distsim lexicon";
    private static final int VERSION = 1;

    /** Resolved references by resource and kind: mapped once per JVM, shared by every model that refers to them. */
    private static final Map<String, Object> LOADED = new ConcurrentHashMap<>();

    private FlatCrf() {
    }

    /** The {@code ner.model} path of a model in the flat format, for one of {@link #NER_MODELS}. */
    static String header(String model) {
        return DIR + model + ".crf.ser.gz";
    }

    /** CoreNLP's own path of one of {@link #NER_MODELS}. */
    static String stock(String model) {
        return "edu/stanford/nlp/models/ner/" + model + ".crf.ser.gz";
    }

    private static String flat(String model) {
        return DIR + model + ".crf.flat";
    }

    /** The feature index of a flat model file. */
    record IndexRef(String resource) implements Serializable {
        @Serial
        private Object readResolve() {
            return resolve("index", resource, () -> new FlatFeatureIndex(
                    StringTable.read(crfFile(resource).section(0)), resource));
        }
    }

    /** The weights of a flat model file, as the {@code float[feature][label]} rows CoreNLP's CRF reads. */
    record WeightsRef(String resource) implements Serializable {
        @Serial
        private Object readResolve() {
            return resolve("weights", resource, () -> weights(crfFile(resource)));
        }
    }

    /**
     * The lower-case words a model saw in training (for its word-shape features), as CoreNLP's own set type, which
     * it keeps as it is (any other set it copies): every load of the model shares one set, as it shares the index,
     * weights and lexicon. The names tier and the full pipeline both load the 3-class model.
     */
    record KnownWordsRef(String resource) implements Serializable {
        @Serial
        private Object readResolve() {
            return resolve("known words", resource, () -> new KnownWords(
                    knownWords(StringTable.read(crfFile(resource).section(3))), resource));
        }
    }

    /**
     * A model's known lower-case words. CoreNLP offers the set every lower-case word it meets, to add it, inside a
     * lock on the set; a loaded model adds none ({@code maxAdditionalKnownLCWords} is 0, so the set is full as it is
     * loaded), but the two workers that share a model still queued on that lock for every token. A full set turns a
     * word away here without the lock; one with room adds as CoreNLP's does.
     */
    static final class KnownWords extends MaxSizeConcurrentHashSet<String> {

        @Serial
        private static final long serialVersionUID = 1L;

        private final String resource;

        KnownWords(Set<String> words, String resource) {
            super(words);
            this.resource = resource;
        }

        @Override
        public boolean add(String word) {
            // The maximum only changes as a model is loaded, and a full set's size does not change: this check gives
            // what the locked one would.
            int max = getMaxSize();
            if (max >= 0 && size() >= max) {
                return false;
            }
            return super.add(word);
        }

        /** Written again as the reference it was read from, so a model holding it serializes to the same file. */
        @Serial
        private Object writeReplace() throws ObjectStreamException {
            return new KnownWordsRef(resource);
        }
    }

    /** A distsim lexicon file. */
    record LexiconRef(String resource) implements Serializable {
        @Serial
        private Object readResolve() {
            return resolve("lexicon", resource, () -> lexicon(resource));
        }
    }

    private interface Loader {
        Object load() throws IOException;
    }

    private static Object resolve(String kind, String resource, Loader loader) {
        return LOADED.computeIfAbsent(kind + ":" + resource, k -> {
            long t0 = System.nanoTime();
            try {
                Object loaded = loader.load();
                LOG.debug("{} {} mapped in {} ms", kind, resource, (System.nanoTime() - t0) / 1_000_000);
                return loaded;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the model file " + resource, e);
            }
        });
    }

    private static FlatFile crfFile(String resource) throws IOException {
        return FlatFile.open(MappedResource.map(resource), CRF_KIND, VERSION);
    }

    private static float[][] weights(FlatFile file) {
        IntBuffer starts = file.section(1).asIntBuffer();
        FloatBuffer values = file.section(2).asFloatBuffer();
        float[][] rows = new float[starts.limit() - 1][];
        for (int i = 0; i < rows.length; i++) {
            int start = starts.get(i);
            rows[i] = new float[starts.get(i + 1) - start];
            values.get(start, rows[i]);
        }
        return rows;
    }

    private static Set<String> knownWords(StringTable words) {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return o instanceof String w && words.indexOf(w) >= 0;
            }

            @Override
            public Iterator<String> iterator() {
                return IntStream.range(0, words.size()).mapToObj(words::get).iterator();
            }

            @Override
            public int size() {
                return words.size();
            }
        };
    }

    private static FlatLexicon lexicon(String resource) throws IOException {
        FlatFile file = FlatFile.open(MappedResource.map(resource), LEXICON_KIND, VERSION);
        StringTable names = StringTable.read(file.section(2));
        String[] clusters = new String[names.size()];
        for (int i = 0; i < clusters.length; i++) {
            clusters[i] = names.get(i);
        }
        return new FlatLexicon(StringTable.read(file.section(0)), file.section(1), clusters, resource);
    }

    /**
     * {@code FlatCrf OUT_DIR MODELS_DIR}: writes the flat form of each of {@link #NER_MODELS}, read from CoreNLP's
     * files under MODELS_DIR ({@code edu/stanford/nlp/models/ner/}), into OUT_DIR (the class path root of the
     * models jar). Run by the build.
     */
    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: FlatCrf OUT_DIR MODELS_DIR");
        }
        Path out = Path.of(args[0]);
        Map<Map<String, String>, String> lexicons = new LinkedHashMap<>();
        for (String model : NER_MODELS) {
            File source = Path.of(args[1]).resolve(stock(model)).toFile();
            CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(source);
            write(crf, model, out, lexicons);
        }
    }

    private static void write(CRFClassifier<CoreLabel> crf, String model, Path out,
            Map<Map<String, String>, String> lexicons) throws IOException, ReflectiveOperationException {
        @SuppressWarnings("unchecked")
        Index<String> features = (Index<String>) field(CRFClassifier.class, "featureIndex").get(crf);
        float[][] weights = (float[][]) field(CRFClassifier.class, "weights").get(crf);
        Map<Object, Object> refs = new IdentityHashMap<>();
        refs.put(features, new IndexRef(flat(model)));
        refs.put(weights, new WeightsRef(flat(model)));
        refs.put(crf.getKnownLCWords(), new KnownWordsRef(flat(model)));
        for (FeatureFactory<CoreLabel> ff : crf.featureFactories) {
            if (ff instanceof NERFeatureFactory) {
                @SuppressWarnings("unchecked")
                Map<String, String> lexicon = (Map<String, String>) field(NERFeatureFactory.class, "lexicon").get(ff);
                if (lexicon != null) {
                    String resource = lexicons.get(lexicon);
                    if (resource == null) {
                        resource = DIR + new File(crf.flags.distSimLexicon).getName()
                                + (lexicons.isEmpty() ? "" : "-" + lexicons.size()) + ".flat";
                        writeLexicon(lexicon, out.resolve(resource));
                        lexicons.put(lexicon, resource);
                    }
                    refs.put(lexicon, new LexiconRef(resource));
                }
            }
        }

        List<String> strings = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            strings.add(features.get(i));
        }
        ByteBuffer starts = ByteBuffer.allocate(4 * (weights.length + 1)).order(FlatFile.ORDER);
        int total = 0;
        for (float[] row : weights) {
            starts.putInt(total);
            total += row.length;
        }
        starts.putInt(total);
        ByteBuffer values = ByteBuffer.allocate(4 * total).order(FlatFile.ORDER);
        for (float[] row : weights) {
            for (float w : row) {
                values.putFloat(w);
            }
        }
        FlatFile.write(out.resolve(flat(model)), CRF_KIND, VERSION, List.of(StringTable.write(strings),
                starts.flip(), values.flip(), StringTable.write(new ArrayList<>(crf.getKnownLCWords()))));

        try (OutputStream file = Files.newOutputStream(out.resolve(header(model)));
             ObjectOutputStream oos = new Replacing(new GZIPOutputStream(file), refs)) {
            crf.serializeClassifier(oos);
        }
        LOG.info("{}: {} features, {} weights written flat", model, strings.size(), total);
    }

    private static void writeLexicon(Map<String, String> lexicon, Path target) throws IOException {
        List<String> words = new ArrayList<>(lexicon.keySet());
        Map<String, Integer> clusterIds = new LinkedHashMap<>();
        ByteBuffer ids = ByteBuffer.allocate(2 * words.size()).order(FlatFile.ORDER);
        for (String w : words) {
            int id = clusterIds.computeIfAbsent(lexicon.get(w), c -> clusterIds.size());
            if (id > 0xffff) {
                throw new IOException("more than 65,536 distsim clusters");
            }
            ids.putShort((short) id);
        }
        FlatFile.write(target, LEXICON_KIND, VERSION, List.of(StringTable.write(words), ids.flip(),
                StringTable.write(new ArrayList<>(clusterIds.keySet()))));
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** Writes the objects in {@code refs} as their references. */
    private static final class Replacing extends ObjectOutputStream {
        private final Map<Object, Object> refs;

        Replacing(OutputStream out, Map<Object, Object> refs) throws IOException {
            super(out);
            this.refs = refs;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            return refs.getOrDefault(obj, obj);
        }
    }
}
