package org.lector.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lector.model.EntityCluster;
import org.lector.model.EntityType;
import org.lector.model.Provenance;
import org.lector.model.Quote;
import org.lector.model.QuoteKind;
import org.lector.model.Span;

/**
 * Finds quoted passages, what kind they are and who says them, by rule over the tier-1 tokens and mentions (why
 * rules and not CoreNLP's quote sieves or a dependency parse: docs/decisions/0014-quotes-and-speakers.md).
 *
 * <p>Work happens in two steps, because a speaker may be a phrase no mention covers yet ("a campaign
 * spokesman"): {@link QuoteFrames#frames} finds, for every quotation, the words that report it (the cue) and
 * where its speaker is written; {@link SpeakerPhrases#speakerPhrases} turns speaker phrases that are no mention
 * into nominal mentions, which the clusterer then groups with the rest; {@link #quotes} names each speaker by its
 * cluster. Each quotation looks at a bounded window of tokens around it, so the pass is linear in the text.
 *
 * <p>The patterns, in the order they are tried:
 * <ol>
 *   <li>a title in quotation marks ("Face the Nation", a memoir's title, a campaign's slogan) is no quote but a
 *       name ({@link QuoteTitles#asNames}); a nickname inside a name ({@code Robert C. "Bob" Hale}) and a heading
 *       set in quotation marks are no quotes at all; "so-called" makes a {@code scare} quote;</li>
 *   <li>after the quote: {@code "...," Jane Holt, chief economist at a bank, said}; {@code "...," said Holt};
 *       {@code "...," he added}; {@code "...," the newspaper wrote}; {@code "...," according to Holt};</li>
 *   <li>before it, in its sentence: {@code Holt said that the plan was "reckless"}; {@code Holt told reporters:
 *       "..."}; {@code ..., adding that "..."} (the subject of the main clause); {@code According to Holt, "..."};
 *       {@code Holt: "..."};</li>
 *   <li>a quote with no cue of its own continues the speaker of the quote before it in its paragraph
 *       ({@code "...," Macron said. "..."}), of the quote it continues over a paragraph break (an opening mark with
 *       no closing one at the paragraph's end), or, when its paragraph is only that quote, the previous
 *       paragraph's speaker;</li>
 *   <li>a pronoun speaker is the nearest earlier person of its gender (see {@link Pronouns}); an organization or a
 *       described speaker ("the White House", "a spokesman") speaks as such.</li>
 * </ol>
 * A quote nobody is reported saying is {@code scare} (a cue word in its sentence, the clause's punctuation
 * inside its marks, or "as" before it, says someone is: {@link #attributed}); one that opens its sentence is {@code direct}; otherwise
 * {@code partial}, and a partial quote's span is the reported clause that holds it ({@code she said [the rival
 * campaign "cannot win" the state]}): the quoted words alone do not say what was said.
 *
 * <p>The steps live in classes of their own: {@link Quotations} (the quotations of a text and their paragraphs),
 * {@link QuoteFrames} (step 1, the patterns in their order), {@link Subjects} and {@link ReportedClause} (who a cue's
 * subject is and what clause it reports), {@link QuoteCues} and {@link QuoteTitles} (the lexicons), {@link
 * SpeakerPhrases} (step 2) and {@link QuoteTokens} (noun phrases and token tests they share). This class is step 3.
 */
final class QuoteFinder {

    /** What a repeated quotation may differ by: quotation marks and closing punctuation. */
    private static final Pattern QUOTE_NOISE = Pattern.compile("[\"'“”‘’.,!?]");
    /** The most words a scare quote has: a longer quotation is somebody's words. */
    private static final int SCARE_WORDS = 3;
    /** How many paragraphs back the last speaker still speaks a quotation nobody else is reported saying. */
    private static final int NEAREST_PARAGRAPHS = 2;
    /** How many mentions back an unresolved pronoun speaker looks for its person. */
    private static final int SPEAKER_LOOKBACK = 300;
    /** How many tokens either side of a quotation {@link #attributed} reads its sentence for a cue. */
    private static final int SENTENCE_WINDOW = 40;
    /** The articles {@link #characterizes} reads past. */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** How far a quote with no cue looks back for a speaker to continue, in paragraphs. */
    private static final int CONTINUE_PARAGRAPHS = 1;

    private QuoteFinder() {
    }

    // ----------------------------------------------------------------------------- step 3: quotes, speakers

    /** The quotes, their kinds, spans and speakers' clusters. {@code ms} holds the speaker phrases too. */
    static List<Quote> quotes(Quotations qs, QuoteFrames.Frames frames, List<Mention> ms, Clusterer.Result clustering,
                              String engine) {
        String text = qs.text;
        List<TextLayer.Tok> toks = qs.layer.tokens();
        String[] clusterOf = clustering.clusterOfMention();
        Map<String, String> names = new HashMap<>();
        Set<String> canSpeak = new java.util.HashSet<>();
        for (EntityCluster c : clustering.clusters()) {
            names.put(c.id(), c.name());
            if (c.type() == EntityType.PERSON || c.type() == EntityType.ORGANIZATION) {
                canSpeak.add(c.id());
            }
        }
        int n = qs.size();
        String[] speaker = new String[n];
        for (int q = 0; q < n; q++) {
            speaker[q] = speakerOf(qs, frames.own()[q], ms, clustering);
        }
        // A quotation over several paragraphs is one: the speaker found for any part is every part's.
        for (int q = 1; q < n; q++) {
            if (Quotations.continuesOverParagraph(qs, q) && speaker[q] == null && frames.own()[q].how() == QuoteFrames.How.NONE) {
                speaker[q] = speaker[q - 1];
            }
        }
        for (int q = n - 2; q >= 0; q--) {
            if (Quotations.continuesOverParagraph(qs, q + 1) && speaker[q] == null && frames.own()[q].how() == QuoteFrames.How.NONE) {
                speaker[q] = speaker[q + 1];
            }
        }
        String lastSpeaker = null;
        int lastSpeakerParagraph = -1;
        Quote[] made = new Quote[n];
        boolean[] guessed = new boolean[n]; // given a speaker by the model, not by a report
        for (int q = 0; q < n; q++) {
            QuoteMarks.Marks m = qs.marks.get(q);
            QuoteFrames.Frame f = frames.own()[q];
            boolean opens = Quotations.opensSentence(text, m.start(), toks, qs.first[q]);
            String who = speaker[q];
            boolean attributed = false;
            boolean speech = false;
            int via = QuoteKindModel.VIA_NONE;
            boolean noSpeech = f.how() == QuoteFrames.How.TITLE || f.how() == QuoteFrames.How.NO_QUOTE;
            boolean undecided = who == null && !noSpeech && f.how() != QuoteFrames.How.SCARE; // "so-called" stays
            if (who == null && !noSpeech && f.how() != QuoteFrames.How.SCARE) {
                // Interrupted quotes and quote-only paragraphs continue the last speaker.
                speech = isSpeech(qs, q);
                boolean sameParagraph = lastSpeakerParagraph == qs.paragraphIndex[q];
                boolean previousParagraph = lastSpeakerParagraph >= 0 && lastSpeakerParagraph < qs.paragraphIndex[q]
                        && qs.paragraphIndex[q] - lastSpeakerParagraph <= CONTINUE_PARAGRAPHS
                        && opens && Quotations.startsParagraph(text, m.start(), qs.paragraph[q])
                        && Quotations.wordCount(text, m) > SCARE_WORDS;
                if ((sameParagraph && opens) || previousParagraph) {
                    who = lastSpeaker;
                    via = who != null ? QuoteKindModel.VIA_CONTINUE : via;
                }
                QuoteFrames.Frame fallback = frames.fallback()[q];
                if (who == null && (speech || fallback.how() != QuoteFrames.How.PARAGRAPH)) {
                    who = speakerOf(qs, fallback, ms, clustering);
                    via = who != null ? QuoteKindModel.VIA_FALLBACK : via;
                }
                // Reported by someone (a cue stands in its sentence) or someone's words rather than a term: the
                // nearest speaker says it. A few words with no report around them are the writer's scare quote.
                attributed = attributed(qs, q, ms);
                boolean reported = f.how() != QuoteFrames.How.NONE || fallback.how() == QuoteFrames.How.SENTENCE || speech
                        || attributed;
                if (who == null && reported) {
                    who = nearestSpeaker(qs, q, ms, clustering);
                    via = who != null ? QuoteKindModel.VIA_NEAREST : via;
                    if (who == null && lastSpeaker != null
                            && qs.paragraphIndex[q] - lastSpeakerParagraph <= NEAREST_PARAGRAPHS) {
                        who = lastSpeaker;
                        via = QuoteKindModel.VIA_LAST;
                    }
                }
            }
            QuoteKind kind;
            if (noSpeech) {
                kind = QuoteKind.TITLE; // dropped below: a title is a name, a nickname part of one, a heading no speech
                who = null;
            } else if (f.how() == QuoteFrames.How.SCARE
                    || who == null && !spoken(toks, f) && !(opens && isSpeech(qs, q)) && !attributed) {
                kind = QuoteKind.SCARE;
                who = null;
            } else {
                kind = opens ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
            }
            if (undecided) {
                // What the rules left open, the model trained on PolNeAR decides: somebody's words or a scare quote
                String candidate = who != null ? who : nearbySpeaker(qs, q, ms, clustering, lastSpeaker,
                        lastSpeakerParagraph);
                QuoteKindModel.Context context = new QuoteKindModel.Context(f, frames.fallback()[q],
                        kind == QuoteKind.SCARE, via, candidate != null, speech, attributed, opens,
                        lastSpeakerParagraph == qs.paragraphIndex[q]);
                boolean reported = QuoteKindModel.reported(qs, q, ms, context);
                // Only a person or an organization is given words the rules did not report ("Paris receives")
                if (reported && kind == QuoteKind.SCARE && candidate != null && canSpeak.contains(candidate)) {
                    who = candidate;
                    kind = opens ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
                    guessed[q] = true;
                } else if (!reported && kind != QuoteKind.SCARE) {
                    who = null;
                    kind = QuoteKind.SCARE;
                }
            }
            Span span = new Span(m.start(), m.end());
            if (kind == QuoteKind.PARTIAL && f.contentStart() >= 0) {
                span = new Span(Math.min(f.contentStart(), m.start()), Math.max(f.contentEnd(), m.end()));
            }
            Span cue = f.cue() >= 0 && who != null && speaker[q] != null
                    ? new Span(toks.get(f.cue()).start(), toks.get(f.cueEnd() - 1).end()) : null;
            made[q] = new Quote("q", span, text.substring(span.start(), span.end()), kind,
                    who, who == null ? "" : names.getOrDefault(who, ""), cue,
                    cue == null ? "" : text.substring(cue.start(), cue.end()),
                    Provenance.auto(engine, who == null ? 0.6 : speaker[q] != null ? 0.8 : 0.7));
            if (who != null) {
                lastSpeaker = who;
                lastSpeakerParagraph = qs.paragraphIndex[q];
            }
        }
        echo(qs, frames, made, guessed);
        List<Quote> out = new ArrayList<>();
        for (Quote q : made) {
            if (q.kind() == QuoteKind.TITLE) {
                continue; // a title is a name (QuoteTitles#asNames), not a quote; nor is a nickname or a heading
            }
            addMerged(out, q);
        }
        return out;
    }

    /**
     * Whether a frame reports speech with a speech verb of its own, though it names nobody (and a quotation that
     * opens its sentence and reads as speech is someone's words too, whoever they are) ({@code Priebus was
     * said to be "furious"}, {@code accused the donors of being "traitors"} far from its subject): such a
     * quotation is someone's words, not the writer's scare quote, even when the speaker cannot be told.
     */
    private static boolean spoken(List<TextLayer.Tok> toks, QuoteFrames.Frame f) {
        return f.how() == QuoteFrames.How.BEFORE && f.cue() >= 0 && QuoteCues.isCue(toks.get(f.cue()));
    }

    /**
     * Whether a quotation with no report of its own is still someone's words rather than the writer's scare quote,
     * by the two signs PolNeAR's training articles bear out (of the quotations the patterns left without a report,
     * those with either sign lay in a gold attribution 57 % of the time, those with neither 33 %): a word of
     * speech, stance or belief anywhere in its sentence outside quotations ({@code accused ... of being
     * "traitors"}, a cue too far from it for the patterns), or quoted words that end on the clause's punctuation
     * inside the marks ({@code "breakthrough."}), which news writes for quoted words that close a clause; and a
     * third, what somebody calls somebody ({@link #characterizes}).
     */
    private static boolean attributed(Quotations qs, int q, List<Mention> ms) {
        QuoteMarks.Marks m = qs.marks.get(q);
        if (".!?,".indexOf(Quotations.lastInside(qs.text, m)) >= 0) {
            return true;
        }
        List<TextLayer.Tok> toks = qs.layer.tokens();
        int open = qs.first[q];
        if (open >= toks.size()) {
            return false;
        }
        if (characterizes(toks, open)) {
            return true;
        }
        // A bounded window of the sentence, so that a novel's long sentences full of quotations stay linear
        TextLayer.Sent sentence = qs.layer.sentences().get(toks.get(open).sentence());
        int from = Math.max(sentence.firstToken(), open - SENTENCE_WINDOW);
        int to = Math.min(sentence.endToken(), Math.min(toks.size(), qs.after[q] + SENTENCE_WINDOW));
        for (int t = from; t < to; t++) {
            TextLayer.Tok tok = toks.get(t);
            if (qs.quoted(t) || QuoteTokens.inName(ms, t)) {
                continue;
            }
            if (QuoteCues.reportsHere(toks, t, true)
                    || tok.isNoun() && QuoteCues.CUE_NOUNS.contains(tok.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the quotation is what somebody calls somebody ({@code dismissed the plan as a "gimmick"}, {@code
     * painted her as "weak"}): "as", perhaps with an article, just before the opening mark. On PolNeAR's training
     * articles 19 of 22 quotations so placed lay in a gold attribution: the words are the subject's, not the writer's.
     */
    static boolean characterizes(List<TextLayer.Tok> toks, int open) {
        int t = open - 1;
        if (t >= 0 && ARTICLES.contains(toks.get(t).lower())) {
            t--;
        }
        return t >= 0 && toks.get(t).lower().equals("as");
    }

    /**
     * A quotation that repeats words someone is reported saying elsewhere in the text (a headline's, or a
     * paragraph's words quoted again later) is theirs (over the nearby speaker {@link QuoteKindModel} gave it), unless the text marks it a term ("so-called") or a title.
     * One map of the quoted words, so a novel's thousands of quotes are not compared pairwise.
     */
    private static void echo(Quotations qs, QuoteFrames.Frames frames, Quote[] made, boolean[] guessed) {
        Map<String, Quote> said = new HashMap<>();
        for (int q = 0; q < made.length; q++) {
            if (made[q].speakerId() != null && !guessed[q]) {
                said.putIfAbsent(normalize(qs.text.substring(qs.marks.get(q).start(), qs.marks.get(q).end())),
                        made[q]);
            }
        }
        for (int q = 0; q < made.length; q++) {
            Quote x = made[q];
            if (x.kind() != QuoteKind.SCARE && !guessed[q] || frames.own()[q].how() == QuoteFrames.How.SCARE) {
                continue;
            }
            Quote o = said.get(normalize(qs.text.substring(qs.marks.get(q).start(), qs.marks.get(q).end())));
            if (o != null) {
                made[q] = new Quote(x.id(), x.span(), x.text(), QuoteKind.PARTIAL, o.speakerId(), o.speakerName(),
                        null, "", x.provenance());
            }
        }
    }

    /**
     * The cluster a frame's speaker belongs to. A pronoun the clusterer left unresolved (its antecedent further
     * back than it looks) is the nearest earlier person of its gender outside quotations; "it" and "they" are the
     * nearest organization.
     */
    private static String speakerOf(Quotations qs, QuoteFrames.Frame f, List<Mention> ms, Clusterer.Result clustering) {
        if (!f.hasSpeaker()) {
            return null;
        }
        String[] clusterOf = clustering.clusterOfMention();
        List<TextLayer.Tok> toks = qs.layer.tokens();
        int j = SpeakerPhrases.speakerMention(ms, toks, f);
        if (j >= 0 && clusterOf[j] != null) {
            return clusterOf[j];
        }
        TextLayer.Tok first = toks.get(f.speakerStart());
        if (f.speakerEnd() - f.speakerStart() != 1 || !first.pos().startsWith("PRP")) {
            return null;
        }
        String w = first.lower();
        boolean organization = w.equals("it") || w.equals("its") || w.equals("they") || w.equals("their");
        Gender wanted = Gender.ofPronoun(w);
        if (!organization && wanted == Gender.UNKNOWN) {
            return null; // "I", "we", "you": the writer or someone the text does not name here
        }
        int from = Mention.firstFrom(ms, f.speakerStart()) - 1;
        for (int k = from; k >= 0 && k > from - SPEAKER_LOOKBACK; k--) {
            Mention m = ms.get(k);
            String c = clusterOf[k];
            if (c == null || qs.quoted(m.firstToken())) {
                continue;
            }
            if (organization ? m.type() == EntityType.ORGANIZATION
                    : m.type() == EntityType.PERSON && clustering.gender(c).fits(wanted)) {
                return c;
            }
        }
        return null;
    }

    /** {@link #nearestSpeaker}, else the last speaker when a few paragraphs back at most. */
    private static String nearbySpeaker(Quotations qs, int q, List<Mention> ms, Clusterer.Result clustering,
                                        String lastSpeaker, int lastSpeakerParagraph) {
        String who = nearestSpeaker(qs, q, ms, clustering);
        if (who == null && lastSpeaker != null && qs.paragraphIndex[q] - lastSpeakerParagraph <= NEAREST_PARAGRAPHS) {
            who = lastSpeaker;
        }
        return who;
    }

    /**
     * The speaker nearest before a quotation that has no report of its own: the subject of its sentence, else the
     * nearest person or organization before it outside quotations in its paragraph or the one before.
     */
    private static String nearestSpeaker(Quotations qs, int q, List<Mention> ms, Clusterer.Result clustering) {
        List<TextLayer.Tok> toks = qs.layer.tokens();
        int open = qs.first[q];
        if (open >= toks.size()) {
            return null;
        }
        String[] clusterOf = clustering.clusterOfMention();
        int[] subject = Subjects.mainSubject(qs, toks, QuoteFrames.clauseStart(qs, q), open, ms);
        if (subject != null) {
            int j = SpeakerPhrases.speakerMention(ms, toks, new QuoteFrames.Frame(QuoteFrames.How.SENTENCE, -1, -1, subject[0], subject[1], -1, -1));
            if (j >= 0 && clusterOf[j] != null) {
                return clusterOf[j];
            }
        }
        int para = qs.paragraphIndex[q] > 0 ? qs.paragraphStart(qs.paragraphIndex[q] - 1) : 0;
        int from = Mention.firstFrom(ms, open) - 1;
        for (int k = from; k >= 0 && k > from - SPEAKER_LOOKBACK && ms.get(k).start() >= para; k--) {
            Mention m = ms.get(k);
            if (clusterOf[k] != null && !qs.quoted(m.firstToken())
                    && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
                return clusterOf[k];
            }
        }
        return null;
    }

    /**
     * Whether a quotation reads as someone's words rather than a term: more than {@value #SCARE_WORDS} words with
     * a verb among them ("we will not accept this"), not a noun phrase ("coalition of the willing").
     */
    private static boolean isSpeech(Quotations qs, int q) {
        if (Quotations.wordCount(qs.text, qs.marks.get(q)) <= SCARE_WORDS) {
            return false;
        }
        List<TextLayer.Tok> toks = qs.layer.tokens();
        for (int t = qs.first[q]; t < qs.after[q] && t < toks.size(); t++) {
            TextLayer.Tok tok = toks.get(t);
            if (tok.isVerb() && !tok.pos().equals("VBG") && !tok.pos().equals("VBN")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds {@code q}, folding it into the quote before when their reported clauses overlap (two quoted phrases
     * in one reported clause are one quote).
     */
    private static void addMerged(List<Quote> out, Quote q) {
        if (!out.isEmpty()) {
            Quote p = out.get(out.size() - 1);
            if (q.span().start() < p.span().end()) {
                if (java.util.Objects.equals(p.speakerId(), q.speakerId()) && p.kind() == QuoteKind.PARTIAL) {
                    return; // already inside the previous quote's clause
                }
                if (q.span().end() <= p.span().end()) {
                    return;
                }
                int start = p.span().end();
                q = new Quote(q.id(), new Span(start, q.span().end()), q.text().substring(start - q.span().start()),
                        q.kind(), q.speakerId(), q.speakerName(), q.cue(), q.cueText(), q.provenance());
            }
        }
        out.add(new Quote("q" + (out.size() + 1), q.span(), q.text(), q.kind(), q.speakerId(), q.speakerName(),
                q.cue(), q.cueText(), q.provenance()));
    }

    private static String normalize(String quoted) {
        return QUOTE_NOISE.matcher(quoted).replaceAll("").trim().toLowerCase(Locale.ROOT);
    }
}
