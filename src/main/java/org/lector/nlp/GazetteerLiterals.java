package org.lector.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rewrites a RegexNER mapping file so that CoreNLP looks its entries up instead of trying each one at every token.
 * Run by the build on the gazetteers the pipeline loads (docs/decisions/0003-nlp-pipeline.md, "Gazetteer
 * patterns").
 *
 * <p>CoreNLP's TokensRegexNER indexes an entry by its words only when they are plain strings. An entry written as a
 * regular expression ({@code Calif\.?}, {@code Gen\.? [Oo]f [Tt]he Army}) is tried at every token of every
 * sentence: the 1,200 such entries of CoreNLP's two KBP gazetteers took three quarters of tier 1's time. Most of
 * them match finitely many words. Such an entry is written here once per match, as plain words when they hold no
 * pattern character, else as a TokensRegex sequence of exact strings ({@code ( "Calif." )}), which CoreNLP also
 * indexes; the other columns are copied. An entry with an unbounded pattern ({@code secretary of .*}) is kept as
 * it is. Every entry matches what it matched before.
 */
final class GazetteerLiterals {

    /** An entry with more matches than this is kept as a pattern. */
    static final int MAX_MATCHES = 64;
    /** What CoreNLP reads as a pattern rather than a plain word (TokensRegex's {@code ComplexNodePattern}). */
    private static final Pattern PATTERN_CHARS = Pattern.compile("[\\[\\]?.\\\\^$()*+{}|]");

    private GazetteerLiterals() {
    }

    /**
     * {@code GazetteerLiterals IN OUT [ignorecase]}: writes IN rewritten to OUT (which may be IN). With
     * {@code ignorecase} the file is one CoreNLP reads case-insensitively, so {@code [Oo]f} is one entry.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: GazetteerLiterals IN OUT [ignorecase]");
        }
        boolean ignoreCase = args.length > 2 && args[2].equals("ignorecase");
        List<String> in = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> out = rewrite(in, ignoreCase);
        Path target = Path.of(args[1]);
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.write(target, out, StandardCharsets.UTF_8);
    }

    /** The entries of a mapping file, each pattern with finitely many matches written once per match. */
    static List<String> rewrite(List<String> lines, boolean ignoreCase) {
        List<String> out = new ArrayList<>(lines.size());
        Set<String> written = new HashSet<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            String pattern = tab < 0 ? line : line.substring(0, tab);
            if (tab < 0 || !isPattern(pattern) || isTokensRegex(pattern)) {
                out.add(line);
                continue;
            }
            List<List<String>> matches = matches(pattern, ignoreCase);
            if (matches == null) {
                out.add(line);
                continue;
            }
            String rest = line.substring(tab);
            for (List<String> words : matches) {
                String entry = entry(words);
                if (written.add(ignoreCase ? entry.toLowerCase(Locale.ROOT) : entry)) {
                    out.add(entry + rest);
                }
            }
        }
        return out;
    }

    /** Whether CoreNLP reads {@code entry} as a pattern: plain words are looked up, patterns are tried. */
    static boolean isPattern(String entry) {
        if (isTokensRegex(entry)) {
            return !entry.matches("\\( (\"([^\"\\\\]|\\\\.)*\" )+\\)");
        }
        return PATTERN_CHARS.matcher(entry).find();
    }

    private static boolean isTokensRegex(String entry) {
        return entry.startsWith("( ") && entry.endsWith(" )");
    }

    /**
     * Every sequence of words the entry {@code pattern} (words separated by spaces, each a Java regular expression)
     * matches, or null when there are more than {@link #MAX_MATCHES} or the pattern is unbounded.
     */
    static List<List<String>> matches(String pattern, boolean ignoreCase) {
        List<List<String>> sequences = new ArrayList<>();
        sequences.add(List.of());
        for (String word : pattern.trim().split("\\s+")) {
            Set<String> options = new Parser(word, ignoreCase).all();
            if (options != null) {
                options.remove(""); // a token is never empty, so neither is what the pattern matched
            }
            if (options == null || options.isEmpty()) {
                return null;
            }
            List<List<String>> longer = new ArrayList<>();
            for (List<String> s : sequences) {
                for (String o : options) {
                    List<String> next = new ArrayList<>(s);
                    next.add(o);
                    longer.add(next);
                }
            }
            if (longer.size() > MAX_MATCHES) {
                return null;
            }
            sequences = longer;
        }
        return sequences;
    }

    /** Plain words when none holds a pattern character, else a TokensRegex sequence of exact strings. */
    private static String entry(List<String> words) {
        if (words.stream().noneMatch(w -> PATTERN_CHARS.matcher(w).find() || w.contains("\""))) {
            return String.join(" ", words);
        }
        StringBuilder s = new StringBuilder("(");
        for (String w : words) {
            s.append(" \"").append(w.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append(" )").toString();
    }

    /**
     * Enumerates what a regular expression matches, for the part of the syntax with finitely many matches: literal
     * and escaped characters, classes, groups, alternatives and {@code ?}. Anything else (., *, +, {n}, anchors,
     * \w and the like) makes it give up.
     */
    private static final class Parser {
        private final String regex;
        private final boolean ignoreCase;
        private int at;

        Parser(String regex, boolean ignoreCase) {
            this.regex = regex;
            this.ignoreCase = ignoreCase;
        }

        /** Every string the whole expression matches, or null. */
        Set<String> all() {
            Set<String> result = alternatives();
            return result != null && at == regex.length() ? result : null;
        }

        private Set<String> alternatives() {
            Set<String> result = sequence();
            while (result != null && at < regex.length() && regex.charAt(at) == '|') {
                at++;
                Set<String> next = sequence();
                if (next == null) {
                    return null;
                }
                result.addAll(next);
            }
            return result != null && result.size() <= MAX_MATCHES ? result : null;
        }

        private Set<String> sequence() {
            Set<String> result = new LinkedHashSet<>(List.of(""));
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                Set<String> atom = atom();
                if (atom == null) {
                    return null;
                }
                if (at < regex.length() && regex.charAt(at) == '?') {
                    at++;
                    if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                        return null;
                    }
                    Set<String> optional = new LinkedHashSet<>(List.of(""));
                    optional.addAll(atom);
                    atom = optional;
                } else if (at < regex.length() && "*+{".indexOf(regex.charAt(at)) >= 0) {
                    return null;
                }
                Set<String> longer = new LinkedHashSet<>();
                for (String r : result) {
                    for (String a : atom) {
                        longer.add(r + a);
                    }
                }
                if (longer.size() > MAX_MATCHES) {
                    return null;
                }
                result = longer;
            }
            return result;
        }

        private Set<String> atom() {
            char c = regex.charAt(at++);
            switch (c) {
                case '(' -> {
                    if (regex.startsWith("?:", at)) {
                        at += 2;
                    } else if (at < regex.length() && regex.charAt(at) == '?') {
                        return null; // look-around, flags, named groups
                    }
                    Set<String> inner = alternatives();
                    if (inner == null || at >= regex.length() || regex.charAt(at) != ')') {
                        return null;
                    }
                    at++;
                    return inner;
                }
                case '[' -> {
                    return charClass();
                }
                case '\\' -> {
                    Character escaped = escaped();
                    return escaped == null ? null : one(escaped);
                }
                case '.', '^', '$', '*', '+', '?', '{', '}', ']' -> {
                    return null;
                }
                default -> {
                    return one(c);
                }
            }
        }

        /** The character after a backslash when it stands for itself (\. \/ \-), else null (\w, \d, \Q ...). */
        private Character escaped() {
            if (at >= regex.length()) {
                return null;
            }
            char c = regex.charAt(at++);
            return Character.isLetterOrDigit(c) ? null : c;
        }

        private Set<String> charClass() {
            Set<String> chars = new LinkedHashSet<>();
            if (at < regex.length() && regex.charAt(at) == '^') {
                return null;
            }
            boolean first = true;
            while (at < regex.length() && (regex.charAt(at) != ']' || first)) {
                first = false;
                char c = regex.charAt(at++);
                if (c == '[' || c == '&') {
                    return null; // nested classes, intersections
                }
                if (c == '\\') {
                    Character escaped = escaped();
                    if (escaped == null) {
                        return null;
                    }
                    c = escaped;
                } else if (at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                    char to = regex.charAt(at + 1);
                    if (to == '\\' || to < c || to - c > 30) {
                        return null;
                    }
                    at += 2;
                    for (char r = c; r <= to; r++) {
                        chars.addAll(one(r));
                    }
                    continue;
                }
                chars.addAll(one(c));
            }
            if (at >= regex.length()) {
                return null;
            }
            at++; // ]
            return chars;
        }

        private Set<String> one(char c) {
            String s = String.valueOf(c);
            return new LinkedHashSet<>(List.of(ignoreCase ? s.toLowerCase(Locale.ROOT) : s));
        }
    }
}
