/**
 * The command line (picocli): {@code lector [FILE]} opens the window; subcommands work without one.
 * The only package besides {@code app} that writes to standard output and error.
 */
package org.lector.cli;
