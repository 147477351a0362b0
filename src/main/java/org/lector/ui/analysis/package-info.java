/**
 * The analysis of the shown article as the window runs it: the language models loaded once the window is up, the
 * library looked up first, the engine when needed, names first, a long text shown part by part; a newer article
 * cancels the older one's.
 */
package org.lector.ui.analysis;
