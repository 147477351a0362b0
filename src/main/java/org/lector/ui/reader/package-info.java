/**
 * The article view: a read-only rich text area with reading typography, find, zoom, and the pure styler that
 * turns styled ranges into the area's style spans.
 */
package org.lector.ui.reader;
