package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lector.model.Analysis;
import java.util.List;
import org.lector.model.AnnotationRef;
import org.lector.model.DictionaryAction;
import org.lector.model.DictionaryEntry;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Span;
import org.junit.jupiter.api.io.TempDir;
import org.lector.testing.Fixtures;

/** The dictionary table: find, replace with what it replaced, update (type or rule), delete, and the dates. */
class DictionaryStoreTest {

    @TempDir
    Path dir;

    private static final Instant T1 = Instant.parse("2025-03-27T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-28T10:00:00Z");

    @Test
    void replaceReturnsWhatWasThereSoAnUndoCanPutItBack() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            DictionaryEntry always = new DictionaryEntry("Kyiv", "PLACE", DictionaryAction.ACCEPT, T1);
            assertThat(lib.dictionary().replace(always).join()).isEmpty();
            DictionaryEntry never = new DictionaryEntry("Kyiv", "PLACE", DictionaryAction.REJECT, T2);
            assertThat(lib.dictionary().replace(never).join()).contains(always);
            assertThat(lib.dictionary().find("Kyiv", "PLACE")).contains(never);
            assertThat(lib.dictionary().find("Kyiv", "PERSON")).isEmpty();

            lib.dictionary().put(always).join();
            assertThat(lib.dictionary().list()).containsExactly(always);
        }
    }

    @Test
    void updateChangesTypeOrRuleAndKeepsOneEntryPerTextAndType() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            DictionaryEntry kyiv = new DictionaryEntry("Kyiv", "PERSON", DictionaryAction.ACCEPT, T1);
            DictionaryEntry kyivPlace = new DictionaryEntry("Kyiv", "PLACE", DictionaryAction.REJECT, T1);
            lib.dictionary().put(kyiv).join();
            lib.dictionary().put(kyivPlace).join();

            DictionaryEntry retyped = new DictionaryEntry("Kyiv", "PLACE", DictionaryAction.ACCEPT, T2);
            lib.dictionary().update(kyiv, retyped).join();
            assertThat(lib.dictionary().list()).containsExactly(retyped);

            DictionaryEntry never = new DictionaryEntry("Kyiv", "PLACE", DictionaryAction.REJECT, T2);
            lib.dictionary().update(retyped, never).join();
            assertThat(lib.dictionary().list()).containsExactly(never);

            lib.dictionary().delete("Kyiv", "PLACE").join();
            assertThat(lib.dictionary().list()).isEmpty();
            assertThat(lib.dictionary().find("Kyiv", "PLACE")).isEqualTo(Optional.empty());
        }
    }

    @Test
    void entriesAndTheirDatesSurviveReopening() {
        Path file = dir.resolve("library.db");
        DictionaryEntry entry = new DictionaryEntry("Élysée Palace", "PLACE", DictionaryAction.ACCEPT, T1);
        try (Library lib = Library.open(file)) {
            lib.dictionary().put(entry).join();
        }
        try (Library lib = Library.open(file)) {
            assertThat(lib.dictionary().list()).containsExactly(entry);
        }
    }
    @Test
    void theReadersChoicesInAnArticleStandThereAndTheDictionaryAppliesElsewhere() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            String text = "Macron spoke. Macron left on Thursday.\n";
            EntityMention first = Fixtures.mention("m1", text, new Span(0, 6), EntityType.PERSON, "c1");
            EntityMention second = Fixtures.mention("m2", text, new Span(14, 20), EntityType.PERSON, "c1");
            Analysis engine = new Analysis("p1", List.of(first, second),
                    List.of(new EntityCluster("c1", "Macron", EntityType.PERSON, List.of("m1", "m2"))), List.of(),
                    List.of(), List.of());
            long here = lib.documents().importDocument(Fixtures.doc("/a.txt", text)).join().versionId();
            long elsewhere = lib.documents().importDocument(Fixtures.doc("/b.txt", text)).join().versionId();
            // The reader removed the first Macron here, which taught the dictionary "never Macron as a Person".
            lib.annotations().reject(here, AnnotationRef.of(first)).join();
            lib.dictionary().put(new DictionaryEntry("Macron", "PERSON", DictionaryAction.REJECT)).join();
            lib.dictionary().put(new DictionaryEntry("Thursday", "DATE", DictionaryAction.ACCEPT)).join();

            Analysis there = Fixtures.withDictionary(lib, here, text, engine);
            assertThat(there.entities()).extracting(m -> m.span().start() + ":" + m.text())
                    .containsExactly("14:Macron", "29:Thursday");

            Analysis other = Fixtures.withDictionary(lib, elsewhere, text, engine);
            assertThat(other.entities()).extracting(m -> m.span().start() + ":" + m.text())
                    .containsExactly("29:Thursday");
        }
    }
}
