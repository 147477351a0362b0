package org.lector.ui.edits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lector.model.DictionaryAction;
import org.lector.model.DictionaryEntry;
import org.lector.model.EntityType;
import org.lector.reading.ReaderRecords;

/**
 * What the reader's edits teach the dictionary, applied to articles opened later: a text tagged is "always" that
 * type, a highlight removed is "never" its type, a retyped text "never" the old type and "always" the new one.
 * Each lesson remembers what it replaced, so undoing the edit puts the dictionary back as it was. Runs inside an
 * edit's background step.
 */
public final class DictionaryLearning {

    /** What one edit put in the dictionary and what each entry replaced. */
    public static final class Lesson {

        private final ReaderRecords records;
        private final List<DictionaryEntry> learned = new ArrayList<>();
        private final List<Optional<DictionaryEntry>> replaced = new ArrayList<>();

        private Lesson(ReaderRecords records) {
            this.records = records;
        }

        private Lesson learn(DictionaryEntry entry) throws Exception {
            replaced.add(records.learn(entry).get());
            learned.add(entry);
            return this;
        }

        /** Takes the lesson back: each entry is restored to what it was, or removed if it was not there. */
        public void forget() throws Exception {
            for (int i = learned.size() - 1; i >= 0; i--) {
                DictionaryEntry entry = learned.get(i);
                Optional<DictionaryEntry> before = replaced.get(i);
                if (before.isPresent()) {
                    records.restoreInDictionary(before.get()).get();
                } else {
                    records.forgetInDictionary(entry.text(), entry.type()).get();
                }
            }
        }
    }

    private DictionaryLearning() {
    }

    /** The reader tagged {@code text} as {@code type}: always tag it so. */
    public static Lesson tagged(ReaderRecords records, String text, EntityType type) throws Exception {
        return new Lesson(records).learn(new DictionaryEntry(text, type.id(), DictionaryAction.ACCEPT));
    }

    /** The reader removed the highlight of {@code text} as {@code type}: never tag it so. */
    public static Lesson removed(ReaderRecords records, String text, EntityType type) throws Exception {
        return new Lesson(records).learn(new DictionaryEntry(text, type.id(), DictionaryAction.REJECT));
    }

    /** The reader retyped {@code text} from {@code from} to {@code to}: never {@code from}, always {@code to}. */
    public static Lesson retyped(ReaderRecords records, String text, EntityType from, EntityType to) throws Exception {
        Lesson lesson = new Lesson(records);
        if (from != to) {
            lesson.learn(new DictionaryEntry(text, from.id(), DictionaryAction.REJECT));
        }
        return lesson.learn(new DictionaryEntry(text, to.id(), DictionaryAction.ACCEPT));
    }
}
