/** The main window: menus, the article with its side panel, the status bar, and their view model. */
package org.lector.ui.main;
