package org.lector.library;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * The passages that differ between two versions of a text. The texts are compared sentence by sentence first, with
 * Myers' algorithm in linear space (java-diff-utils; decision 0016), so a paragraph removed and another added are
 * a deletion and an insertion; sentences that changed are then compared word by word (words, runs of spaces and
 * single punctuation marks), and what stayed alike between two changes is folded into them when it is no longer than
 * either, so a rewritten sentence is one passage. Differences separated by nothing but spaces are one passage, so "3,000 troops" becoming "5,000 soldiers" is one change, not
 * two. Offsets are UTF-16 indices, as everywhere in Lector.
 */
public final class TextDiff {

    private static final String SENTENCE_ENDS = ".!?\u2026";
    private static final String CLOSERS = "\"'\u201d\u2019)]";

    private TextDiff() {
    }

    /** The changes that turn {@code older} into {@code newer}, in text order; empty when they are equal. */
    public static List<TextChange> between(String older, String newer) {
        if (older.equals(newer)) {
            return List.of();
        }
        // The common head and tail are cut off first: an edited article differs in a few places, and Myers' cost
        // grows with the length it is given.
        int head = 0;
        int max = Math.min(older.length(), newer.length());
        while (head < max && older.charAt(head) == newer.charAt(head)) {
            head++;
        }
        // Cut at line boundaries, which are the same in both texts within their common head and tail, so no
        // sentence is cut in two.
        while (head > 0 && older.charAt(head - 1) != '\n') {
            head--;
        }
        int tail = 0;
        while (tail < max - head
                && older.charAt(older.length() - 1 - tail) == newer.charAt(newer.length() - 1 - tail)) {
            tail++;
        }
        while (tail > 0 && older.charAt(older.length() - tail) != '\n') {
            tail--;
        }
        List<int[]> ranges = new ArrayList<>();
        for (int[] r : diff(units(older, head, older.length() - tail), units(newer, head, newer.length() - tail),
                head, older.length() - tail, head, newer.length() - tail)) {
            if (r[0] == r[1] || r[2] == r[3]) {
                add(ranges, r, older, newer);
            } else {
                // Sentences changed: word by word, with the little left alike between big changes folded in.
                cleanup(diff(tokens(older, r[0], r[1]), tokens(newer, r[2], r[3]), r[0], r[1], r[2], r[3]))
                        .forEach(w -> add(ranges, w, older, newer));
            }
        }
        for (int i = 0; i < ranges.size(); i++) {
            slide(ranges, i, older, newer);
        }
        List<TextChange> out = new ArrayList<>(ranges.size());
        for (int[] r : ranges) {
            String before = older.substring(r[0], r[1]);
            String after = newer.substring(r[2], r[3]);
            TextChange.Kind kind = before.isEmpty() ? TextChange.Kind.INSERTED
                    : after.isEmpty() ? TextChange.Kind.DELETED : TextChange.Kind.CHANGED;
            out.add(new TextChange(r[2], r[3], r[0], r[1], kind, before, after));
        }
        return out;
    }

    /**
     * The differing ranges of two token sequences, as {@code {oldStart, oldEnd, newStart, newEnd}}: {@code a} covers
     * {@code [oldFrom, oldTo)} of the older text, {@code b} {@code [newFrom, newTo)} of the newer.
     */
    private static List<int[]> diff(List<Token> a, List<Token> b, int oldFrom, int oldTo, int newFrom, int newTo) {
        List<AbstractDelta<Token>> deltas = DiffUtils.diff(a, b, new MeyersDiffWithLinearSpace<Token>(
                (x, y) -> x.key.equals(y.key))).getDeltas();
        List<int[]> out = new ArrayList<>(deltas.size());
        int i = 0;
        int j = 0;
        for (AbstractDelta<Token> d : deltas) {
            spacesOfEqual(a, b, i, j, d.getSource().getPosition() - i, out);
            int[] r = {
                position(a, d.getSource().getPosition(), oldFrom, oldTo),
                position(a, d.getSource().getPosition() + d.getSource().size(), oldFrom, oldTo),
                position(b, d.getTarget().getPosition(), newFrom, newTo),
                position(b, d.getTarget().getPosition() + d.getTarget().size(), newFrom, newTo)};
            join(out, r);
            i = d.getSource().getPosition() + d.getSource().size();
            j = d.getTarget().getPosition() + d.getTarget().size();
        }
        spacesOfEqual(a, b, i, j, a.size() - i, out);
        return out;
    }

    /** Tokens equal but for the spaces after them: the spaces are a change of their own. */
    private static void spacesOfEqual(List<Token> a, List<Token> b, int i, int j, int n, List<int[]> out) {
        for (int k = 0; k < n; k++) {
            Token x = a.get(i + k);
            Token y = b.get(j + k);
            if (!x.text.equals(y.text)) {
                join(out, new int[] {x.start + x.key.length(), x.start + x.text.length(), y.start + y.key.length(),
                    y.start + y.text.length()});
            }
        }
    }

    /** Adds a range, or widens the last one when the two touch (a deletion and an insertion at one place). */
    private static void join(List<int[]> out, int[] r) {
        int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && r[0] <= last[1] && r[2] <= last[3]) {
            last[1] = Math.max(last[1], r[1]);
            last[3] = Math.max(last[3], r[3]);
        } else {
            out.add(r);
        }
    }

    /**
     * Moves a pure insertion or deletion along the equal text around it to where a reader would draw it: Myers may
     * delete ". The mayor left" where "The mayor left. " is the same edit. Among the places the same text could be
     * cut out (or put in), the one that starts after a space or line start and ends with a space or a line end wins;
     * it never crosses the changes before and after it.
     */
    private static void slide(List<int[]> ranges, int i, String older, String newer) {
        int[] r = ranges.get(i);
        boolean deletion = r[2] == r[3];
        if (deletion == (r[0] == r[1])) {
            return; // a change, or nothing
        }
        String text = deletion ? older : newer;
        int start = deletion ? r[0] : r[2];
        int end = deletion ? r[1] : r[3];
        int lowest = i == 0 ? 0 : (deletion ? ranges.get(i - 1)[1] : ranges.get(i - 1)[3]);
        int highest = i + 1 < ranges.size() ? (deletion ? ranges.get(i + 1)[0] : ranges.get(i + 1)[2])
                : text.length();
        int bestShift = 0;
        int bestScore = boundaryScore(text, start, end);
        for (int k = 1; start - k >= lowest && text.charAt(start - k) == text.charAt(end - k); k++) {
            int score = boundaryScore(text, start - k, end - k);
            if (score > bestScore) {
                bestScore = score;
                bestShift = -k;
            }
        }
        for (int k = 1; end + k - 1 < highest && text.charAt(start + k - 1) == text.charAt(end + k - 1); k++) {
            int score = boundaryScore(text, start + k, end + k);
            if (score > bestScore) {
                bestScore = score;
                bestShift = k;
            }
        }
        if (bestShift != 0) {
            ranges.set(i, new int[] {r[0] + bestShift, r[1] + bestShift, r[2] + bestShift, r[3] + bestShift});
        }
    }

    /** How well a cut {@code [start, end)} falls on word and sentence boundaries: higher is better. */
    private static int boundaryScore(String text, int start, int end) {
        int score = 0;
        if (start == 0 || Character.isWhitespace(text.charAt(start - 1))) {
            score += 2;
        }
        if (start < text.length() && Character.isLetterOrDigit(text.charAt(start))) {
            score += 1;
        }
        if (end == text.length() || Character.isWhitespace(text.charAt(end - 1))) {
            score += 2;
        }
        if (end == text.length() || text.charAt(end - 1) == '\n') {
            score += 1;
        }
        return score;
    }

    /**
     * Folds an equality into the changes around it when it is no longer than either of them (the rule of
     * diff-match-patch's semantic cleanup): a rewritten sentence is one passage, not its words changed between a
     * few that stayed ("the", a space).
     */
    private static List<int[]> cleanup(List<int[]> ranges) {
        List<int[]> out = new ArrayList<>(ranges);
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i + 1 < out.size(); i++) {
                int[] a = out.get(i);
                int[] b = out.get(i + 1);
                int equal = b[0] - a[1];
                if (equal <= size(a) && equal <= size(b)) {
                    out.set(i, new int[] {a[0], b[1], a[2], b[3]});
                    out.remove(i + 1);
                    merged = true;
                    i--;
                }
            }
        }
        return out;
    }

    private static int size(int[] r) {
        return Math.max(r[1] - r[0], r[3] - r[2]);
    }

    /** Adds a range, joined to the one before when only the same spaces stand between them. */
    private static void add(List<int[]> ranges, int[] r, String older, String newer) {
        int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
        if (last != null && blank(newer, last[3], r[2]) && blank(older, last[1], r[0])
                && newer.substring(last[3], r[2]).equals(older.substring(last[1], r[0]))) {
            last[1] = r[1];
            last[3] = r[3];
        } else {
            ranges.add(r.clone());
        }
    }

    /**
     * Sentences and the spaces between them: the first comparison is sentence by sentence, so a paragraph removed
     * and another added read as a deletion and an insertion, not as words changed here and there.
     */
    private static List<Token> units(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int j = i;
            while (j < to && !Character.isWhitespace(text.charAt(j))) {
                while (j < to && !Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j >= to || text.charAt(j) == '\n' || endsSentence(text, i, j)) {
                    break;
                }
                int k = j;
                while (k < to && Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\n') {
                    k++;
                }
                if (k >= to || text.charAt(k) == '\n') {
                    break; // spaces at the end of a line follow the sentence, they are not inside it
                }
                j = k;
            }
            int keyEnd = j;
            while (j < to && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            out.add(new Token(text.substring(i, j), i, text.substring(i, keyEnd)));
            i = j;
        }
        return out;
    }

    /** Whether the word ending at {@code end} ends a sentence: a full stop, question or exclamation mark. */
    private static boolean endsSentence(String text, int from, int end) {
        int k = end - 1;
        while (k > from && CLOSERS.indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        return SENTENCE_ENDS.indexOf(text.charAt(k)) >= 0;
    }

    /**
     * A token of a text: a word, a run of spaces or one other character (compared as written), or a sentence with
     * the spaces after it (compared without them, so the last sentence of a paragraph is itself when one is added
     * after it).
     *
     * @param key what the token is compared by: {@code text}, or its start
     */
    private record Token(String text, int start, String key) {

        Token(String text, int start) {
            this(text, start, text);
        }
    }

    /** Words, runs of spaces and single other characters. */
    private static List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int j = i + 1;
            int cls = kind(text.charAt(i));
            if (cls != OTHER) {
                while (j < to && kind(text.charAt(j)) == cls) {
                    j++;
                }
            }
            out.add(new Token(text.substring(i, j), i));
            i = j;
        }
        return out;
    }

    private static final int WORD = 0;
    private static final int SPACE = 1;
    private static final int OTHER = 2;

    private static int kind(char c) {
        if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                || Character.getType(c) == Character.NON_SPACING_MARK) {
            return WORD;
        }
        return Character.isWhitespace(c) ? SPACE : OTHER;
    }

    private static int position(List<Token> tokens, int index, int from, int to) {
        if (tokens.isEmpty()) {
            return from;
        }
        return index < tokens.size() ? tokens.get(index).start : to;
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
