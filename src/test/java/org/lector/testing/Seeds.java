package org.lector.testing;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Seeds for property tests written as plain JUnit 5 parameterized tests: {@code @ParameterizedTest(name = "seed
 * {0}")} over {@code @MethodSource} of {@link #of(String, int)}, each case drawing its input from
 * {@code new Random(seed)}. The seeds are a fixed list, so every run tries the same inputs and a failure happens
 * again; its seed is in the case's name and in the failure message ({@link #check}). To rerun one failing case:
 * {@code -Dlector.seed=SEED}; to try more inputs than CI does: {@code -Dlector.tries=N}.
 */
public final class Seeds {

    private Seeds() {
    }

    /**
     * {@code tries} seeds for the property {@code property} (its name makes the list its own, so two properties do
     * not try the same inputs), or only the seed {@code -Dlector.seed} names.
     */
    public static LongStream of(String property, int tries) {
        String one = System.getProperty("lector.seed");
        if (one != null && !one.isBlank()) {
            return LongStream.of(Long.parseLong(one.trim()));
        }
        int n = Integer.getInteger("lector.tries", tries);
        return new SplittableRandom(property.hashCode()).longs(n);
    }

    /** A check of one input, which may throw anything. */
    @FunctionalInterface
    public interface Check {
        void run() throws Exception;
    }

    /**
     * Runs {@code check} for {@code seed}; whatever it throws comes back as an {@link AssertionError} whose message
     * starts with the seed and how to rerun it, the original as its cause.
     */
    public static void check(long seed, Check check) {
        try {
            check.run();
        } catch (Throwable t) {
            throw new AssertionError("seed " + seed + " (rerun it with -Dlector.seed=" + seed + "): " + t, t);
        }
    }
}
