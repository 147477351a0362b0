/**
 * Store benchmarks: commit latency, load time of a heavily annotated document, bytes per annotation. Plain
 * classes with a {@code run(PrintStream)} method, for the CLI's {@code bench} command; not unit tests, because
 * timings on a shared machine are not pass/fail facts.
 */
package org.lector.store.bench;
