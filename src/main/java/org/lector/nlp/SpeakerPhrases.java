package org.lector.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;

/**
 * Step 2 of {@link QuoteFinder}: speaker phrases no mention covers ("a campaign spokesman", "the newspaper") become
 * nominal mentions the clusterer groups with the rest, and the mention that names a frame's speaker.
 */
final class SpeakerPhrases {

    private SpeakerPhrases() {
    }

    /** Heads of a described speaker that is no person: an organization or a document. */
    private static final Set<String> ORG_HEADS = Set.of("campaign", "committee", "newspaper", "paper",
            "magazine", "network", "company", "group", "agency", "department", "office", "administration",
            "government", "party", "organization", "organisation", "board", "council", "court", "firm", "team",
            "union", "association", "coalition", "ministry", "commission", "panel", "website", "site", "outlet",
            "station", "channel", "publication", "institute", "foundation", "center", "centre", "service",
            "bureau", "embassy", "house", "senate", "congress", "pac", "caucus", "chamber", "army", "military",
            "police", "county", "state", "city", "university", "school", "church", "crowd", "audience");
    private static final Set<String> DOCUMENT_HEADS = Set.of("statement", "report", "email", "e-mail", "letter",
            "lawsuit", "suit", "ad", "advertisement", "poll", "survey", "study", "release", "editorial", "memo",
            "tweet", "post", "message", "note", "filing", "complaint", "indictment", "ruling", "order", "document",
            "transcript", "video", "book", "article", "column", "op-ed", "speech", "sign", "banner", "headline",
            "notice", "petition", "website", "page", "platform", "resolution", "bill", "motion", "verdict",
            "decision", "opinion", "brief", "affidavit", "policy", "manifesto", "text");
    private static final Set<String> PREPOSITIONS = Set.of("for", "of", "at", "with", "from", "in", "on");

    /** The subtype of a nominal mention the quote pass made for a described speaker. */
    static final String SPEAKER = "SPEAKER";

    // ------------------------------------------------------------------------- step 2: described speakers

    /**
     * Speaker phrases no mention covers ("a campaign spokesman", "the newspaper"), as nominal mentions: a
     * person, an organization or a document by their head word. The clusterer groups them with the rest.
     */
    static List<Mention> speakerPhrases(String text, TextLayer layer, List<Mention> ms, QuoteFrames.Frames frames) {
        List<TextLayer.Tok> toks = layer.tokens();
        List<Mention> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        List<QuoteFrames.Frame> all = new ArrayList<>(List.of(frames.own()));
        all.addAll(List.of(frames.fallback()));
        for (QuoteFrames.Frame f : all) {
            if (!f.hasSpeaker() || speakerMention(ms, toks, f) >= 0) {
                continue;
            }
            int s = f.speakerStart();
            int e = f.speakerEnd();
            if (!seen.add(((long) s << 32) | e)) {
                continue;
            }
            if (!toks.get(e - 1).isNoun()) {
                continue;
            }
            // Capitalized words alone are a name the recognizer missed ("Xi said"); with a determiner, a number or
            // a common noun they describe the speaker ("a campaign spokesman", "one Democrat").
            boolean name = true;
            for (int t = s; t < e; t++) {
                name &= toks.get(t).pos().startsWith("NNP");
            }
            String head = headWord(toks, s, e);
            EntityType type = ORG_HEADS.contains(head) || namedBody(toks, ms, s, e) ? EntityType.ORGANIZATION
                    : DOCUMENT_HEADS.contains(head) ? EntityType.MISC : EntityType.PERSON;
            int start = toks.get(s).start();
            int end = toks.get(e - 1).end();
            out.add(new Mention(start, end, text.substring(start, end), type, SPEAKER,
                    name ? MentionForm.NAME : MentionForm.NOMINAL, s, e, "", 0.6));
        }
        return out;
    }

    /**
     * Whether a speaker phrase names a body, not a person: "the" before names alone ("The Guardian said", "the
     * Pentagon said"), or a name the recognizer typed as no person heading the phrase ("The Daily Ledger", its
     * "Ledger" a MISC). A person's name keeps its own mention and never reaches here.
     */
    private static boolean namedBody(List<TextLayer.Tok> toks, List<Mention> ms, int s, int e) {
        boolean theThenNames = e - s >= 2 && toks.get(s).lower().equals("the");
        for (int t = s + 1; t < e && theThenNames; t++) {
            theThenNames = toks.get(t).pos().startsWith("NNP");
        }
        if (theThenNames) {
            return true;
        }
        for (int j = Mention.firstFrom(ms, Math.max(0, s - 6)); j < ms.size() && ms.get(j).firstToken() < e; j++) {
            Mention m = ms.get(j);
            if (m.firstToken() >= s && m.endToken() == e && m.form() == MentionForm.NAME
                    && (m.type() == EntityType.MISC || m.type() == EntityType.ORGANIZATION)) {
                // ...and heads it: "director of exhibits at the University" is a person.
                for (int t = s; t < m.firstToken(); t++) {
                    if (PREPOSITIONS.contains(toks.get(t).lower())) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The head noun of a phrase: its last noun before a preposition ("spokesman" in "a spokesman for X"). */
    private static String headWord(List<TextLayer.Tok> toks, int s, int e) {
        String head = toks.get(e - 1).lower();
        for (int t = s; t < e; t++) {
            if (PREPOSITIONS.contains(toks.get(t).lower())) {
                break;
            }
            if (toks.get(t).isNoun()) {
                head = toks.get(t).lower();
            }
        }
        return head;
    }

    /**
     * The mention that names a frame's speaker: a mention covering the whole phrase; else a person name ending it
     * ("Trump campaign manager Kellyanne Conway"); else the mention ending the phrase's head, before a
     * preposition ("Jane Holt of Acme Bank"); -1 when none does ("a campaign spokesman").
     */
    static int speakerMention(List<Mention> ms, List<TextLayer.Tok> toks, QuoteFrames.Frame f) {
        int s = f.speakerStart();
        int e = f.speakerEnd();
        int headEnd = e;
        for (int t = s + 1; t < e; t++) {
            if (PREPOSITIONS.contains(toks.get(t).lower())) {
                headEnd = t;
                break;
            }
        }
        int personAtEnd = -1;
        int atHead = -1;
        for (int j = Mention.firstFrom(ms, Math.max(0, s - 6)); j < ms.size() && ms.get(j).firstToken() < e; j++) {
            Mention m = ms.get(j);
            if (!QuoteTokens.canSpeak(m) || m.endToken() <= s) {
                continue;
            }
            if (m.firstToken() <= s && m.endToken() >= e) {
                return j;
            }
            if (m.firstToken() >= s && m.endToken() == e && m.type() == EntityType.PERSON) {
                personAtEnd = j;
            }
            if (m.firstToken() >= s && m.endToken() == headEnd && (atHead < 0
                    || m.type() == EntityType.PERSON && ms.get(atHead).type() != EntityType.PERSON)) {
                atHead = j;
            }
        }
        return personAtEnd >= 0 ? personAtEnd : atHead;
    }
}
