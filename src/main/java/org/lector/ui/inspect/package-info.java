/**
 * The inspect card: what Lector knows about one highlighted name (type, entity, who made it) and every correction
 * of it, by keyboard and mouse, opened by clicking the highlight or with Enter at the caret.
 */
package org.lector.ui.inspect;
