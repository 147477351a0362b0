package org.lector.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.FxDialogService;

/** Real dialogs, except the file choosers, which a headless test cannot click through: they answer as told. */
public final class ChoosingDialogs implements DialogService {

    private final FxDialogService real;
    public volatile Path choice;
    public volatile Path libraryChoice;
    /** What the next text prompt answers; empty for cancel. */
    public volatile String textAnswer;

    public ChoosingDialogs(Stage owner) {
        real = new FxDialogService(owner);
    }

    @Override
    public void showError(String header, String message) {
        real.showError(header, message);
    }

    @Override
    public Optional<Path> chooseArticle(Path initialDirectory, List<String> extensions) {
        return Optional.ofNullable(choice);
    }

    @Override
    public Optional<Path> chooseLibrary(boolean create, Path current) {
        return Optional.ofNullable(libraryChoice);
    }

    @Override
    public Optional<String> askText(String header, String prompt, String initial) {
        return Optional.ofNullable(textAnswer);
    }

    @Override
    public boolean confirm(String header, String message, String action) {
        return real.confirm(header, message, action);
    }

    @Override
    public void showAbout(String title, String text) {
        real.showAbout(title, text);
    }

    @Override
    public <R> Optional<R> edit(Editor<R> editor) {
        return real.edit(editor);
    }

    @Override
    public void open(Panel panel) {
        real.open(panel);
    }
}
