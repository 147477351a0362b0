package org.lector.ui.edits;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lector.model.Analysis;
import org.lector.model.AnnotationKind;
import org.lector.model.AnnotationRef;
import org.lector.model.EntityMention;
import org.lector.model.Fact;
import org.lector.model.FactStatus;
import org.lector.model.MentionForm;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.LinkOpener;
import org.lector.ui.facts.FactActions;
import org.lector.ui.facts.FactEditor;
import org.lector.ui.facts.FactFields;
import org.lector.ui.quotes.QuoteActions;
import org.lector.ui.quotes.QuoteCues;
import org.lector.ui.quotes.QuoteEditor;
import org.lector.ui.reader.ReaderViewModel;

/**
 * The reader's edits to quotes and facts: adding one from the selection, changing it in its editor, setting a
 * fact's status, removing a quote. Each is one step of {@link Corrections}' history, so Ctrl+Z takes it back.
 *
 * <p>An annotation's id changes when the store makes a user copy of an engine's one, and again when an undone
 * change is redone; every edit of the same annotation shares one {@link Live} handle that follows it, so later
 * steps in the history still find what earlier ones made.
 */
public final class QuoteFactEdits implements QuoteActions, FactActions {

    /** The current id of an annotation the reader has edited, and who made the annotation now under that id. */
    private static final class Live {
        volatile String id;
        volatile Provenance.Origin origin;

        Live(String id, Provenance.Origin origin) {
            this.id = id;
            this.origin = origin;
        }

        /** {@code original} as it stands now: under the id it has now, and the reader's once the store copied it. */
        Provenance provenance(Provenance original) {
            return origin == original.origin() ? original : Provenance.user(null);
        }
    }

    /** A quote's editable fields as the store takes them. */
    private record QuoteFields(QuoteKind kind, Span speakerMention, String speakerId, String speakerName, Span cue) {
    }

    private final Corrections corrections;
    private final ReaderViewModel reader;
    private final DialogService dialogs;
    private final LinkOpener links;
    private final Map<String, Live> live = new ConcurrentHashMap<>();
    private Corrections.Target liveFor;

    /** @param dialogs where the quote and fact editors are shown */
    public QuoteFactEdits(Corrections corrections, ReaderViewModel reader, DialogService dialogs, LinkOpener links) {
        this.corrections = Objects.requireNonNull(corrections);
        this.reader = Objects.requireNonNull(reader);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.links = Objects.requireNonNull(links);
    }

    // ---- quotes ---------------------------------------------------------------------------------------------

    /** Opens the quote editor on the selected passage (with its quotation marks) and adds the quote. */
    public void addQuoteFromSelection(Span selection) {
        Corrections.Target target = target();
        Analysis shown = reader.analysisProperty().get();
        if (target == null || shown == null) {
            return;
        }
        String text = target.document().text();
        Span span = QuoteCues.passage(text, selection);
        if (span.isEmpty()) {
            corrections.tell("Select the quoted words first, then add the quote.");
            return;
        }
        String cue = QuoteCues.nearbyWords(text, span).stream().filter(QuoteFactEdits::isCommonCue).findFirst()
                .orElse("");
        Optional<QuoteEditor.Result> chosen = dialogs.edit(QuoteEditor.editor("Add a quote", span.of(text),
                new QuoteEditor.Values(QuoteKind.DIRECT, "", cue), shown.clusters(),
                QuoteCues.nearbyWords(text, span), word -> cueProblem(text, span, word)));
        if (chosen.isEmpty()) {
            return;
        }
        QuoteFields fields = fields(chosen.get(), shown, text, span);
        Live ref = new Live(null, Provenance.Origin.USER);
        String label = quoted(span.of(text));
        corrections.edit("Added the quote " + label, t -> {
            follow(ref, t.records().addQuote(span, fields.kind(), fields.speakerMention(),
                    fields.speakerName(), fields.cue()).get());
        }, t -> {
            t.records().reject(AnnotationRef.user(AnnotationKind.QUOTE, ref.id, span)).get();
            live.remove(ref.id);
        });
    }

    @Override
    public void edit(Quote quote) {
        Corrections.Target target = target();
        Analysis shown = reader.analysisProperty().get();
        if (target == null || shown == null) {
            return;
        }
        String text = target.document().text();
        Optional<QuoteEditor.Result> chosen = dialogs.edit(QuoteEditor.editor("Change the quote", quote.text(),
                new QuoteEditor.Values(quote.kind(), quote.speakerName(), quote.cueText()), shown.clusters(),
                QuoteCues.nearbyWords(text, quote.span()), word -> cueProblem(text, quote.span(), word)));
        if (chosen.isEmpty()) {
            return;
        }
        QuoteFields before = new QuoteFields(quote.kind(), mentionOf(shown, quote.speakerId()), quote.speakerId(),
                quote.speakerName(), quote.cue());
        QuoteFields after = fields(chosen.get(), shown, text, quote.span());
        if (sameQuote(before, after)) {
            corrections.tell("The quote is unchanged.");
            return;
        }
        Live ref = liveRef(quote.id(), quote.provenance());
        boolean wasEngines = !AnnotationRef.of(quote).isUser();
        corrections.edit("Changed the quote " + quoted(quote.text()), t -> {
            String id = t.records().editQuote(as(quote, ref, after), after.kind(),
                    after.speakerMention(), after.speakerName(), after.cue()).get();
            follow(ref, id);
        }, t -> {
            if (wasEngines) {
                t.records().revertToAutomatic(ref.id).get();
                follow(ref, quote.id(), quote.provenance().origin());
            } else {
                t.records().editQuote(as(quote, ref, before), before.kind(), before.speakerMention(),
                        before.speakerName(), before.cue()).get();
            }
        });
    }

    @Override
    public void remove(Quote quote) {
        Corrections.Target target = target();
        Analysis shown = reader.analysisProperty().get();
        if (target == null || shown == null) {
            return;
        }
        QuoteFields before = new QuoteFields(quote.kind(), mentionOf(shown, quote.speakerId()), quote.speakerId(),
                quote.speakerName(), quote.cue());
        Live ref = liveRef(quote.id(), quote.provenance());
        corrections.edit("Removed the quote " + quoted(quote.text()), t -> {
            t.records().reject(new AnnotationRef(AnnotationKind.QUOTE, ref.id, quote.span(), ref.origin)).get();
        }, t -> {
            String id = t.records().addQuote(quote.span(), before.kind(), before.speakerMention(),
                    before.speakerName(), before.cue()).get();
            follow(ref, id);
        });
    }

    private QuoteFields fields(QuoteEditor.Result r, Analysis shown, String text, Span quote) {
        Span cue = QuoteCues.find(text, quote, r.cue()).orElse(null);
        if (r.speaker() != null) {
            return new QuoteFields(r.kind(), mentionOf(shown, r.speaker().id()), r.speaker().id(), r.speaker().name(),
                    cue);
        }
        return new QuoteFields(r.kind(), null, null, r.speakerName(), cue);
    }

    private static boolean sameQuote(QuoteFields a, QuoteFields b) {
        return a.kind() == b.kind() && Objects.equals(a.speakerId(), b.speakerId())
                && a.speakerName().equals(b.speakerName()) && Objects.equals(a.cue(), b.cue());
    }

    /** The quote as the store should see it: its current id, and the speaker kept when no mention names one. */
    private static Quote as(Quote q, Live ref, QuoteFields f) {
        return new Quote(ref.id, q.span(), q.text(), f.kind(), f.speakerMention() == null ? f.speakerId() : null,
                f.speakerName(), f.cue(), q.cueText(), ref.provenance(q.provenance()));
    }

    private static String cueProblem(String text, Span quote, String word) {
        if (word.isBlank()) {
            return null;
        }
        if (word.strip().contains(" ")) {
            return "The cue is one word, the verb that reports the quote, such as \u201csaid\u201d.";
        }
        return QuoteCues.find(text, quote, word).isPresent() ? null
                : "\u201c" + word.strip() + "\u201d is not in the sentence around the quote; pick a word from the list.";
    }

    private static boolean isCommonCue(String word) {
        return List.of("said", "says", "told", "added", "stressed", "warned", "insisted", "declared", "argued",
                "wrote", "asked", "replied", "claimed", "noted", "explained", "announced").contains(word);
    }

    // ---- facts ----------------------------------------------------------------------------------------------

    /** Opens the fact editor on the sentence(s) the selection touches and adds the fact. */
    public void addFactFromSelection(Span selection) {
        Corrections.Target target = target();
        Analysis shown = reader.analysisProperty().get();
        if (target == null || shown == null) {
            return;
        }
        String text = target.document().text();
        // No selection: the sentence at the caret.
        Span touched = selection.isEmpty() && selection.start() < text.length()
                ? new Span(selection.start(), selection.start() + 1) : selection;
        Span sentence = FactFields.sentences(text, touched);
        if (sentence.isEmpty()) {
            corrections.tell("Select a word or more of the sentence that makes the claim, then add the fact.");
            return;
        }
        Fact blank = new Fact("", sentence, sentence.of(text), "", "", "", List.of(), null, null, "", 0,
                FactStatus.UNCHECKED, "", "", Provenance.user(null));
        Optional<FactEditor.Result> chosen = dialogs.edit(FactEditor.editor("Add a fact", blank, shown.clusters(),
                FactEditor.Focus.CLAIM));
        if (chosen.isEmpty()) {
            return;
        }
        Fact fact = chosen.get().fact();
        Span source = chosen.get().source() == null ? null : mentionOf(shown, chosen.get().source().id());
        Live ref = new Live(null, Provenance.Origin.USER);
        corrections.edit("Added a fact on \u201c" + abbreviate(fact.text(), 40) + "\u201d", t -> {
            follow(ref, t.records().addFact(fact, source).get());
        }, t -> {
            t.records().revertToAutomatic(ref.id).get();
            live.remove(ref.id);
        });
    }

    @Override
    public void edit(Fact fact) {
        Corrections.Target target = target();
        Analysis shown = reader.analysisProperty().get();
        if (target == null || shown == null) {
            return;
        }
        Optional<FactEditor.Result> chosen = dialogs.edit(FactEditor.editor("Check or change the fact", fact,
                shown.clusters(), FactEditor.Focus.CHECK));
        if (chosen.isEmpty()) {
            return;
        }
        Fact after = chosen.get().fact();
        if (sameClaim(fact, after) && fact.status() == after.status() && fact.evidence().equals(after.evidence())
                && fact.evidenceUrl().equals(after.evidenceUrl())) {
            corrections.tell("The fact is unchanged.");
            return;
        }
        if (sameClaim(fact, after)) {
            changeStatus(fact, after.status(), after.evidence(), after.evidenceUrl());
            return;
        }
        Span beforeSource = mentionOf(shown, fact.sourceId());
        Span afterSource = chosen.get().source() == null ? null : mentionOf(shown, chosen.get().source().id());
        Live ref = liveRef(fact.id(), fact.provenance());
        boolean wasEngines = !AnnotationRef.of(fact).isUser();
        corrections.edit("Changed the fact \u201c" + abbreviate(fact.text(), 40) + "\u201d", t -> {
            follow(ref, t.records().editFact(withId(fact, ref), after, afterSource).get());
        }, t -> {
            if (wasEngines) {
                t.records().revertToAutomatic(ref.id).get();
                follow(ref, fact.id(), fact.provenance().origin());
            } else {
                t.records().editFact(withId(fact, ref), fact, beforeSource).get();
            }
        });
    }

    @Override
    public void setStatus(Fact fact, FactStatus status) {
        if (target() != null) {
            changeStatus(fact, status, fact.evidence(), fact.evidenceUrl());
        }
    }

    private void changeStatus(Fact fact, FactStatus status, String evidence, String url) {
        Live ref = liveRef(fact.id(), fact.provenance());
        boolean wasEngines = !AnnotationRef.of(fact).isUser();
        corrections.edit("Marked \u201c" + abbreviate(fact.text(), 40) + "\u201d " + status.id(), t -> {
            follow(ref, t.records().setFactStatus(withId(fact, ref), status, evidence, url).get());
        }, t -> {
            if (wasEngines) {
                t.records().revertToAutomatic(ref.id).get();
                follow(ref, fact.id(), fact.provenance().origin());
            } else {
                t.records().setFactStatus(withId(fact, ref), fact.status(), fact.evidence(),
                        fact.evidenceUrl()).get();
            }
        });
    }

    @Override
    public void openLink(String url) {
        if (FactFields.urlProblem(url) == null) {
            links.open(url);
        }
    }

    private static boolean sameClaim(Fact a, Fact b) {
        return a.subject().equals(b.subject()) && a.predicate().equals(b.predicate()) && a.object().equals(b.object())
                && a.quantities().equals(b.quantities()) && Objects.equals(a.time(), b.time())
                && Objects.equals(a.sourceId(), b.sourceId()) && a.sourceName().equals(b.sourceName());
    }

    private static Fact withId(Fact f, Live ref) {
        return new Fact(ref.id, f.span(), f.text(), f.subject(), f.predicate(), f.object(), f.quantities(), f.time(),
                f.sourceId(), f.sourceName(), f.score(), f.status(), f.evidence(), f.evidenceUrl(),
                ref.provenance(f.provenance()));
    }

    // ---- shared ---------------------------------------------------------------------------------------------

    /** The article edits go to, with the handles of the last article dropped when it changed. */
    private Corrections.Target target() {
        Corrections.Target t = corrections.editableTarget();
        if (t != null && t != liveFor) {
            live.clear();
            liveFor = t;
        }
        return t;
    }

    private Live liveRef(String id, Provenance provenance) {
        return live.computeIfAbsent(id, k -> new Live(k, provenance.origin()));
    }

    /** The annotation {@code ref} follows is now the reader's copy {@code id}, which the store just made. */
    private void follow(Live ref, String id) {
        follow(ref, id, Provenance.Origin.USER);
    }

    private void follow(Live ref, String id, Provenance.Origin origin) {
        if (ref.id != null) {
            live.remove(ref.id, ref);
        }
        ref.id = id;
        ref.origin = origin;
        live.put(id, ref);
    }

    /** A mention of the cluster, a name first: the store keeps a speaker or source by it across analyses. */
    private static Span mentionOf(Analysis shown, String clusterId) {
        if (clusterId == null) {
            return null;
        }
        return shown.entities().stream().filter(m -> clusterId.equals(m.clusterId()))
                .min(Comparator.comparing((EntityMention m) -> m.form() != MentionForm.NAME)
                        .thenComparing(EntityMention::span))
                .map(EntityMention::span).orElse(null);
    }

    /** A quote's text for a message: in quotation marks, its own when it has them. */
    private static String quoted(String quote) {
        String s = abbreviate(quote, 40);
        return !s.isEmpty() && QuoteCues.isQuoteMark(s.charAt(0)) ? s : "\u201c" + s + "\u201d";
    }

    private static String abbreviate(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "\u2026";
    }

}
