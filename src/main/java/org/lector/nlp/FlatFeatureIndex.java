package org.lector.nlp;

import edu.stanford.nlp.util.Index;
import java.io.IOException;
import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * A CRF's feature index read in place from a flat model file: the same ids as the {@code HashIndex} CoreNLP
 * serialized, looked up in a {@link StringTable}. Read-only, as a loaded model's index is: CoreNLP only asks a
 * trained classifier for {@link #indexOf}.
 */
final class FlatFeatureIndex implements Index<String> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient StringTable table;
    private final String resource;

    FlatFeatureIndex(StringTable table, String resource) {
        this.table = table;
        this.resource = resource;
    }

    @Override
    public int size() {
        return table.size();
    }

    @Override
    public String get(int i) {
        return table.get(i);
    }

    @Override
    public int indexOf(String o) {
        return o == null ? -1 : table.indexOf(o);
    }

    @Override
    public int addToIndex(String o) {
        int i = indexOf(o);
        if (i < 0) {
            throw readOnly();
        }
        return i;
    }

    @Override
    @Deprecated
    public int indexOf(String o, boolean add) {
        return add ? addToIndex(o) : indexOf(o);
    }

    @Override
    public List<String> objectsList() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return table.get(index);
            }

            @Override
            public int size() {
                return table.size();
            }
        };
    }

    @Override
    public Collection<String> objects(int[] indices) {
        List<String> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(get(i));
        }
        return out;
    }

    @Override
    public boolean isLocked() {
        return true;
    }

    @Override
    public void lock() {
        // always locked
    }

    @Override
    public void unlock() {
        throw readOnly();
    }

    /** The same lines as CoreNLP's {@code HashIndex.saveToWriter}: {@code id=feature}. */
    @Override
    public void saveToWriter(Writer out) throws IOException {
        for (int i = 0; i < size(); i++) {
            out.write(i + "=" + get(i) + '\n');
        }
    }

    @Override
    public void saveToFilename(String s) {
        try (Writer w = Files.newBufferedWriter(Path.of(s), StandardCharsets.UTF_8)) {
            saveToWriter(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String s && indexOf(s) >= 0;
    }

    @Override
    public boolean add(String s) {
        throw readOnly();
    }

    @Override
    public boolean addAll(Collection<? extends String> c) {
        throw readOnly();
    }

    @Override
    public void clear() {
        throw readOnly();
    }

    @Override
    public Iterator<String> iterator() {
        return objectsList().iterator();
    }

    @Override
    public String toString() {
        return "FlatFeatureIndex[" + resource + ", " + size() + " features]";
    }

    /** Written again as the reference it was read from, so a model holding it serializes to the same file. */
    @Serial
    private Object writeReplace() throws ObjectStreamException {
        return new FlatCrf.IndexRef(resource);
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a flat feature index is read-only");
    }
}
