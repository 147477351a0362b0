package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.tokensregex.SequenceMatcher;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.testing.Corpus;

/**
 * Lector's copy of CoreNLP's TokensRegex {@link SequenceMatcher} (docs/decisions/0033-tokensregex-matcher-allocation.md)
 * is the one the engine runs, and finds exactly what CoreNLP's own finds: the same patterns over the same sentences
 * in a class loader that sees only CoreNLP's jar give the same matches and groups.
 */
class TokensRegexMatcherTest {

    /**
     * Patterns with what SUTime's rules use: alternations, optional and repeated tokens, lazy and greedy spans, named
     * and unnamed groups, token attributes, so the matcher branches and backtracks.
     */
    private static final List<String> PATTERNS = List.of(
            "/the|a|an/ []{0,3} /[A-Z].*/+",
            "( /[0-9]+/ ) /percent|%|per/? /cent/?",
            "( [{word:/[A-Z][a-z]+/}]+ ) /,/? ( /said|says|told|asked/ )",
            "(?: /in|on|at|since|until/ ) ( /[A-Z][a-z]+/ ) ( /[0-9]{1,4}/ )?",
            "/,/ ( []+? ) /,/",
            "( [{word:/[a-z]+/}] ){2,4} /\\./",
            "(?$first /[A-Z][a-z]+/ ) (?$second /[A-Z][a-z]+/ )+",
            "[]* ( /Prince|Princess|Count|Countess|Macron|Zelensky|Europe/ ) []*",
            "/last|next|this|that/ /week|month|year|day|morning|evening|night/",
            "( /[0-9]+/ /,|and/? )+ /[a-z]+/",
            "( /he|she|they/ ) ( /[a-z]+ed/ | /was|were/ /[a-z]+ing/ ) []{0,2}? /\\.|!|\\?/");

    @Test
    void theEngineRunsLectorsCopyOfTheMatcher() {
        URL coreNlp = StanfordCoreNLP.class.getProtectionDomain().getCodeSource().getLocation();
        URL matcher = SequenceMatcher.class.getProtectionDomain().getCodeSource().getLocation();
        assertThat(matcher).as("SequenceMatcher comes from Lector's classes, not CoreNLP's jar").isNotEqualTo(coreNlp);
        assertThat(coreNlp.getPath()).contains("stanford-corenlp");
    }

    @Test
    void lectorsMatcherFindsWhatCoreNlpsOwnFinds() throws Exception {
        List<List<String>> sentences = sentences();
        URL coreNlp = StanfordCoreNLP.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader stock = new URLClassLoader(new URL[] {coreNlp}, ClassLoader.getPlatformClassLoader())) {
            Class<?> stockMatcher = stock.loadClass(SequenceMatcher.class.getName());
            assertThat(stockMatcher.getProtectionDomain().getCodeSource().getLocation()).isEqualTo(coreNlp);
            int found = 0;
            for (String pattern : PATTERNS) {
                for (String findType : List.of("FIND_NONOVERLAPPING", "FIND_ALL")) {
                    List<String> ours = matches(getClass().getClassLoader(), pattern, findType, sentences);
                    List<String> theirs = matches(stock, pattern, findType, sentences);
                    assertThat(ours).as("%s, %s", pattern, findType).isEqualTo(theirs);
                    found += ours.size();
                }
            }
            assertThat(found).as("matches found in all").isGreaterThan(1_000);
        }
    }

    /** The sample's and the first 40,000 characters of War and Peace's sentences, cut naively into words. */
    private static List<List<String>> sentences() throws IOException {
        String text = Files.readString(Corpus.file("sample/paris-summit.txt"))
                + "\n" + Files.readString(Corpus.file("long/2600-0.txt")).substring(0, 40_000);
        List<List<String>> out = new ArrayList<>();
        for (String s : text.split("(?<=[.!?])\\s+|\\n\\s*\\n")) {
            List<String> words = new ArrayList<>();
            for (String w : s.trim().split("\\s+|(?=[,.;:!?\"])|(?<=[\"])")) {
                if (!w.isBlank()) {
                    words.add(w);
                }
            }
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }

    /**
     * Every match of {@code pattern} in each sentence, with its groups, as "sentence:start-end[group start-end...]",
     * through the TokensRegex classes {@code loader} gives (reflection, as the stock loader's classes are not ours).
     */
    private static List<String> matches(ClassLoader loader, String pattern, String findType,
                                        List<List<String>> sentences) throws Exception {
        Class<?> utils = loader.loadClass("edu.stanford.nlp.ling.SentenceUtils");
        Method toLabels = utils.getMethod("toCoreLabelList", String[].class);
        Class<?> patternClass = loader.loadClass("edu.stanford.nlp.ling.tokensregex.TokenSequencePattern");
        Object compiled = patternClass.getMethod("compile", String.class).invoke(null, pattern);
        Method getMatcher = patternClass.getMethod("getMatcher", List.class);
        Class<?> matcherClass = loader.loadClass(SequenceMatcher.class.getName());
        Class<?> typeClass = loader.loadClass(SequenceMatcher.class.getName() + "$FindType");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object type = Enum.valueOf((Class) typeClass, findType);
        Method setFindType = matcherClass.getMethod("setFindType", typeClass);
        Method find = matcherClass.getMethod("find");
        Method groupCount = matcherClass.getMethod("groupCount");
        Method start = matcherClass.getMethod("start", int.class);
        Method end = matcherClass.getMethod("end", int.class);
        List<String> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            Object tokens = toLabels.invoke(null, (Object) sentences.get(s).toArray(new String[0]));
            Object m = getMatcher.invoke(compiled, tokens);
            setFindType.invoke(m, type);
            try {
                while ((Boolean) find.invoke(m)) {
                    StringBuilder b = new StringBuilder().append(s).append(':');
                    int groups = (Integer) groupCount.invoke(m);
                    for (int g = 0; g <= groups; g++) {
                        b.append(start.invoke(m, g)).append('-').append(end.invoke(m, g)).append(' ');
                    }
                    out.add(b.toString());
                }
            } catch (InvocationTargetException e) {
                // CoreNLP's FIND_ALL fails on some sentences; the copy must fail where the original does.
                out.add(s + ":" + e.getCause().getClass().getName());
            }
        }
        return out;
    }
}
