/**
 * Hostile inputs: generators of the files a hostile user (or a broken exporter) hands Lector, used by the
 * test suite at a small scale and by {@code lector bench hostile} and {@code bench/hostile.sh} at full size.
 */
package org.lector.cli.hostile;
