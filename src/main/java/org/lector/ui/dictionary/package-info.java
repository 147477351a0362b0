/** Edit › Your Dictionary…: the texts the reader has said are always or never a type, to list, change and delete. */
package org.lector.ui.dictionary;
