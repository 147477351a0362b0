/** The Quotes tab: every quoted passage, grouped by who said it. */
package org.lector.ui.quotes;
