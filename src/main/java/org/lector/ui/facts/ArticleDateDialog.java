package org.lector.ui.facts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.lector.ui.common.DialogService;
import org.lector.ui.common.EditorDialogs;

/** The dialog that asks for the article's date: a date picker that also takes a typed {@code 2016-10-12}. */
public final class ArticleDateDialog {

    private static final String EARLIEST_TEXT = "1800-01-01";
    /** The earliest date accepted: an earlier one is older than any news Lector is meant for, so a typing slip. */
    static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_TEXT);

    private ArticleDateDialog() {
    }

    /** The dialog, for {@link DialogService#edit} to show, starting at {@code initial} (or today when null). */
    public static DialogService.Editor<LocalDate> editor(LocalDate initial, LocalDate today) {
        return owner -> dialog(owner, initial, today);
    }

    /**
     * Why {@code typed} is no date an article can have, or null when it is one: a day in ISO form, not after
     * {@code today} and not before {@value #EARLIEST_TEXT}.
     */
    static String problem(String typed, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return "Type the date as year-month-day, for example 2016-10-12, or pick it from the calendar.";
        }
        if (date.isAfter(today)) {
            return "The article's date cannot be after today (" + today + ").";
        }
        if (date.isBefore(EARLIEST)) {
            return "The article's date cannot be before " + EARLIEST_TEXT + ".";
        }
        return null;
    }

    private static Dialog<LocalDate> dialog(Window owner, LocalDate initial, LocalDate today) {
        Dialog<LocalDate> dialog = new Dialog<>();
        EditorDialogs.style(dialog, owner);
        dialog.setHeaderText("The article's date");
        dialog.getDialogPane().setId("article-date-dialog");
        Label why = new Label("Relative dates in the article (\u201cThursday\u201d, \u201clast week\u201d) are "
                + "placed from this date. It is kept with the article in your library.");
        why.setWrapText(true);
        why.setMaxWidth(420);
        DatePicker picker = new DatePicker(initial == null ? today : initial);
        picker.setId("article-date");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return problem(text, today) == null ? LocalDate.parse(text.strip()) : null;
            }
        });
        picker.setEditable(true);
        picker.setPromptText("2016-10-12");
        Label error = EditorDialogs.problemLabel("article-date-error", 420);
        VBox content = new VBox(10, why, EditorDialogs.label("_Date", picker), picker, error);
        dialog.getDialogPane().setContent(content);
        ButtonType set = new ButtonType("Set Date", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(set, ButtonType.CANCEL);
        LocalDate[] chosen = new LocalDate[1];
        dialog.getDialogPane().lookupButton(set).addEventFilter(ActionEvent.ACTION, e -> {
            // The typed text, not the picker's value: a date typed and not yet committed counts as typed
            String typed = picker.getEditor().getText();
            String problem = problem(typed, today);
            if (problem != null) {
                EditorDialogs.showProblem(error, problem);
                picker.requestFocus();
                e.consume();
                return;
            }
            chosen[0] = LocalDate.parse(typed.strip());
        });
        dialog.setResultConverter(button -> button == set ? chosen[0] : null);
        dialog.setOnShown(e -> picker.getEditor().requestFocus());
        return dialog;
    }
}
