/**
 * File &gt; Export…: the export dialog ({@link org.lector.ui.export.ExportDialog}) and its view model. The dialog
 * previews the chosen format and saves it; every export runs off the FX thread with a progress bar.
 */
package org.lector.ui.export;
