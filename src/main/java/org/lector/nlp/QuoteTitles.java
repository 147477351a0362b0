package org.lector.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;

/**
 * Quotations that are no speech, for {@link QuoteFinder}: titles of shows, books and campaigns ({@code title}), and
 * terms the text marks as such ("so-called", "the word").
 */
final class QuoteTitles {

    private QuoteTitles() {
    }

    /** Nouns that make a quotation a title: a show, a book, a campaign ({@code the "Stop Trump" movement}). */
    private static final Set<String> TITLE_NOUNS = Set.of("show", "program", "programme", "book", "books", "memoir", "novel", "film", "movie",
            "documentary", "series", "song", "album", "column", "article", "op-ed", "essay",
            "headline", "episode", "podcast", "newsletter", "hashtag", "slogan", "campaign",
            "movement", "tour", "play", "musical", "poem", "blog", "video", "ad", "advertisement",
            "editorial", "titled", "entitled", "broadcast", "segment", "bestseller", "hats", "hat",
            "t-shirts", "shirts", "plates", "caucus", "initiative", "act", "bill", "report",
            "speech", "track", "sketch", "rally", "rallies", "website", "site", "page", "anthem",
            "motto", "magazine", "channel", "network", "special", "miniseries", "sitcom", "opera",
            "painting", "exhibition", "conference", "summit", "star", "stars", "starred", "co-star", "actress",
            "actor", "cast", "reboot", "remake", "sequel", "prequel", "trailer", "trailers", "season", "drama",
            "comedy", "thriller", "franchise", "classic", "host", "hosts", "co-host", "anchor");
    /** Words after which a capitalized quotation of two words or more names a show or a book, not speech. */
    private static final Set<String> TITLE_PLACES = Set.of("on", "of", "in", "from", "with", "via", "told",
            "watching", "watched", "hosted", "hosts", "starring", "titled", "entitled", "dubbed", "publish",
            "published", "wrote", "author");
    private static final Set<String> TITLE_LOWER = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for",
            "and", "or", "but", "with", "from", "by", "vs", "vs.", "is", "are", "be", "de", "la", "le", "&", "as",
            "it", "up", "into", "over", "&amp;");
    /** The articles that open an apposition saying what a title names. */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** How many words after the article an apposition's noun may stand ("an HBO comedy series"). */
    private static final int APPOSITION_WORDS = 3;
    /** The longest nickname in quotation marks, marks included ("Bobby", "Big Jim"). */
    private static final int NICKNAME_CHARS = 30;
    /** The most words a heading in quotation marks has. */
    private static final int HEADING_WORDS = 8;
    /**
     * Words that say a quotation is a term, not speech. Not "the term", "the word(s)", "the phrase": somebody
     * uses, says or refuses those words ({@code refused to say the words "..."}); on PolNeAR train 3 of the 5
     * quotations after them lay in gold attributions.
     */
    private static final Pattern SO_CALLED = Pattern.compile("(?s).*\\b(?:so[- ]called|the label|the moniker|"
            + "the nickname|the slogan|the hashtag)\\s*$", Pattern.CASE_INSENSITIVE);

    /** The subtype of a name the quote pass made from a title in quotation marks: a show, a book, a campaign. */
    static final String WORK = "WORK";

    /**
     * The titles among the quotations, as names ({@code MISC}, subtype {@value #WORK}) over the words between the
     * marks: a title names a work, it is nobody's words (decision 0014, amended). Mentions tier 1 found inside a
     * title give way to it ("Joe" in "Morning Joe"); a mention already covering the whole title is kept as it is.
     *
     * @return the mentions to keep, in text order: {@code ms} less those inside a title, and the titles
     */
    static List<Mention> asNames(Quotations qs, QuoteFrames.Frames frames, List<Mention> ms) {
        List<TextLayer.Tok> toks = qs.layer.tokens();
        List<Mention> titles = new ArrayList<>();
        for (int q = 0; q < qs.size(); q++) {
            if (frames.own()[q].how() != QuoteFrames.How.TITLE) {
                continue;
            }
            int s = qs.first[q];
            int e = Math.min(qs.after[q], toks.size());
            while (s < e && QuoteTokens.isPunct(toks.get(s))) {
                s++;
            }
            while (e > s && QuoteTokens.isPunct(toks.get(e - 1))) {
                e--;
            }
            if (s >= e) {
                continue;
            }
            int start = toks.get(s).start();
            int end = toks.get(e - 1).end();
            titles.add(new Mention(start, end, qs.text.substring(start, end), EntityType.MISC, WORK, MentionForm.NAME,
                    s, e, "", 0.7));
        }
        if (titles.isEmpty()) {
            return ms;
        }
        List<Mention> out = new ArrayList<>(ms.size() + titles.size());
        int k = 0;
        for (Mention title : titles) {
            boolean covered = false;
            int from = out.size();
            while (k < ms.size() && ms.get(k).start() < title.end()) {
                Mention m = ms.get(k++);
                if (m.overlaps(title) && m.start() >= title.start() && m.end() <= title.end()
                        && !(m.start() == title.start() && m.end() == title.end())) {
                    continue; // a name inside the title gives way to it
                }
                covered |= m.overlaps(title);
                out.add(m);
            }
            if (!covered) {
                out.add(title);
                out.subList(from, out.size()).sort(Comparator.comparingInt(Mention::start)
                        .thenComparingInt(Mention::end));
            }
        }
        while (k < ms.size()) {
            out.add(ms.get(k++));
        }
        return out;
    }

    // --------------------------------------------------------------------------------------------- helpers

    /**
     * A title in quotation marks: a few capitalized words ("Face the Nation") next to a word that names what it
     * is (a show, a book, a campaign), or after a possessive organization ("NBC's "Meet the Press"").
     */
    static boolean isTitle(Quotations qs, int q, List<Mention> ms) {
        return isTitle(qs, q, ms, true);
    }

    /** As {@link #isTitle(Quotations, int, List)}; a list of titles is looked for one quotation back only. */
    private static boolean isTitle(Quotations qs, int q, List<Mention> ms, boolean list) {
        QuoteMarks.Marks m = qs.marks.get(q);
        String inner = qs.text.substring(m.start(), m.end()).replaceAll("^[\"'“‘”„\\s]+|[\"'“”’\\s,.]+$", "");
        String[] words = inner.split("\\s+");
        if (inner.isEmpty() || words.length > 10 || !isTitleCase(words)) {
            return false;
        }
        List<TextLayer.Tok> toks = qs.layer.tokens();
        int open = qs.first[q];
        if (open > 0 && open < toks.size() && words.length >= 2 && TITLE_PLACES.contains(toks.get(open - 1).lower())) {
            return true; // appeared on "Face the Nation", told "Fox and Friends", co-editor of "Chick Lit"
        }
        boolean comma = false;
        for (int t = open - 1; t >= 0 && t >= open - 4; t--) {
            TextLayer.Tok tok = toks.get(t);
            if (TITLE_NOUNS.contains(tok.lower()) || tok.pos().equals("POS") && t > 0 && isOrganization(ms, t - 1)) {
                return true;
            }
            if (tok.word().equals(",") && !comma) {
                comma = true; // his show, "The Apprentice"
                continue;
            }
            if (qs.quoted(t) || QuoteTokens.isPunct(tok) && !tok.pos().equals("POS")) {
                break;
            }
        }
        if (list && q > 0 && listedAfterTitle(qs, q, ms)) {
            return true; // "Parks and Recreation" and "Guardians of the Galaxy"
        }
        int a = qs.after[q];
        for (int t = a; t < toks.size() && t < a + 2; t++) {
            if (TITLE_NOUNS.contains(toks.get(t).lower())) {
                return true;
            }
            if (QuoteTokens.isPunct(toks.get(t))) {
                break;
            }
        }
        return describedAfter(qs, q, toks);
    }

    /**
     * A title followed by what it is, in apposition: {@code "Harbour Lights," a novel by ...}, {@code "Night
     * Court," an NBC comedy}. The comma may stand inside the marks, as American news sets it.
     */
    private static boolean describedAfter(Quotations qs, int q, List<TextLayer.Tok> toks) {
        int t = qs.after[q];
        if (t < toks.size() && toks.get(t).word().equals(",")) {
            t++;
        } else if (!commaInside(qs.text, qs.marks.get(q))) {
            return false;
        }
        if (t >= toks.size() || !ARTICLES.contains(toks.get(t).lower())) {
            return false;
        }
        for (int k = t + 1; k < toks.size() && k <= t + APPOSITION_WORDS; k++) {
            TextLayer.Tok tok = toks.get(k);
            if (TITLE_NOUNS.contains(tok.lower()) && (k + 1 >= toks.size() || !toks.get(k + 1).isNoun())) {
                return true; // the apposition's head ("a thriller about"), not a modifier ("a campaign aide")
            }
            if (QuoteTokens.isPunct(tok) || tok.isVerb() || qs.quoted(k)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the quoted words end on a comma inside the marks, whichever marks they are ({@code "A,"}, {@code ''A,''}). */
    private static boolean commaInside(String text, QuoteMarks.Marks m) {
        int i = m.end() - 1;
        while (i > m.start() && "\"'”’ ".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i > m.start() && text.charAt(i) == ',';
    }

    /** A capitalized quotation joined by "and", "or" or a comma to the title just before it: a list of titles. */
    private static boolean listedAfterTitle(Quotations qs, int q, List<Mention> ms) {
        int between = qs.first[q] - qs.after[q - 1];
        if (between < 1 || between > 2) {
            return false;
        }
        for (int t = qs.after[q - 1]; t < qs.first[q]; t++) {
            String w = qs.layer.tokens().get(t).lower();
            if (!w.equals("and") && !w.equals("or") && !w.equals(",")) {
                return false;
            }
        }
        return isTitle(qs, q - 1, ms, false);
    }

    private static boolean isOrganization(List<Mention> ms, int token) {
        for (int j = Mention.firstFrom(ms, Math.max(0, token - 4)); j < ms.size() && ms.get(j).firstToken() <= token;
                j++) {
            Mention m = ms.get(j);
            if (m.endToken() == token + 1 && m.type() == EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitleCase(String[] words) {
        boolean upper = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                return false;
            }
            char c = w.charAt(0);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                upper = true;
            } else if (i == 0 || !TITLE_LOWER.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return upper;
    }

    /**
     * A nickname written inside a person's name ({@code Robert C. "Bobby" Scott}): one or two capitalized words
     * between a capitalized word that does not open its sentence and a capitalized word right after the closing
     * mark. It is part of the name, nobody's words.
     */
    static boolean isNickname(Quotations qs, int q) {
        QuoteMarks.Marks m = qs.marks.get(q);
        List<TextLayer.Tok> toks = qs.layer.tokens();
        int open = qs.first[q];
        int a = qs.after[q];
        if (m.open() || open < 1 || a >= toks.size() || m.end() - m.start() > NICKNAME_CHARS) {
            return false;
        }
        TextLayer.Tok before = toks.get(open - 1);
        TextLayer.Tok next = toks.get(a);
        if (before.sentence() != toks.get(open).sentence() || !capitalizedWord(before) || !capitalizedWord(next)
                || before.end() >= m.start() || next.start() <= m.end()
                || !before.pos().startsWith("NNP") || !next.pos().startsWith("NNP") || isSentenceFirst(qs, open - 1)) {
            return false;
        }
        String inner = qs.text.substring(m.start(), m.end()).replaceAll("^[\"'“‘”„]+|[\"'“”’]+$", "");
        return inner.matches("[\\p{Lu}][\\p{L}.'’-]*( [\\p{Lu}][\\p{L}.'’-]*)?");
    }

    /**
     * A heading in quotation marks: a paragraph that is nothing but a closed quotation of at most
     * {@value #HEADING_WORDS} words in title case or capitals ({@code 'The Long Road Back.'}, {@code "Related:"}), as
     * a newspaper sets a section's heading. A sentence somebody said is not written so.
     */
    static boolean isHeading(Quotations qs, int q) {
        QuoteMarks.Marks m = qs.marks.get(q);
        if (m.open() || !Quotations.startsParagraph(qs.text, m.start(), qs.paragraph[q])) {
            return false;
        }
        int e = m.end();
        while (e < qs.text.length() && qs.text.charAt(e) != '\n') {
            if (!Character.isWhitespace(qs.text.charAt(e))) {
                return false;
            }
            e++;
        }
        String inner = qs.text.substring(m.start(), m.end()).replaceAll("^[\"'“‘”„\\s]+|[\"'“”’\\s]+$", "");
        boolean label = inner.endsWith(":");
        inner = inner.replaceAll("[.:!?,;]+$", "");
        String[] words = inner.split("\\s+");
        return !inner.isEmpty() && words.length <= HEADING_WORDS && (words.length >= 2 || label) && isTitleCase(words);
    }

    private static boolean capitalizedWord(TextLayer.Tok t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
    }

    private static boolean isSentenceFirst(Quotations qs, int t) {
        return qs.layer.sentences().get(qs.layer.tokens().get(t).sentence()).firstToken() == t;
    }

    static boolean soCalled(String text, int start) {
        String before = text.substring(Math.max(0, start - 16), start);
        return SO_CALLED.matcher(before).matches();
    }
}
