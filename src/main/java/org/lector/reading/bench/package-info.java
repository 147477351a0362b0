/**
 * Library benchmarks: commit latency, load time of a heavily annotated document (its rows read and laid over the
 * engine's analysis), bytes per annotation. Plain classes with a {@code run(PrintStream)} method, for the CLI's
 * {@code bench} command; not unit tests, because timings on a shared machine are not pass/fail facts.
 */
package org.lector.reading.bench;
