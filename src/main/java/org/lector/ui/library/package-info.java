/** The library window: the articles kept in the library, full-text search over them and their notes, delete. */
package org.lector.ui.library;
