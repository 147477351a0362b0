/**
 * Repair suggestions in the window: the quiet underline, the card, the review pass, and accepting a repair as a new
 * version of the article (undone like an edit). The suggestions are {@code org.lector.ingest.RepairFinder}'s; the
 * versions and dismissals are the library's.
 */
package org.lector.ui.repairs;
