package org.lector.ui.claims;

import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.lector.library.Claim;
import org.lector.library.ClaimGroup;
import org.lector.library.StatusOffer;
import org.lector.model.ArticleRef;
import org.lector.model.FactStatus;
import org.lector.ui.common.LibraryArticles;
import org.lector.ui.common.ToolWindow;

/**
 * The claims window: facts about the same subject and predicate in different articles, grouped; a group whose
 * quantities or dates disagree is flagged, and each disagreement has both sources one click away. A claim another
 * article's reader has checked shows that status as an offer, which the reader applies in the article (opened at
 * the fact) or leaves.
 */
public final class ClaimsWindow {

    private final Stage stage;
    private final ClaimsViewModel viewModel;
    private final ListView<ClaimGroup> groups = new ListView<>();
    private final ListView<ClaimGroup.Disagreement> disagreements = new ListView<>();
    private final ListView<Claim> claims = new ListView<>();
    private final Label heading = new Label();

    public ClaimsWindow(Window owner, ClaimsViewModel viewModel) {
        this.viewModel = viewModel;
        CheckBox only = new CheckBox("Only where articles disagree");
        only.setId("claims-disagreements-only");
        only.selectedProperty().bindBidirectional(viewModel.disagreementsOnlyProperty());
        Label status = ToolWindow.statusLabel("claims-status", viewModel.statusProperty());
        HBox top = new HBox(16, only, status);
        top.setAlignment(Pos.CENTER_LEFT);

        groups.setId("claims-groups");
        groups.setPlaceholder(new Label("No claim is stated by two articles yet."));
        groups.setItems(viewModel.shown());
        groups.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ClaimGroup g, boolean empty) {
                super.updateItem(g, empty);
                getStyleClass().remove("claim-disputed");
                if (empty || g == null) {
                    setText(null);
                    return;
                }
                setText((g.disputed() ? "\u26a0 " : "") + g.subject() + " \u2014 " + g.predicate() + "  ("
                        + g.articles() + (g.articles() == 1 ? " article" : " articles") + ")");
                if (g.disputed()) {
                    getStyleClass().add("claim-disputed");
                }
            }
        });
        groups.getSelectionModel().selectedItemProperty().addListener((obs, old, g) -> {
            if (g != null) {
                viewModel.chosenProperty().set(g);
            }
        });
        viewModel.chosenProperty().addListener((obs, old, g) -> show(g));

        SplitPane split = new SplitPane(groups, buildDetail());
        split.setDividerPositions(0.38);
        BorderPane root = new BorderPane(split);
        root.setTop(top);
        BorderPane.setMargin(top, new Insets(0, 0, 10, 0));
        root.setId("claims-root");
        stage = ToolWindow.create(owner, "Claims Across Articles", root, 1100, 620);
        show(null);
    }

    /** Shows the window (or brings it forward) with the claims grouped again. */
    public void show() {
        viewModel.refresh();
        ToolWindow.bringForward(stage);
    }

    public Stage stage() {
        return stage;
    }

    private VBox buildDetail() {
        heading.setId("claims-heading");
        heading.setWrapText(true);
        heading.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold;");
        disagreements.setId("claims-disagreements");
        disagreements.setPrefHeight(150);
        disagreements.setPlaceholder(new Label("The articles agree, as far as their numbers and dates go."));
        disagreements.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ClaimGroup.Disagreement d, boolean empty) {
                super.updateItem(d, empty);
                setText(null);
                if (empty || d == null) {
                    setGraphic(null);
                    return;
                }
                Label line = new Label((d.kind() == ClaimGroup.Disagreement.Kind.QUANTITY ? "Numbers" : "Dates")
                        + ": \u201c" + d.says() + "\u201d in " + article(d.first().article()) + "  \u2194  \u201c"
                        + d.other() + "\u201d in " + article(d.second().article()));
                line.setWrapText(true);
                line.setMaxWidth(Math.max(200, disagreements.getWidth() - 40));
                setGraphic(line);
            }
        });
        Button first = new Button("Open First Source");
        first.setId("claims-open-first");
        Button second = new Button("Open Second Source");
        second.setId("claims-open-second");
        first.disableProperty().bind(disagreements.getSelectionModel().selectedItemProperty().isNull());
        second.disableProperty().bind(first.disableProperty());
        first.setOnAction(e -> viewModel.open(disagreements.getSelectionModel().getSelectedItem().first()));
        second.setOnAction(e -> viewModel.open(disagreements.getSelectionModel().getSelectedItem().second()));
        HBox buttons = new HBox(8, first, second);

        claims.setId("claims-facts");
        claims.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Claim c, boolean empty) {
                super.updateItem(c, empty);
                setText(null);
                setGraphic(empty || c == null ? null : claimRow(c, claims.getWidth() - 40));
            }
        });
        LibraryArticles.opensOnChoice(claims, viewModel::open);
        Label disagreeTitle = new Label("Where they disagree");
        disagreeTitle.getStyleClass().add("article-meta");
        Label claimsTitle = new Label("What each article says (double-click to open it at the fact)");
        claimsTitle.getStyleClass().add("article-meta");
        VBox box = new VBox(6, heading, disagreeTitle, disagreements, buttons, claimsTitle, claims);
        VBox.setVgrow(claims, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 10));
        disagreeTitle.visibleProperty().bind(Bindings.isNotEmpty(disagreements.getItems()));
        return box;
    }

    private void show(ClaimGroup g) {
        if (g == null) {
            heading.setText("Choose a claim");
            disagreements.getItems().clear();
            claims.getItems().clear();
            return;
        }
        if (groups.getSelectionModel().getSelectedItem() != g) {
            groups.getSelectionModel().select(g);
        }
        heading.setText((g.disputed() ? "Disputed: " : "") + g.subject() + " \u2014 " + g.predicate());
        disagreements.getItems().setAll(g.disagreements());
        if (!g.disagreements().isEmpty()) {
            disagreements.getSelectionModel().select(0);
        }
        claims.getItems().setAll(g.claims());
    }

    private Node claimRow(Claim c, double width) {
        Label text = new Label(c.fact().text());
        text.setWrapText(true);
        text.setMaxWidth(Math.max(200, width));
        String checked = c.fact().status() == FactStatus.UNCHECKED ? "" : "  \u00b7  checked: "
                + c.fact().status().id();
        Label where = new Label(article(c.article()) + checked);
        where.getStyleClass().add("article-meta");
        VBox box = new VBox(2, text, where);
        StatusOffer offer = viewModel.offerFor(c);
        if (offer != null) {
            Label offered = new Label("Offered: " + offer.checked().fact().status().id() + ", as checked in "
                    + article(offer.checked().article()) + ". Open the article to set it, or leave it.");
            offered.getStyleClass().add("claim-offer");
            offered.setWrapText(true);
            offered.setMaxWidth(Math.max(200, width));
            box.getChildren().add(offered);
        }
        box.setPadding(new Insets(2, 0, 2, 0));
        return box;
    }

    private static String article(ArticleRef a) {
        return "\u201c" + a.title() + "\u201d" + (a.date() == null ? ""
                : " (" + a.date().format(DateTimeFormatter.ISO_LOCAL_DATE) + ")");
    }
}
