package org.lector.nlp;

import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * CoreNLP's distributional-similarity lexicon (word to cluster name; 533,629 words in 511 clusters) read in place
 * from a flat file, one copy for every CRF that uses it. Each of CoreNLP's three NER models serializes its own
 * {@code HashMap} of the same words, which Java deserialization rebuilt three times; this map replaces them.
 *
 * <p>Read-only; only {@link #get} is on CoreNLP's path (NERFeatureFactory's distsim annotation).
 */
final class FlatLexicon extends AbstractMap<String, String> implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient StringTable words;
    private final transient ByteBuffer clusterOfWord;
    private final transient String[] clusters;
    private final String resource;

    /**
     * @param words         the words
     * @param clusterOfWord for each word id, its cluster's id (an unsigned 16-bit value)
     * @param clusters      the cluster names by id
     */
    FlatLexicon(StringTable words, ByteBuffer clusterOfWord, String[] clusters, String resource) {
        this.words = words;
        this.clusterOfWord = clusterOfWord;
        this.clusters = clusters;
        this.resource = resource;
    }

    @Override
    public String get(Object key) {
        if (!(key instanceof String word)) {
            return null;
        }
        int id = words.indexOf(word);
        return id < 0 ? null : clusterOf(id);
    }

    private String clusterOf(int id) {
        return clusters[Short.toUnsignedInt(clusterOfWord.getShort(2 * id))];
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String word && words.indexOf(word) >= 0;
    }

    @Override
    public int size() {
        return words.size();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < words.size();
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int id = next++;
                        return Map.entry(words.get(id), clusterOf(id));
                    }
                };
            }

            @Override
            public int size() {
                return words.size();
            }
        };
    }

    @Override
    public String toString() {
        return "FlatLexicon[" + resource + ", " + size() + " words]";
    }

    /** Written again as the reference it was read from, so a model holding it serializes to the same file. */
    @Serial
    private Object writeReplace() throws ObjectStreamException {
        return new FlatCrf.LexiconRef(resource);
    }
}
