/**
 * The reader's edits to the shown article: tagging, removing and retyping names, boundaries, links, merges, splits,
 * notes, quotes and facts, each one step of one undo history, saved in order in the background through
 * {@code org.lector.reading.ReaderRecords}; and what they teach the reader's dictionary.
 */
package org.lector.ui.edits;
