package org.lector.ui.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.Span;
import org.lector.ui.reader.ReaderViewModel;
import org.lector.ui.reader.WordSnap;

/**
 * The inspect card: a popup under a highlighted name, opened by clicking it (a click, not a drag that selects) or
 * by Enter with the caret in it. It says what the name is (type, subtype, entity, who made it) and offers every
 * correction with its key: a digit retypes, Delete rejects, Alt+arrows move the boundaries (or "Use selection"
 * takes words dragged across in the article), L links the mention to another entity, M merges its entity with
 * another, S splits it out, N adds a note. Esc closes it and gives the article back the keyboard.
 *
 * <p>The card is a view: what it knows and does is {@link MentionCardViewModel}'s, which sends every edit to
 * {@link MentionEdits} and follows the name through the analysis that comes back.
 */
public final class MentionCard {

    static final String CARD_ID = "mention-card";
    /** The card's width: room for three type buttons abreast and the boundary row. */
    static final double CARD_WIDTH = 456;
    private static final double PADDING = 16;
    private static final double GAP = 6;

    private final StyleClassedTextArea area;
    private final MentionCardViewModel model;
    private final Popup popup = new Popup();
    private final VBox root = new VBox();
    private double pressX;
    private double pressY;
    /** A letter or digit just acted on: its typed character must not land in the field it may have opened. */
    private boolean swallowTyped;

    public MentionCard(StyleClassedTextArea area, ReaderViewModel reader, MentionEdits edits) {
        this.area = area;
        this.model = new MentionCardViewModel(reader, edits);
        root.setId(CARD_ID);
        root.getStyleClass().add("mention-card");
        root.setFillWidth(true);
        root.setPrefWidth(CARD_WIDTH);
        root.setMaxWidth(CARD_WIDTH);
        popup.getContent().add(root);
        // The card closes itself: a drag across the article must leave it open for "Use selection".
        popup.setAutoHide(false);
        popup.setHideOnEscape(false);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        reader.analysisProperty().addListener((obs, old, analysis) -> {
            if (isShowing()) {
                refresh();
            }
        });
        reader.documentProperty().addListener((obs, old, doc) -> close());
        install();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    /** The span of the mention shown, or null when the card is closed. */
    public Span span() {
        return isShowing() ? model.span() : null;
    }

    /** Opens the card on the highlighted name at {@code offset}; does nothing when no name is highlighted there. */
    public void openAt(int offset) {
        EntityMention m = model.highlightedAt(offset, true);
        if (m != null) {
            open(m);
        }
    }

    public void close() {
        if (popup.isShowing()) {
            popup.hide();
            area.requestFocus();
        }
        model.close();
    }

    // ---- opening, following, closing --------------------------------------------------------------------------

    private void install() {
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getScreenX();
            pressY = e.getScreenY();
        });
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            boolean dragged = Math.abs(e.getScreenX() - pressX) > 3 || Math.abs(e.getScreenY() - pressY) > 3;
            if (dragged || area.getSelection().getLength() > 0 && e.getClickCount() == 1) {
                return; // a selection being made: keep the card for "Use selection"
            }
            OptionalInt at = area.hit(e.getX(), e.getY()).getCharacterIndex();
            EntityMention m = e.getClickCount() == 1 && at.isPresent() ? model.highlightedAt(at.getAsInt(), false)
                    : null;
            if (m != null) {
                open(m);
            } else {
                close();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                EntityMention m = model.highlightedAt(area.getCaretPosition(), true);
                if (m != null) {
                    open(m);
                    e.consume();
                }
            }
        });
        ChangeListener<Object> follow = (obs, old, now) -> {
            if (isShowing()) {
                Platform.runLater(this::place);
            }
        };
        area.estimatedScrollYProperty().addListener(follow);
        // "Use selection" is there as soon as words are selected in the article, with the card open.
        area.selectionProperty().addListener((obs, old, range) -> {
            if (isShowing() && root.lookup("#card-use-selection") instanceof Button use) {
                use.setDisable(selectedWords() == null);
            }
        });
        area.widthProperty().addListener(follow);
        area.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                watch(scene, follow);
            }
        });
        if (area.getScene() != null) {
            watch(area.getScene(), follow);
        }
    }

    private void watch(Scene scene, ChangeListener<Object> follow) {
        // A press anywhere else in the window (a panel, the menu) closes the card; presses in the article decide
        // on release whether they were a click or a drag.
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (isShowing() && !(e.getTarget() instanceof Node n && isInside(n, area))) {
                close();
            }
        });
        Window window = scene.getWindow();
        if (window != null) {
            window.xProperty().addListener(follow);
            window.yProperty().addListener(follow);
            window.showingProperty().addListener((obs, old, showing) -> {
                if (!showing) {
                    close();
                }
            });
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void open(EntityMention m) {
        model.open(m);
        render(null);
        place();
        focusFirst();
    }

    /** Follows the mention in the analysis just shown: at its span, or where a changed span overlaps it. */
    private void refresh() {
        switch (model.follow()) {
            case GONE -> close();
            case WAITING -> {
                // the step the card is waiting for is not shown yet
            }
            case FOUND -> {
                Node focused = popup.getScene() == null ? null : popup.getScene().getFocusOwner();
                String focusedId = focused == null ? null : focused.getId();
                if (model.mode() == MentionCardViewModel.Mode.MAIN) {
                    render(focusedId);
                }
                place();
            }
        }
    }

    /** Puts the card under the mention, or above it when there is no room below; closes it when scrolled away. */
    private void place() {
        Window owner = area.getScene() == null ? null : area.getScene().getWindow();
        Span span = model.span();
        if (owner == null || span == null || span.end() > area.getLength()) {
            close();
            return;
        }
        Bounds b = area.getCharacterBoundsOnScreen(span.start(), span.end()).orElse(null);
        if (b == null) {
            close();
            return;
        }
        if (!popup.isShowing()) {
            popup.show(owner, b.getMinX(), b.getMaxY() + 6);
        }
        // Themes can change while it is open: the card takes the window's stylesheets each time it moves.
        popup.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        root.applyCss();
        root.layout();
        Rectangle2D screen = Screen.getScreensForRectangle(b.getMinX(), b.getMinY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        Point2D at = CardParts.placeBy(b, popup.getWidth(), popup.getHeight(), screen);
        popup.setX(at.getX());
        popup.setY(at.getY());
    }

    // ---- what the card shows ------------------------------------------------------------------------------------

    private void render(String focusId) {
        if (model.mention() == null) {
            return;
        }
        MentionFacts facts = model.facts();
        List<Node> children = new ArrayList<>();
        children.add(CardParts.header(facts, this::close));
        children.add(CardParts.section("Type"));
        children.add(CardParts.typeButtons(model.mention().type(), model::retype, CARD_WIDTH, PADDING,
                GAP));
        children.add(CardParts.section("Boundaries"));
        children.add(boundaryButtons());
        children.add(CardParts.hint("Alt+\u2190 \u2192 moves the start, Alt+Shift+\u2190 \u2192 the end. Or drag "
                + "across words in the article, then Use selection."));
        children.add(CardParts.section("Entity"));
        children.add(entityButtons());
        children.add(footer());
        root.getChildren().setAll(children);
        if (focusId != null) {
            Node again = root.lookup("#" + focusId);
            if (again != null && !again.isDisabled()) {
                again.requestFocus();
                return;
            }
        }
        focusFirst();
    }

    private Node boundaryButtons() {
        Button startLeft = step("card-start-left", "Start one word earlier (Alt+\u2190)", Boundaries::startLeft);
        Button startRight = step("card-start-right", "Start one word later (Alt+\u2192)", Boundaries::startRight);
        Button endLeft = step("card-end-left", "End one word earlier (Alt+Shift+\u2190)", Boundaries::endLeft);
        Button endRight = step("card-end-right", "End one word later (Alt+Shift+\u2192)", Boundaries::endRight);
        Button use = CardParts.action("card-use-selection", "Use selection", "U", this::useSelection);
        use.setDisable(selectedWords() == null);
        use.setTooltip(new Tooltip("The words selected in the article become the name (U)"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(4, CardParts.boundaryLabel("Start", "start"), startLeft, startRight,
                CardParts.boundaryLabel("End", "end"), endLeft, endRight, spacer, use);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A boundary button: a step left (‹) or right (›), disabled where there is no word to step to. */
    private Button step(String id, String tip, MentionCardViewModel.SpanStep move) {
        Button b = CardParts.small(id, id.endsWith("left") ? "\u2039" : "\u203a", tip, () -> model.step(move));
        b.setDisable(!model.canStep(move));
        return b;
    }

    private Node entityButtons() {
        Button link = CardParts.action("card-link", "Link to entity\u2026", "L",
                () -> pick(MentionCardViewModel.Mode.LINK));
        link.setDisable(!model.canLink());
        Button merge = CardParts.action("card-merge", "Merge with entity\u2026", "M",
                () -> pick(MentionCardViewModel.Mode.MERGE));
        merge.setDisable(!model.canMerge());
        Button split = CardParts.action("card-split", "Split out", "S", model::split);
        split.setDisable(!model.canSplit());
        split.setTooltip(new Tooltip("Make this mention an entity of its own (S)"));
        HBox row = new HBox(GAP, link, merge, split);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node footer() {
        Button note = CardParts.action("card-note", "Add note\u2026", "N", () -> {
            close();
            model.addNote();
        });
        Button reject = CardParts.action("card-reject", "Reject", "Del", this::reject);
        reject.getStyleClass().add("danger");
        reject.setTooltip(new Tooltip("This is not a name: remove the highlight (Delete)"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(6, note, spacer, reject);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("card-footer");
        return row;
    }

    // ---- picking another entity ---------------------------------------------------------------------------------

    private void pick(MentionCardViewModel.Mode picking) {
        if (model.mention() == null) {
            return;
        }
        model.pick(picking);
        boolean linking = picking == MentionCardViewModel.Mode.LINK;
        EntityPicker picker = new EntityPicker(linking, linking
                ? "Link \u201c" + model.mention().text() + "\u201d to\u2026"
                : "Merge " + model.entityName() + " with\u2026", model.choices(), c -> {
                    model.choose(c);
                    back();
                }, this::back);
        root.getChildren().setAll(picker.parts());
        place();
        picker.focus();
    }

    private void back() {
        model.back();
        render(null);
        place();
    }

    // ---- the corrections --------------------------------------------------------------------------------------

    private void reject() {
        close();
        model.reject();
    }

    private void useSelection() {
        if (model.useSelection(selectedWords())) {
            area.deselect();
        }
    }

    /** The article's selection snapped to whole words, or null when nothing is selected. */
    private Span selectedWords() {
        if (area.getSelection().getLength() == 0) {
            return null;
        }
        Span s = WordSnap.snap(model.text(), new Span(area.getSelection().getStart(), area.getSelection().getEnd()));
        return s.isEmpty() ? null : s;
    }

    // ---- keys ---------------------------------------------------------------------------------------------------

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE) {
            if (model.mode() == MentionCardViewModel.Mode.MAIN) {
                close();
            } else {
                back();
            }
            e.consume();
            return;
        }
        if (code == KeyCode.TAB) {
            traverse(!e.isShiftDown());
            e.consume();
            return;
        }
        if (e.isShortcutDown() && (code == KeyCode.Z || code == KeyCode.Y)) {
            // Not counted as in flight: what comes back may move the mention, and the card follows it there.
            if (code == KeyCode.Y || e.isShiftDown()) {
                model.redo();
            } else {
                model.undo();
            }
            e.consume();
            return;
        }
        Node focus = popup.getScene() == null ? null : popup.getScene().getFocusOwner();
        if (code == KeyCode.ENTER) {
            if (model.mode() != MentionCardViewModel.Mode.MAIN) {
                Node ok = root.lookup("#card-pick");
                if (ok instanceof Button b && !b.isDisabled()) {
                    b.fire();
                }
            } else if (focus instanceof Button b && !b.isDisabled()) {
                b.fire();
            }
            e.consume();
            return;
        }
        if (model.mode() != MentionCardViewModel.Mode.MAIN || e.isShortcutDown()) {
            return; // the filter field takes the letters
        }
        if (e.isAltDown() && (code == KeyCode.LEFT || code == KeyCode.RIGHT)) {
            boolean left = code == KeyCode.LEFT;
            if (e.isShiftDown()) {
                model.step(left ? Boundaries::endLeft : Boundaries::endRight);
            } else {
                model.step(left ? Boundaries::startLeft : Boundaries::startRight);
            }
            e.consume();
            return;
        }
        if (e.isAltDown()) {
            return;
        }
        if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            reject();
            e.consume();
            return;
        }
        if (code.isDigitKey() && !e.isShiftDown()) {
            char digit = code.getName().charAt(code.getName().length() - 1);
            for (EntityType t : EntityType.values()) {
                if (t.hotkey() == digit) {
                    model.retype(t);
                }
            }
            swallowTyped = true;
            e.consume();
            return;
        }
        Runnable letter = switch (code) {
            case L -> () -> fireIfEnabled("#card-link");
            case M -> () -> fireIfEnabled("#card-merge");
            case S -> () -> fireIfEnabled("#card-split");
            case N -> () -> fireIfEnabled("#card-note");
            case U -> () -> fireIfEnabled("#card-use-selection");
            default -> null;
        };
        if (letter != null) {
            swallowTyped = true;
            letter.run();
            e.consume();
        }
    }

    private void fireIfEnabled(String id) {
        if (root.lookup(id) instanceof Button b && !b.isDisabled()) {
            b.fire();
        }
    }

    /** Tab and Shift+Tab go round the card's controls and stay in it, as in a dialog. */
    private void traverse(boolean forward) {
        Node focus = popup.getScene() == null ? null : popup.getScene().getFocusOwner();
        Node next = CardParts.nextStop(root, focus, forward);
        if (next != null) {
            next.requestFocus();
        }
    }

    private void focusFirst() {
        Node current = root.lookup(".card-types .current");
        if (current != null) {
            current.requestFocus();
        } else {
            traverse(true);
        }
    }
}
