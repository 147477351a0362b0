/**
 * The main window and its menus, the status bar, and {@link org.lector.ui.main.MainViewModel}, which opens articles
 * and puts the window's parts together: the library in use ({@link org.lector.ui.main.LibrarySession}), the recent
 * files, and the slices (reader, panels, card, edits, review, analysis). The only ui package that holds the library.
 */
package org.lector.ui.main;
