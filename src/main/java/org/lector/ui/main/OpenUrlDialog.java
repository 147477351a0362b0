package org.lector.ui.main;

import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.lector.ingest.WebPageLoader;
import org.lector.ui.common.DialogService;

/**
 * File › Open URL: asks for a web page's address. The address is taken as typed or pasted; one without a scheme
 * ({@code www.example.org/story}) is read as https. Open stays disabled until the field holds an address; an
 * address on the clipboard is offered.
 */
final class OpenUrlDialog {

    private OpenUrlDialog() {
    }

    /** The dialog, for {@link DialogService#edit}: the address to open, or empty when cancelled. */
    static DialogService.Editor<String> editor() {
        return OpenUrlDialog::build;
    }

    /**
     * The web address {@code typed} stands for, or null: an http(s) address as it is, a bare host with a dot and an
     * optional path ({@code example.org/a}) with https:// before it.
     */
    static String address(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.strip();
        if (WebPageLoader.isWebAddress(s)) {
            return s;
        }
        if (s.contains("://") || s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        String host = s.split("[/?#]", 2)[0];
        boolean hostLike = host.matches("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+(:\\d+)?")
                && !host.toLowerCase(Locale.ROOT).matches(".*\\.(html?|txt|md|pdf|epub|docx)");
        return hostLike ? "https://" + s : null;
    }

    private static Dialog<String> build(Window owner) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Open URL");
        dialog.setHeaderText("Open a web page");
        TextField field = new TextField();
        field.setId("open-url-field");
        field.setPromptText("https://");
        field.setPrefColumnCount(44);
        String clipboard = Clipboard.getSystemClipboard().hasString() ? Clipboard.getSystemClipboard().getString()
                : null;
        if (clipboard != null && WebPageLoader.isWebAddress(clipboard)) {
            field.setText(clipboard.strip());
        }
        Label hint = new Label("Lector fetches the page, shows its article and keeps the page in your library, "
                + "so it opens again without a connection.");
        hint.setWrapText(true);
        hint.setMaxWidth(440);
        hint.getStyleClass().add("dialog-hint");
        VBox content = new VBox(10, field, hint);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("open-url-dialog");
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(open, ButtonType.CANCEL);
        Node openButton = dialog.getDialogPane().lookupButton(open);
        openButton.setId("open-url-open");
        openButton.disableProperty().bind(Bindings.createBooleanBinding(() -> address(field.getText()) == null,
                field.textProperty()));
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        dialog.setResultConverter(b -> b == open ? address(field.getText()) : null);
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
        return dialog;
    }
}
