/** The Notes tab: the reader's own notes on passages and on the whole article. */
package org.lector.ui.notes;
