package org.lector.export;

/** Told how far an export has come, as a fraction in {@code [0, 1]}; called from the exporting thread. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = fraction -> { };

    void progress(double fraction);
}
