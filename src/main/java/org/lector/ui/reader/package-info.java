/**
 * The article view: a read-only rich text area with reading typography, the find bar, zoom, the restyling of the
 * text from its layers (title, highlights, find hits, flash, mark), and the pure styler that turns styled ranges
 * into the area's style spans.
 */
package org.lector.ui.reader;
