package org.lector.ui.edits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lector.model.Analysis;
import org.lector.model.AnnotationKind;
import org.lector.model.AnnotationRef;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Span;
import org.lector.ui.reader.ReaderViewModel;
import org.lector.ui.reader.WordSnap;

/**
 * The reader's new tags on words the engine did not mark (or marked otherwise): the selection, or every occurrence
 * of its words, each joining the entity already named so. Made through {@link Corrections}, so each is saved in the
 * background, undone with Ctrl+Z, and taught to the dictionary.
 */
final class Tagging {

    private final Corrections corrections;
    private final ReaderViewModel reader;

    Tagging(Corrections corrections, ReaderViewModel reader) {
        this.corrections = corrections;
        this.reader = reader;
    }

    /**
     * Tags the selection (snapped to whole words) as {@code type}; kept in the library and in the reader's
     * history, so Ctrl+Z takes it back; words that are a name already are given this type instead. Returns
     * whether anything changed.
     */
    boolean tagSelection(Span selection, EntityType type) {
        Corrections.Target target = corrections.editableTarget();
        if (target == null || selection.isEmpty()) {
            return false;
        }
        Span span = WordSnap.snap(target.document().text(), selection);
        if (span.isEmpty()) {
            return false;
        }
        EntityMention already = reader.names().exactly(span);
        if (already != null) {
            // The words are a name already: the digit gives it this type, as in review mode and on the card.
            corrections.retype(span, type);
            return already.type() != type;
        }
        String text = span.of(target.document().text());
        Analysis shown = reader.analysisProperty().get();
        reader.preview(span, type);
        String[] id = new String[1];
        DictionaryLearning.Lesson[] learned = new DictionaryLearning.Lesson[1];
        corrections.apply(target, new EditHistory.Edit() {
            @Override
            public String description() {
                return "Tagged \u201c" + text + "\u201d as " + type.label();
            }

            @Override
            public void redo() throws Exception {
                // Found here, in the background: on a novel it is a walk over some 70,000 mentions.
                Span sameName = mentionNamed(shown, text, type);
                id[0] = target.records().addEntity(span, type, "", sameName)
                        .get();
                learned[0] = DictionaryLearning.tagged(target.records(), text, type);
            }

            @Override
            public void undo() throws Exception {
                target.records().reject(AnnotationRef.user(AnnotationKind.ENTITY, id[0], span)).get();
                learned[0].forget();
            }
        });
        return true;
    }

    /**
     * Tags every occurrence of the selected words (whole words, same spelling) as {@code type}, except those
     * already highlighted with it; one step in the history, so one Ctrl+Z takes them all back.
     */
    void tagEveryOccurrence(Span selection, EntityType type) {
        Corrections.Target target = corrections.editableTarget();
        if (target == null || selection.isEmpty()) {
            return;
        }
        String text = target.document().text();
        Span first = WordSnap.snap(text, selection);
        if (first.isEmpty()) {
            return;
        }
        String words = first.of(text);
        Analysis shown = reader.analysisProperty().get();
        Span sameName = mentionNamed(shown, words, type);
        Set<Span> alreadyTagged = new HashSet<>();
        if (shown != null) {
            shown.entities().stream().filter(m -> m.type() == type).forEach(m -> alreadyTagged.add(m.span()));
        }
        List<Span> spans = new ArrayList<>();
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            Span occurrence = new Span(at, at + words.length());
            if (WordSnap.snap(text, occurrence).equals(occurrence) && !alreadyTagged.contains(occurrence)) {
                spans.add(occurrence);
            }
        }
        if (spans.isEmpty()) {
            corrections.tell("Every \u201c" + words + "\u201d is already tagged as " + type.label() + ".");
            return;
        }
        List<String> ids = new ArrayList<>();
        DictionaryLearning.Lesson[] learned = new DictionaryLearning.Lesson[1];
        corrections.apply(target, new EditHistory.Edit() {
            @Override
            public String description() {
                return "Tagged " + spans.size() + " \u00d7 \u201c" + words + "\u201d as " + type.label();
            }

            @Override
            public void redo() throws Exception {
                ids.clear();
                for (Span span : spans) {
                    // One entity for them all: the one already named so, else the first one tagged.
                    Span anchor = sameName != null || span == spans.get(0) ? sameName : spans.get(0);
                    ids.add(target.records().addEntity(span, type, "", anchor)
                            .get());
                }
                learned[0] = DictionaryLearning.tagged(target.records(), words, type);
            }

            @Override
            public void undo() throws Exception {
                for (int i = 0; i < ids.size(); i++) {
                    target.records().reject(AnnotationRef.user(AnnotationKind.ENTITY, ids.get(i), spans.get(i))).get();
                }
                learned[0].forget();
            }
        });
    }

    /**
     * A name mention of {@code type} reading {@code text} in {@code shown}, so what the reader tags joins the
     * entity already named so (one "French" in the Entities panel, not two); null when there is none.
     */
    private static Span mentionNamed(Analysis shown, String text, EntityType type) {
        if (shown == null) {
            return null;
        }
        for (EntityMention m : shown.entities()) {
            if (m.type() == type && m.form() == MentionForm.NAME && m.text().equals(text)) {
                return m.span();
            }
        }
        return null;
    }
}
