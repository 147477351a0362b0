package org.lector.ui.inspect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.lector.model.Analysis;
import org.lector.model.EntityCluster;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.model.MentionForm;
import org.lector.model.Span;
import org.lector.ui.reader.Highlights;
import org.lector.ui.reader.ReaderViewModel;
import org.lector.ui.reader.WordSnap;

/**
 * The inspect card: a popup under a highlighted name, opened by clicking it (a click, not a drag that selects) or
 * by Enter with the caret in it. It says what the name is (type, subtype, entity, who made it) and offers every
 * correction with its key: a digit retypes, Delete rejects, Alt+arrows move the boundaries (or "Use selection"
 * takes words dragged across in the article), L links the mention to another entity, M merges its entity with
 * another, S splits it out, N adds a note. Esc closes it and gives the article back the keyboard.
 *
 * <p>The card holds no edit state: it asks {@link MentionEdits} and shows the analysis that comes back, following
 * the mention by its span.
 */
public final class MentionCard {

    static final String CARD_ID = "mention-card";
    /** The card's width: room for three type buttons abreast and the boundary row. */
    static final double CARD_WIDTH = 456;
    private static final double PADDING = 16;
    private static final double GAP = 6;

    private enum Mode {
        MAIN,
        LINK,
        MERGE
    }

    /** An entity to pick in the link and merge lists, with a mention of it that the store can point at. */
    record Choice(EntityCluster cluster, Span anchor, int mentions) {
        @Override
        public String toString() {
            return cluster.name();
        }
    }

    private final StyleClassedTextArea area;
    private final ReaderViewModel reader;
    private final MentionEdits edits;
    private final Popup popup = new Popup();
    private final VBox root = new VBox();
    /** The mention the card is about, by its span; moved ahead of the analysis by a boundary step. */
    private Span span;
    private EntityMention mention;
    private Mode mode = Mode.MAIN;
    /** Edits sent but not shown yet: until they are, the card keeps its own idea of where the mention is. */
    private int inFlight;
    private double pressX;
    private double pressY;
    /** A letter or digit just acted on: its typed character must not land in the field it may have opened. */
    private boolean swallowTyped;

    public MentionCard(StyleClassedTextArea area, ReaderViewModel reader, MentionEdits edits) {
        this.area = area;
        this.reader = reader;
        this.edits = edits;
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
                inFlight = Math.max(0, inFlight - 1);
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
        return isShowing() ? span : null;
    }

    /** Opens the card on the highlighted name at {@code offset}; does nothing when no name is highlighted there. */
    public void openAt(int offset) {
        EntityMention m = highlightedAt(offset, true);
        if (m != null) {
            open(m);
        }
    }

    public void close() {
        if (popup.isShowing()) {
            popup.hide();
            area.requestFocus();
        }
        mode = Mode.MAIN;
        inFlight = 0;
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
            EntityMention m = e.getClickCount() == 1 && at.isPresent() ? highlightedAt(at.getAsInt(), false) : null;
            if (m != null) {
                open(m);
            } else {
                close();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                EntityMention m = highlightedAt(area.getCaretPosition(), true);
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

    /**
     * The highlighted name at a character of the text, the shortest when names nest. At the caret the position
     * just after a name counts too, as Delete treats it.
     */
    private EntityMention highlightedAt(int offset, boolean caret) {
        Analysis a = reader.analysisProperty().get();
        if (a == null) {
            return null;
        }
        return a.entities().stream()
                .filter(m -> m.form() == MentionForm.NAME && !reader.hiddenTypes().contains(m.type()))
                .filter(m -> m.span().contains(offset) || caret && m.span().end() == offset && offset > 0)
                .min(Comparator.comparingInt(m -> m.span().length()))
                .orElse(null);
    }

    private void open(EntityMention m) {
        span = m.span();
        mention = m;
        mode = Mode.MAIN;
        inFlight = 0;
        render(null);
        place();
        focusFirst();
    }

    /** Follows the mention in the analysis just shown: at its span, or where a changed span overlaps it. */
    private void refresh() {
        Analysis a = reader.analysisProperty().get();
        if (a == null) {
            close();
            return;
        }
        EntityMention found = a.entities().stream().filter(m -> m.span().equals(span))
                .min(Comparator.comparing(m -> m.form() == MentionForm.NAME ? 0 : 1)).orElse(null);
        if (found == null && inFlight > 0) {
            return; // the step the card is waiting for is not shown yet
        }
        if (found == null) {
            found = a.entities().stream()
                    .filter(m -> m.form() == MentionForm.NAME && m.span().overlaps(span))
                    .max(Comparator.comparingInt(m -> Math.min(m.span().end(), span.end())
                            - Math.max(m.span().start(), span.start())))
                    .orElse(null);
        }
        if (found == null) {
            close();
            return;
        }
        mention = found;
        span = found.span();
        Node focused = popup.getScene() == null ? null : popup.getScene().getFocusOwner();
        String focusedId = focused == null ? null : focused.getId();
        if (mode == Mode.MAIN) {
            render(focusedId);
        }
        place();
    }

    /** Puts the card under the mention, or above it when there is no room below; closes it when scrolled away. */
    private void place() {
        Window owner = area.getScene() == null ? null : area.getScene().getWindow();
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
        double width = popup.getWidth();
        double height = popup.getHeight();
        Rectangle2D screen = Screen.getScreensForRectangle(b.getMinX(), b.getMinY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        double x = Math.max(screen.getMinX(), Math.min(b.getMinX() - 12, screen.getMaxX() - width));
        double y = b.getMaxY() + 6;
        if (y + height > screen.getMaxY() && b.getMinY() - height - 6 >= screen.getMinY()) {
            y = b.getMinY() - height - 6;
        }
        popup.setX(x);
        popup.setY(y);
    }

    // ---- what the card shows ------------------------------------------------------------------------------------

    private void render(String focusId) {
        Analysis shown = reader.analysisProperty().get();
        if (shown == null || mention == null) {
            return;
        }
        MentionFacts facts = MentionFacts.of(shown, mention, edits.engineAnalysis());
        List<Node> children = new ArrayList<>();
        children.add(header(facts));
        children.add(section("Type"));
        children.add(typeButtons());
        children.add(section("Boundaries"));
        children.add(boundaryButtons());
        children.add(hint("Alt+\u2190 \u2192 moves the start, Alt+Shift+\u2190 \u2192 the end. Or drag across "
                + "words in the article, then Use selection."));
        children.add(section("Entity"));
        children.add(entityButtons(shown, facts));
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

    private Node header(MentionFacts facts) {
        EntityMention m = facts.mention();
        Region swatch = swatch(m.type());
        Label type = new Label(m.type().label());
        type.setId("card-type");
        type.getStyleClass().add("card-type");
        HBox typeRow = new HBox(8, swatch, type);
        typeRow.setAlignment(Pos.CENTER_LEFT);
        String subtype = MentionFacts.subtype(m.subtype());
        if (!subtype.isEmpty() && !subtype.equalsIgnoreCase(m.type().label())
                && !subtype.equalsIgnoreCase(m.type().id())) {
            Label sub = new Label(subtype);
            sub.setId("card-subtype");
            sub.getStyleClass().add("card-subtype");
            typeRow.getChildren().add(sub);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("\u2715");
        close.setId("card-close");
        close.getStyleClass().add("card-close");
        close.setAccessibleText("Close (Esc)");
        close.setTooltip(new Tooltip("Close (Esc)"));
        close.setFocusTraversable(false);
        close.setOnAction(e -> close());
        typeRow.getChildren().addAll(spacer, close);

        Label text = new Label("\u201c" + m.text() + "\u201d");
        text.setId("card-text");
        text.getStyleClass().add("card-text");
        text.setWrapText(true);

        Label entity = new Label(facts.cluster() == null ? "Not part of an entity"
                : facts.cluster().name() + "  \u00b7  " + facts.mentionCount());
        entity.setId("card-entity");
        entity.getStyleClass().add("card-entity");
        entity.setWrapText(true);
        Label origin = new Label(facts.origin());
        origin.setId("card-origin");
        origin.getStyleClass().add("card-origin");
        VBox box = new VBox(4, typeRow, text, entity, origin);
        box.getStyleClass().add("card-header");
        return box;
    }

    private Node typeButtons() {
        TilePane tiles = new TilePane(GAP, GAP);
        tiles.setPrefColumns(3);
        tiles.setPrefTileWidth(Math.floor((CARD_WIDTH - 2 * PADDING - 2 - 2 * GAP) / 3));
        tiles.getStyleClass().add("card-types");
        for (EntityType t : EntityType.values()) {
            Label key = keyCap(String.valueOf(t.hotkey()));
            HBox graphic = new HBox(5, key, swatch(t));
            graphic.setAlignment(Pos.CENTER_LEFT);
            Button b = new Button(t.label(), graphic);
            b.setId("card-type-" + t.id().toLowerCase(Locale.ROOT));
            b.getStyleClass().addAll("card-button", "card-type-button");
            b.setMnemonicParsing(false);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            if (t == mention.type()) {
                b.getStyleClass().add("current");
                b.setAccessibleText(t.label() + ", the current type");
            }
            b.setOnAction(e -> retype(t));
            tiles.getChildren().add(b);
        }
        return tiles;
    }

    private Node boundaryButtons() {
        String text = text();
        Button startLeft = small("card-start-left", "\u2039", "Start one word earlier (Alt+\u2190)",
                () -> step(Boundaries::startLeft));
        Button startRight = small("card-start-right", "\u203a", "Start one word later (Alt+\u2192)",
                () -> step(Boundaries::startRight));
        Button endLeft = small("card-end-left", "\u2039", "End one word earlier (Alt+Shift+\u2190)",
                () -> step(Boundaries::endLeft));
        Button endRight = small("card-end-right", "\u203a", "End one word later (Alt+Shift+\u2192)",
                () -> step(Boundaries::endRight));
        startLeft.setDisable(Boundaries.startLeft(text, span) == null);
        startRight.setDisable(Boundaries.startRight(text, span) == null);
        endLeft.setDisable(Boundaries.endLeft(text, span) == null);
        endRight.setDisable(Boundaries.endRight(text, span) == null);
        Button use = action("card-use-selection", "Use selection", "U", this::useSelection);
        use.setDisable(selectedWords() == null);
        use.setTooltip(new Tooltip("The words selected in the article become the name (U)"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(4, boundaryLabel("Start", "start"), startLeft, startRight,
                boundaryLabel("End", "end"), endLeft, endRight, spacer, use);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label boundaryLabel(String text, String which) {
        Label l = new Label(text);
        l.getStyleClass().addAll("card-boundary", which);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Node entityButtons(Analysis shown, MentionFacts facts) {
        boolean others = shown.clusters().stream().anyMatch(c -> facts.cluster() == null
                || !c.id().equals(facts.cluster().id()));
        Button link = action("card-link", "Link to entity\u2026", "L", () -> pick(Mode.LINK));
        link.setDisable(!others);
        Button merge = action("card-merge", "Merge with entity\u2026", "M", () -> pick(Mode.MERGE));
        merge.setDisable(!others || facts.cluster() == null);
        Button split = action("card-split", "Split out", "S", this::split);
        split.setDisable(facts.cluster() == null || facts.mentions() < 2);
        split.setTooltip(new Tooltip("Make this mention an entity of its own (S)"));
        HBox row = new HBox(GAP, link, merge, split);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node footer() {
        Button note = action("card-note", "Add note\u2026", "N", this::addNote);
        Button reject = action("card-reject", "Reject", "Del", this::reject);
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

    private void pick(Mode pickMode) {
        Analysis shown = reader.analysisProperty().get();
        if (shown == null) {
            return;
        }
        mode = pickMode;
        String own = mention.clusterId();
        ObservableList<Choice> all = FXCollections.observableArrayList();
        for (EntityCluster c : shown.clusters()) {
            if (c.id().equals(own)) {
                continue;
            }
            Span anchor = shown.entities().stream().filter(m -> c.id().equals(m.clusterId()))
                    .min(Comparator.comparing((EntityMention m) -> m.form() == MentionForm.NAME ? 0 : 1)
                            .thenComparing(EntityMention::span))
                    .map(EntityMention::span).orElse(null);
            if (anchor != null) {
                all.add(new Choice(c, anchor, c.mentionIds().size()));
            }
        }
        all.sort(Comparator.comparingInt((Choice c) -> -c.mentions()).thenComparing(c -> c.cluster().name()));
        FilteredList<Choice> filtered = new FilteredList<>(all);

        Label title = new Label(pickMode == Mode.LINK
                ? "Link \u201c" + mention.text() + "\u201d to\u2026"
                : "Merge " + (mentionEntityName(shown)) + " with\u2026");
        title.getStyleClass().add("card-text");
        title.setWrapText(true);
        Label explain = hint(pickMode == Mode.LINK
                ? "This mention joins the entity you pick; the rest of its entity stays as it is."
                : "Every mention of both becomes one entity.");
        TextField filter = new TextField();
        filter.setId("card-filter");
        filter.setPromptText("Type to filter");
        ListView<Choice> list = new ListView<>(filtered);
        list.setId("card-choices");
        list.getStyleClass().add("card-choices");
        list.setPrefHeight(220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(item.cluster().name());
                name.getStyleClass().add("panel-item-title");
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Label count = new Label("\u00d7" + item.mentions());
                count.getStyleClass().add("panel-item-meta");
                HBox row = new HBox(8, swatch(item.cluster().type()), name, spacer, count);
                row.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(row);
            }
        });
        filter.textProperty().addListener((obs, old, q) -> {
            String needle = q.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(c -> needle.isEmpty() || c.cluster().name().toLowerCase(Locale.ROOT)
                    .contains(needle));
            list.getSelectionModel().selectFirst();
        });
        list.getSelectionModel().selectFirst();
        filter.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                if (i >= 0 && i < filtered.size()) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(i);
                }
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                choose(list.getSelectionModel().getSelectedItem());
            }
        });
        Button back = action("card-back", "Back", "Esc", this::back);
        Button ok = action("card-pick", pickMode == Mode.LINK ? "Link" : "Merge", "\u21b5", () -> {
            Choice c = list.getSelectionModel().getSelectedItem();
            if (c != null) {
                choose(c);
            }
        });
        ok.getStyleClass().add("primary");
        ok.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(6, back, spacer, ok);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().setAll(title, explain, filter, list, buttons);
        place();
        filter.requestFocus();
    }

    private String mentionEntityName(Analysis shown) {
        return shown.clusters().stream().filter(c -> c.id().equals(mention.clusterId())).findFirst()
                .map(c -> "\u201c" + c.name() + "\u201d").orElse("\u201c" + mention.text() + "\u201d");
    }

    private void choose(Choice c) {
        if (mode == Mode.LINK) {
            send(() -> edits.link(span, c.anchor()));
        } else if (mode == Mode.MERGE) {
            send(() -> edits.merge(span, c.anchor()));
        }
        back();
    }

    private void back() {
        mode = Mode.MAIN;
        render(null);
        place();
    }

    // ---- the corrections --------------------------------------------------------------------------------------

    private void send(Runnable edit) {
        inFlight++;
        edit.run();
    }

    private void retype(EntityType type) {
        if (type != mention.type()) {
            send(() -> edits.retype(span, type));
        }
    }

    private void reject() {
        Span gone = span;
        close();
        edits.reject(gone);
    }

    private void step(SpanStep move) {
        Span to = move.apply(text(), span);
        if (to == null) {
            return;
        }
        Span from = span;
        span = to;
        send(() -> edits.respan(from, to));
    }

    /** A boundary step: the new span for a span of a text, or null when there is no step to take. */
    @FunctionalInterface
    private interface SpanStep {
        Span apply(String text, Span span);
    }

    private void useSelection() {
        Span words = selectedWords();
        if (words == null || words.equals(span)) {
            return;
        }
        Span from = span;
        span = words;
        send(() -> edits.respan(from, words));
        area.deselect();
    }

    /** The article's selection snapped to whole words, or null when nothing is selected. */
    private Span selectedWords() {
        if (area.getSelection().getLength() == 0) {
            return null;
        }
        Span s = WordSnap.snap(text(), new Span(area.getSelection().getStart(), area.getSelection().getEnd()));
        return s.isEmpty() ? null : s;
    }

    private void split() {
        send(() -> edits.split(span));
    }

    private void addNote() {
        Span passage = span;
        close();
        edits.addNote(passage);
    }

    private String text() {
        return reader.getDocument() == null ? "" : reader.getDocument().text();
    }

    // ---- keys ---------------------------------------------------------------------------------------------------

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE) {
            if (mode == Mode.MAIN) {
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
                edits.redo();
            } else {
                edits.undo();
            }
            e.consume();
            return;
        }
        Node focus = popup.getScene() == null ? null : popup.getScene().getFocusOwner();
        if (code == KeyCode.ENTER) {
            if (mode != Mode.MAIN) {
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
        if (mode != Mode.MAIN || e.isShortcutDown()) {
            return; // the filter field takes the letters
        }
        if (e.isAltDown() && (code == KeyCode.LEFT || code == KeyCode.RIGHT)) {
            boolean left = code == KeyCode.LEFT;
            if (e.isShiftDown()) {
                step(left ? Boundaries::endLeft : Boundaries::endRight);
            } else {
                step(left ? Boundaries::startLeft : Boundaries::startRight);
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
                    retype(t);
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
        List<Node> stops = new ArrayList<>();
        collectStops(root, stops);
        if (stops.isEmpty()) {
            return;
        }
        Node focus = popup.getScene() == null ? null : popup.getScene().getFocusOwner();
        int i = stops.indexOf(focus);
        int next = i < 0 ? 0 : Math.floorMod(i + (forward ? 1 : -1), stops.size());
        stops.get(next).requestFocus();
    }

    private static void collectStops(Parent parent, List<Node> out) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible() || n.isDisabled()) {
                continue;
            }
            if (n.isFocusTraversable() && (n instanceof Button || n instanceof TextField || n instanceof ListView)) {
                out.add(n);
            } else if (n instanceof Parent p && !(n instanceof ListView)) {
                collectStops(p, out);
            }
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

    // ---- small parts --------------------------------------------------------------------------------------------

    private static Region swatch(EntityType type) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", "swatch-" + Highlights.entityClass(type));
        return swatch;
    }

    private static Label keyCap(String key) {
        Label cap = new Label(key);
        cap.getStyleClass().add("key-cap");
        cap.setMinWidth(Region.USE_PREF_SIZE);
        return cap;
    }

    private static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("card-section");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("card-hint");
        l.setWrapText(true);
        return l;
    }

    private static Button action(String id, String text, String key, Runnable run) {
        Button b = new Button(text, keyCap(key));
        b.setId(id);
        b.getStyleClass().add("card-button");
        b.setContentDisplay(ContentDisplay.RIGHT);
        b.setGraphicTextGap(8);
        b.setMnemonicParsing(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> run.run());
        return b;
    }

    private static Button small(String id, String text, String tip, Runnable run) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().addAll("card-button", "card-step");
        b.setMnemonicParsing(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> run.run());
        return b;
    }
}
