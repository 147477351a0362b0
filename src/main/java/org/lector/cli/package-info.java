/**
 * Lector's command line (picocli): {@code analyze} and, from other branches, {@code export}, {@code import},
 * {@code bench}. The only package besides the UI that writes to standard output.
 */
package org.lector.cli;
