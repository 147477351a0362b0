package org.lector.ui.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.lector.model.DisplayNames;
import org.lector.model.EntityMention;
import org.lector.model.EntityType;
import org.lector.ui.reader.Highlights;

/** The small parts the inspect card is made of: swatches, key caps, section titles, hints and buttons. */
final class CardParts {

    private CardParts() {
    }

    static Region swatch(EntityType type) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", "swatch-" + Highlights.entityClass(type));
        return swatch;
    }

    static Label keyCap(String key) {
        Label cap = new Label(key);
        cap.getStyleClass().add("key-cap");
        cap.setMinWidth(Region.USE_PREF_SIZE);
        return cap;
    }

    static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("card-section");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("card-hint");
        l.setWrapText(true);
        return l;
    }

    /** A button with its key shown beside its text. */
    static Button action(String id, String text, String key, Runnable run) {
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

    /** A small step button (a boundary moved by a word), its tip said aloud too. */
    static Button small(String id, String text, String tip, Runnable run) {
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

    /** The card's head: type (and subtype), a close button, the name's words, its entity and who made it. */
    static Node header(MentionFacts facts, Runnable close) {
        EntityMention m = facts.mention();
        Label type = new Label(m.type().label());
        type.setId("card-type");
        type.getStyleClass().add("card-type");
        HBox typeRow = new HBox(8, swatch(m.type()), type);
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
        Button closeButton = new Button("\u2715");
        closeButton.setId("card-close");
        closeButton.getStyleClass().add("card-close");
        closeButton.setAccessibleText("Close (Esc)");
        closeButton.setTooltip(new Tooltip("Close (Esc)"));
        closeButton.setFocusTraversable(false);
        closeButton.setOnAction(e -> close.run());
        typeRow.getChildren().addAll(spacer, closeButton);

        Label text = new Label("\u201c" + DisplayNames.inertDirections(m.text()) + "\u201d");
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

    /** One button per type, three abreast, each with its digit; the current type marked. */
    static Node typeButtons(EntityType current, Consumer<EntityType> retype, double cardWidth, double padding,
            double gap) {
        TilePane tiles = new TilePane(gap, gap);
        tiles.setPrefColumns(3);
        tiles.setPrefTileWidth(Math.floor((cardWidth - 2 * padding - 2 - 2 * gap) / 3));
        tiles.getStyleClass().add("card-types");
        for (EntityType t : EntityType.values()) {
            HBox graphic = new HBox(5, keyCap(String.valueOf(t.hotkey())), swatch(t));
            graphic.setAlignment(Pos.CENTER_LEFT);
            Button b = new Button(t.label(), graphic);
            b.setId("card-type-" + t.id().toLowerCase(Locale.ROOT));
            b.getStyleClass().addAll("card-button", "card-type-button");
            b.setMnemonicParsing(false);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            if (t == current) {
                b.getStyleClass().add("current");
                b.setAccessibleText(t.label() + ", the current type");
            }
            b.setOnAction(e -> retype.accept(t));
            tiles.getChildren().add(b);
        }
        return tiles;
    }

    static Label boundaryLabel(String text, String which) {
        Label l = new Label(text);
        l.getStyleClass().addAll("card-boundary", which);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** The controls Tab stops at, in order: enabled, visible buttons, fields and lists. */
    static void collectStops(Parent parent, List<Node> out) {
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

    /**
     * Where a card of {@code width} by {@code height} goes for a mention with screen bounds {@code mention}: under
     * it, a little to the left, or above it when there is no room below; always inside {@code screen}'s width.
     */
    static Point2D placeBy(Bounds mention, double width, double height, Rectangle2D screen) {
        double x = Math.max(screen.getMinX(), Math.min(mention.getMinX() - 12, screen.getMaxX() - width));
        double y = mention.getMaxY() + 6;
        if (y + height > screen.getMaxY() && mention.getMinY() - height - 6 >= screen.getMinY()) {
            y = mention.getMinY() - height - 6;
        }
        return new Point2D(x, y);
    }

    /**
     * The control Tab ({@code forward}) or Shift+Tab goes to from {@code focus} among {@code root}'s stops, round
     * and round as in a dialog; the first when the focus is elsewhere; null when there is none.
     */
    static Node nextStop(Parent root, Node focus, boolean forward) {
        List<Node> stops = new ArrayList<>();
        collectStops(root, stops);
        if (stops.isEmpty()) {
            return null;
        }
        int i = stops.indexOf(focus);
        return stops.get(i < 0 ? 0 : Math.floorMod(i + (forward ? 1 : -1), stops.size()));
    }
}
