package org.lector.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.lector.ingest.WebPageLoader;
import org.lector.model.Analysis;
import org.lector.model.Document;
import org.lector.model.EntityType;
import org.lector.model.Span;
import org.lector.ui.common.SourceNames;
import org.lector.ui.common.Theme;
import org.lector.ui.dictionary.DictionaryDialog;
import org.lector.ui.dictionary.DictionaryViewModel;
import org.lector.ui.edits.QuoteFactEdits;
import org.lector.ui.export.ExportDialog;
import org.lector.ui.library.LibraryViewModel;
import org.lector.ui.library.LibraryWindow;
import org.lector.ui.reader.ReaderView;
import org.lector.ui.reader.RepaintTimer;
import org.lector.ui.repairs.RepairReview;
import org.lector.ui.repairs.RepairSuggestions;
import org.lector.ui.review.ReviewMode;

/**
 * Every command of the main window with its menu item and its key: the menu bar, the article's context menu and the
 * keys no menu carries. The one place where the whole set of commands and shortcuts (and any clash between them) can
 * be read; what the commands do lives in the slices they call (ui.edits, ui.review, ui.repairs, ui.export, ...).
 */
final class WindowCommands {

    private final Stage stage;
    private final MainViewModel viewModel;
    private final ReaderView reader;
    private final ReviewMode review;
    private final RepairSuggestions repairs;
    private final RepairReview repairReview;
    private final QuoteFactEdits quoteFactEdits;
    private final AcrossTheLibrary acrossTheLibrary;
    private final String version;
    private final Menu recentMenu = new Menu("Open _Recent");
    private LibraryWindow libraryWindow;
    private DictionaryDialog dictionaryDialog;

    WindowCommands(Stage stage, MainViewModel viewModel, ReaderView reader, ReviewMode review,
            RepairSuggestions repairs, RepairReview repairReview, QuoteFactEdits quoteFactEdits,
            AcrossTheLibrary acrossTheLibrary, String version) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.reader = reader;
        this.review = review;
        this.repairs = repairs;
        this.repairReview = repairReview;
        this.quoteFactEdits = quoteFactEdits;
        this.acrossTheLibrary = acrossTheLibrary;
        this.version = version;
    }

    /** Tagging, Add Quote and Add Fact in the article's own menu (right click), as in the Edit menu. */
    void addToContextMenu(ContextMenu menu) {
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().add(tagMenu("Tag Selection _As", "context-tag", "context-tag", false));
        menu.getItems().add(tagMenu("Tag _Every Occurrence As", "context-tag-all", "context-tag-all", true));
        menu.getItems().addAll(quoteAndFactItems(false));
    }

    /** The window's menu bar: File, Edit, View and Help, each item with its key. */
    MenuBar menuBar() {
        MenuItem open = item("_Open\u2026", "open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> viewModel.openWithDialog());
        MenuItem openUrl = item("Open _URL\u2026", "open-url", new KeyCodeCombination(KeyCode.O,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        openUrl.setOnAction(e -> viewModel.openUrlWithDialog());
        recentMenu.setId("menu-recent");
        rebuildRecentMenu();
        viewModel.recentFiles().addListener((ListChangeListener<String>) c -> rebuildRecentMenu());
        MenuItem libraryItem = item("_Library\u2026", "library",
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        libraryItem.setOnAction(e -> showLibrary());
        MenuItem peopleItem = item("_People\u2026", "people",
                new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        peopleItem.setOnAction(e -> acrossTheLibrary.showPeople());
        MenuItem claimsItem = item("_Claims Across Articles\u2026", "claims", null);
        claimsItem.setOnAction(e -> acrossTheLibrary.showClaims());
        MenuItem versionsItem = item("_Versions of This Article\u2026", "versions", null);
        versionsItem.setOnAction(e -> acrossTheLibrary.showVersions());
        MenuItem openLibrary = item("Open Li_brary\u2026", "open-library", null);
        openLibrary.setOnAction(e -> viewModel.openLibraryWithDialog());
        MenuItem newLibrary = item("_New Library\u2026", "new-library", null);
        newLibrary.setOnAction(e -> viewModel.newLibraryWithDialog());
        MenuItem export = item("_Export\u2026", "export", new KeyCodeCombination(KeyCode.E,
                KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> export());
        MenuItem quit = item("_Quit", "quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("_File", null, open, openUrl, recentMenu, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), libraryItem, peopleItem, claimsItem, versionsItem, openLibrary, newLibrary,
                new SeparatorMenuItem(), quit);
        file.setId("menu-file");

        MenuItem copy = item("_Copy", "copy", new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(e -> reader.area().copy());
        MenuItem selectAll = item("Select _All", "select-all",
                new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        selectAll.setOnAction(e -> reader.area().selectAll());
        MenuItem find = item("_Find\u2026", "find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> reader.openFind());
        MenuItem findNext = item("Find _Next", "find-next-menu", new KeyCodeCombination(KeyCode.F3));
        findNext.setOnAction(e -> viewModel.reader().findNext());
        MenuItem findPrevious = item("Find _Previous", "find-previous-menu",
                new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN));
        findPrevious.setOnAction(e -> viewModel.reader().findPrevious());
        MenuItem undo = item("_Undo", "undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> undo());
        MenuItem redo = item("_Redo", "redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        redo.setOnAction(e -> redo());
        // The digits work in the article (see installKeys); as menu accelerators they would also fire while typing
        // digits into the find field.
        Menu tag = tagMenu("_Tag Selection As", "menu-tag", "tag", false);
        Menu tagAll = tagMenu("Tag _Every Occurrence As", "menu-tag-all", "tag-all", true);
        MenuItem remove = item("Remove _Highlight (Delete)", "remove-highlight", null);
        remove.setOnAction(e -> viewModel.corrections().removeAt(reader.area().getCaretPosition()));
        MenuItem note = item("Add _Note\u2026", "add-note", new KeyCodeCombination(KeyCode.M,
                KeyCombination.SHORTCUT_DOWN));
        note.setOnAction(e -> viewModel.corrections().addNote(selection()));
        MenuItem dictionary = item("Your _Dictionary\u2026", "dictionary", null);
        dictionary.setOnAction(e -> showDictionary());
        MenuItem reviewItem = item("Re_view Automatic Tags", "review", new KeyCodeCombination(KeyCode.R,
                KeyCombination.SHORTCUT_DOWN));
        reviewItem.setOnAction(e -> toggleReview());
        MenuItem repairItem = item("Review Re_pair Suggestions", "review-repairs", new KeyCodeCombination(KeyCode.R,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        repairItem.setOnAction(e -> toggleRepairReview());
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), copy, selectAll,
                new SeparatorMenuItem(), find, findNext, findPrevious, new SeparatorMenuItem(), tag, tagAll, remove, note,
                new SeparatorMenuItem(), reviewItem, repairItem, dictionary);
        edit.getItems().addAll(quoteAndFactItems(true));
        edit.setId("menu-edit");

        MenuItem zoomIn = item("Zoom _In", "zoom-in",
                new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> viewModel.reader().zoomIn());
        MenuItem zoomOut = item("Zoom _Out", "zoom-out",
                new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> viewModel.reader().zoomOut());
        MenuItem zoomReset = item("_Actual Size", "zoom-reset",
                new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        zoomReset.setOnAction(e -> viewModel.reader().resetZoom());
        CheckMenuItem dark = new CheckMenuItem("_Dark Theme");
        dark.setId("dark-theme");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        dark.setSelected(viewModel.themeProperty().get() == Theme.DARK);
        viewModel.themeProperty().addListener((obs, o, t) -> dark.setSelected(t == Theme.DARK));
        dark.setOnAction(e -> viewModel.toggleTheme());
        CheckMenuItem side = new CheckMenuItem("_Side Panel");
        side.setId("side-panel-toggle");
        side.setAccelerator(new KeyCodeCombination(KeyCode.F9));
        side.setSelected(viewModel.sidePanelVisibleProperty().get());
        viewModel.sidePanelVisibleProperty().addListener((obs, o, v) -> side.setSelected(v));
        side.setOnAction(e -> viewModel.toggleSidePanel());
        Menu view = new Menu("_View", null, zoomIn, zoomOut, zoomReset, new SeparatorMenuItem(), dark, side);
        view.setId("menu-view");

        MenuItem about = item("_About Lector", "about", null);
        about.setOnAction(e -> viewModel.showAbout(version));
        Menu help = new Menu("_Help", null, about);
        help.setId("menu-help");

        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Enters review mode at the caret, or leaves it. */
    private void toggleReview() {
        if (review.isActive()) {
            review.leave();
        } else {
            // From the selection's start, so a passage just chosen (or the item reviewed last) comes first.
            review.enter(reader.area().getSelection().getStart());
        }
    }

    /** Enters the review of repair suggestions at the caret, or leaves it. */
    private void toggleRepairReview() {
        if (repairReview.isActive()) {
            repairReview.leave();
        } else {
            repairReview.enter(reader.area().getSelection().getStart());
        }
    }

    /**
     * Undo: the last edit of the shown version, else the last repair (accepting one shows a new version, whose
     * edits all come after it).
     */
    private void undo() {
        if (!viewModel.corrections().canUndo() && repairs.canUndo()) {
            repairs.undo();
        } else {
            viewModel.corrections().undo();
        }
    }

    private void redo() {
        if (!viewModel.corrections().canRedo() && repairs.canRedo()) {
            repairs.redo();
        } else {
            viewModel.corrections().redo();
        }
    }

    /** Tag the selection (or every occurrence of it) as a type: for the article's menu, with each type's key. */
    private Menu tagMenu(String title, String id, String itemIdPrefix, boolean everyOccurrence) {
        Menu menu = new Menu(title);
        menu.setId(id);
        for (EntityType type : EntityType.values()) {
            MenuItem t = item((everyOccurrence ? "Shift+" : "") + type.hotkey() + "  " + type.label(),
                    itemIdPrefix + "-" + type.id().toLowerCase(Locale.ROOT), null);
            t.setOnAction(e -> {
                if (everyOccurrence) {
                    tagEveryOccurrence(type);
                } else {
                    tagSelection(type);
                }
            });
            menu.getItems().add(t);
        }
        return menu;
    }

    /** Add Quote and Add Fact from the selection: in the Edit menu (with their keys) and the article's menu. */
    private List<MenuItem> quoteAndFactItems(boolean withKeys) {
        String suffix = withKeys ? "" : "-context";
        MenuItem quote = item("Add _Quote from Selection\u2026", "add-quote" + suffix, withKeys
                ? new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN) : null);
        quote.setOnAction(e -> quoteFactEdits.addQuoteFromSelection(selection()));
        MenuItem fact = item("Add Fact from _Selection\u2026", "add-fact" + suffix, withKeys
                ? new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN) : null);
        fact.setOnAction(e -> quoteFactEdits.addFactFromSelection(selection()));
        return List.of(new SeparatorMenuItem(), quote, fact);
    }

    private Span selection() {
        IndexRange r = reader.area().getSelection();
        return new Span(r.getStart(), r.getEnd());
    }

    private void tagEveryOccurrence(EntityType type) {
        if (reader.area().getSelection().getLength() > 0) {
            viewModel.corrections().tagEveryOccurrence(selection(), type);
        }
    }

    /** Tags the selection as {@code type}; whether anything was tagged. */
    private boolean tagSelection(EntityType type) {
        return reader.area().getSelection().getLength() > 0
                && viewModel.corrections().tagSelection(selection(), type);
    }

    /** Exports the shown article with everything known about it: the analysis and the reader's edits. */
    private void export() {
        Document doc = viewModel.reader().getDocument();
        Analysis analysis = viewModel.reader().analysisProperty().get();
        if (doc == null) {
            return;
        }
        if (analysis == null || !viewModel.analysisStateProperty().get().isEmpty()) {
            viewModel.dialogs().showError("The analysis is not finished yet",
                    "Export once the article has been analysed, so the export holds its names, quotes and facts.");
            return;
        }
        viewModel.dialogs().open(ExportDialog.panel(doc.title(), viewModel.exportOfShown(), viewModel.tasks()));
    }

    private void showLibrary() {
        viewModel.dialogs().open(owner -> {
            if (libraryWindow == null) {
                libraryWindow = new LibraryWindow(owner, new LibraryViewModel(viewModel::library, viewModel.tasks(),
                        viewModel.dialogs(), viewModel::showStored));
            }
            libraryWindow.show();
        });
    }

    private void showDictionary() {
        viewModel.dialogs().open(owner -> {
            if (dictionaryDialog == null) {
                dictionaryDialog = new DictionaryDialog(owner, new DictionaryViewModel(viewModel::library,
                        viewModel.tasks(), viewModel.dialogs()), viewModel.themeProperty());
            }
            dictionaryDialog.show();
        });
    }

    private static MenuItem item(String text, String id, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        List<String> recent = viewModel.recentFiles();
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recentMenu.getItems().add(none);
            return;
        }
        for (int i = 0; i < recent.size(); i++) {
            String path = recent.get(i);
            MenuItem item = new MenuItem((i < 9 ? "_" + (i + 1) + "  " : "") + recentLabel(path));
            item.setId("recent-" + i);
            item.setOnAction(e -> viewModel.openRecent(path));
            recentMenu.getItems().add(item);
        }
        MenuItem clear = new MenuItem("_Clear Recent Files");
        clear.setId("recent-clear");
        clear.setOnAction(e -> viewModel.clearRecent());
        recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    /** A file as its name and folder; a web page as its address without the scheme, shortened when long. */
    static String recentLabel(String pathOrUrl) {
        if (WebPageLoader.isWebAddress(pathOrUrl)) {
            String shown = SourceNames.shortName(pathOrUrl);
            return shown.length() > 70 ? shown.substring(0, 69) + "\u2026" : shown;
        }
        Path p = Path.of(pathOrUrl);
        return (p.getFileName() == null ? pathOrUrl : p.getFileName()) + "  \u2014  "
                + (p.getParent() == null ? "" : p.getParent());
    }

    /**
     * The keys that are no menu's accelerator: in the article a digit tags the selection and Delete removes a
     * highlight; in the window Ctrl+Y, the other zoom keys and Esc for the find bar.
     */
    void installKeys(Scene scene) {
        // Keyboard tagging where the reader reads: a digit tags the selection with that type, Delete removes the
        // highlight at the cursor. Only in the article, so the find field still takes digits.
        reader.area().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode().isArrowKey()) {
                // The baseline of bench/keypress.sh: a caret move, which the text area handles itself.
                RepaintTimer.start(scene, "caret");
            }
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                Runnable untimed = RepaintTimer.start(scene, "remove");
                if (!viewModel.corrections().removeAt(reader.area().getCaretPosition())) {
                    untimed.run();
                }
                e.consume();
                return;
            }
            int digit = e.getCode().isDigitKey() ? e.getCode().getName().charAt(e.getCode().getName().length() - 1) : -1;
            for (EntityType type : EntityType.values()) {
                if (type.hotkey() == digit) {
                    Runnable untimed = RepaintTimer.start(scene, e.isShiftDown() ? "tag-every" : "tag");
                    if (e.isShiftDown()) {
                        tagEveryOccurrence(type);
                    } else if (!tagSelection(type)) {
                        untimed.run(); // nothing was tagged: not a sample of a tag's repaint
                    }
                    e.consume();
                }
            }
        });
        // Menu accelerators cover Ctrl+Plus, Ctrl+Minus and Ctrl+0; these are the other keys people press for
        // the same thing: Ctrl+= (Plus without Shift on most layouts) and the keypad.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown()) {
                if (e.getCode() == KeyCode.ESCAPE && reader.isFindOpen()) {
                    reader.closeFind();
                    e.consume();
                }
                return;
            }
            switch (e.getCode()) {
                case Y -> {
                    redo();
                    e.consume();
                }
                case EQUALS, ADD -> {
                    viewModel.reader().zoomIn();
                    e.consume();
                }
                case SUBTRACT -> {
                    viewModel.reader().zoomOut();
                    e.consume();
                }
                case NUMPAD0 -> {
                    viewModel.reader().resetZoom();
                    e.consume();
                }
                default -> {
                    // everything else goes to the menus and the focused control
                }
            }
        });
    }
}
