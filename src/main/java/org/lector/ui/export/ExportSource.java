package org.lector.ui.export;

import org.lector.export.ExportFormat;
import org.lector.export.ExportInput;

/**
 * The article to export, as the chosen format needs it (CoNLL the engine's tokens, which may take the engine a
 * moment); called on a background thread.
 */
@FunctionalInterface
public interface ExportSource {

    ExportInput inputFor(ExportFormat format) throws Exception;
}
