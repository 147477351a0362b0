/**
 * Review mode (Ctrl+R): stepping through the engine's names and quotes not yet reviewed, each accepted, rejected or
 * retyped with one key, as edits of the reader's history.
 */
package org.lector.ui.review;
