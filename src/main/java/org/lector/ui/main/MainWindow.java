package org.lector.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.animation.PauseTransition;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.lector.ingest.WebPageLoader;
import org.lector.reading.ArticleRepairs;
import org.lector.ui.common.LinkOpener;
import org.lector.ui.common.Themes;
import org.lector.ui.edits.QuoteFactEdits;
import org.lector.ui.common.UiSettings;
import org.lector.ui.entities.EntitiesPane;
import org.lector.ui.facts.FactsPane;
import org.lector.ui.inspect.MentionCard;
import org.lector.ui.notes.NotesPane;
import org.lector.ui.quotes.QuotesPane;
import org.lector.ui.reader.ReaderView;
import org.lector.ui.repairs.RepairBar;
import org.lector.ui.repairs.RepairCard;
import org.lector.ui.repairs.RepairReview;
import org.lector.ui.repairs.RepairSuggestions;
import org.lector.ui.review.ReviewBar;
import org.lector.ui.review.ReviewMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window: a menu bar, the article with the side panel beside it, and the status bar. It binds to
 * {@link MainViewModel} and remembers its place and size.
 *
 * <p>Every command of the window, with its menu item and its key, is in {@link WindowCommands}.
 */
public final class MainWindow {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 420;

    private final Stage stage;
    private final MainViewModel viewModel;
    private final ReaderView reader;
    private final ReviewMode review;
    private final RepairSuggestions repairs;
    private final RepairReview repairReview;
    private final RepairCard repairCard;
    private final MentionCard card;
    private final SplitPane split;
    private final TabPane sidePanel;
    private final DeferredTabs hiddenTabs;
    private final BorderPane root = new BorderPane();
    private final QuoteFactEdits quoteFactEdits;
    private final AcrossTheLibrary acrossTheLibrary;

    public MainWindow(Stage stage, MainViewModel viewModel, String version) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.reader = new ReaderView(viewModel.reader(), viewModel.tasks());
        this.review = new ReviewMode(viewModel.reader(), viewModel.corrections());
        ReviewBar reviewBar = new ReviewBar(review);
        this.repairs = new RepairSuggestions(viewModel.reader(), viewModel.tasks(), viewModel.dialogs(),
                viewModel.corrections(), new ArticleRepairs(viewModel::library), viewModel::showStored);
        this.repairReview = new RepairReview(viewModel.reader(), repairs);
        RepairBar repairBar = new RepairBar(repairReview, repairs);
        this.repairCard = new RepairCard(reader.area(), repairs, repairReview);
        review.activeProperty().addListener((obs, was, on) -> {
            if (on) {
                repairReview.leave();
            }
        });
        repairReview.activeProperty().addListener((obs, was, on) -> {
            if (on) {
                review.leave();
            }
        });
        BorderPane articleColumn = new BorderPane(reader);
        articleColumn.setTop(new javafx.scene.layout.VBox(reviewBar, repairBar));
        this.quoteFactEdits = new QuoteFactEdits(viewModel.corrections(), viewModel.reader(), viewModel.dialogs(),
                new LinkOpener(viewModel.tasks(), viewModel.corrections()::tell));
        this.card = new MentionCard(reader.area(), viewModel.reader(), viewModel.corrections());
        this.acrossTheLibrary = new AcrossTheLibrary(viewModel);
        this.sidePanel = buildSidePanel();
        this.hiddenTabs = DeferredTabs.of(sidePanel);
        PanelFollow.install(reader.area(), sidePanel);
        this.split = new SplitPane(articleColumn);
        split.setId("main-split");

        root.setId("main-root");
        root.getStyleClass().add("main-root");
        WindowCommands commands = new WindowCommands(stage, viewModel, reader, review, repairs, repairReview,
                quoteFactEdits, acrossTheLibrary, version);
        root.setTop(commands.menuBar());
        root.setCenter(split);
        root.setBottom(new StatusBar(viewModel));

        UiSettings settings = viewModel.settings();
        Scene scene = new Scene(root, settings.width, settings.height);
        Themes.apply(scene, viewModel.themeProperty().get());
        viewModel.themeProperty().addListener((obs, old, theme) -> Themes.apply(scene, theme));
        reviewBar.installKeys(scene, reader.area());
        repairBar.installKeys(scene, reader.area());
        commands.installKeys(scene);
        commands.addToContextMenu(reader.area().getContextMenu());
        installDragAndDrop(scene);

        showSidePanel(viewModel.sidePanelVisibleProperty().get());
        viewModel.sidePanelVisibleProperty().addListener((obs, old, visible) -> showSidePanel(visible));

        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        // The divider was laid out for the wrong size when the window had to be sized again: put it back where the
        // reader left it once the split pane has its new width.
        WindowGeometry.restore(stage, settings, () -> split.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number old, Number width) {
                split.widthProperty().removeListener(this);
                if (split.getItems().contains(sidePanel)) {
                    split.setDividerPositions(settings.dividerPosition);
                }
            }
        }));
        stage.setOnHiding(e -> {
            WindowGeometry.remember(stage, settings, split.getItems().contains(sidePanel)
                    ? split.getDividerPositions()[0] : Double.NaN);
            viewModel.saveSettings();
        });
        // The models load once the first frames are on screen, so they do not slow the window's start.
        PauseTransition afterFirstFrames = new PauseTransition(Duration.millis(300));
        afterFirstFrames.setOnFinished(e -> {
            viewModel.startWarmUp();
            hiddenTabs.fill();
            // Seven PNGs up to 256 px, a tenth of the FX thread's way to the first frame (decision 0034): decoded in
            // the background once the window is drawn, not beside its build on the same two cores.
            viewModel.tasks().submit(progress -> Themes.icons(), stage.getIcons()::setAll,
                    failure -> LOG.warn("the window's icons could not be read", failure));
        });
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> afterFirstFrames.play());
        // For bench/window.sh, which times launch to this line from outside: the first layout pass of the shown
        // window, after which its first frame is rendered.
        Runnable firstFrame = new Runnable() {
            private boolean logged;

            @Override
            public void run() {
                if (!logged) {
                    logged = true;
                    LOG.info("first frame of the window laid out");
                    // Not removed while the scene walks its listeners: after this pulse. An article read while the
                    // window was built is shown then too, while this frame is drawn.
                    Platform.runLater(() -> {
                        scene.removePostLayoutPulseListener(this);
                        viewModel.windowDrawn();
                    });
                }
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> scene.addPostLayoutPulseListener(firstFrame));
    }

    public Stage stage() {
        return stage;
    }

    public ReaderView reader() {
        return reader;
    }

    /** The inspect card of the highlighted names. */
    public MentionCard card() {
        return card;
    }

    /** The repair suggestions of the shown article. */
    public RepairSuggestions repairs() {
        return repairs;
    }

    /** The card of a repair suggestion. */
    public RepairCard repairCard() {
        return repairCard;
    }

    private TabPane buildSidePanel() {
        TabPane tabs = new TabPane(
                tab("Entities", "tab-entities", new EntitiesPane(viewModel.reader(), viewModel.analysisStateProperty(),
                        viewModel.tasks())),
                tab("Quotes", "tab-quotes", quotesPane()),
                tab("Facts", "tab-facts", factsPane()),
                tab("Notes", "tab-notes", new NotesPane(viewModel.reader(), viewModel.orphans())));
        tabs.setId("side-panel");
        tabs.getStyleClass().add("side-panel");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinWidth(220);
        return tabs;
    }

    private QuotesPane quotesPane() {
        QuotesPane pane = new QuotesPane(viewModel.reader(), viewModel.analysisStateProperty());
        pane.setActions(quoteFactEdits);
        return pane;
    }

    private FactsPane factsPane() {
        FactsPane pane = new FactsPane(viewModel.reader(), viewModel.analysisStateProperty());
        pane.setActions(quoteFactEdits);
        pane.setDateActions(new ArticleDating(viewModel, java.time.Clock.systemDefaultZone()));
        return pane;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private void showSidePanel(boolean visible) {
        if (visible && !split.getItems().contains(sidePanel)) {
            split.getItems().add(sidePanel);
            split.setDividerPositions(viewModel.settings().dividerPosition);
        } else if (!visible && split.getItems().contains(sidePanel)) {
            viewModel.settings().dividerPosition = split.getDividerPositions()[0];
            split.getItems().remove(sidePanel);
        }
    }

    /** Files, and links dragged from a browser (a URL, or text holding one), open when dropped on the window. */
    private void installDragAndDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() || droppedAddress(e.getDragboard()) != null) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!root.getStyleClass().contains("drop-target")) {
                    root.getStyleClass().add("drop-target");
                }
            }
            e.consume();
        });
        scene.setOnDragExited(e -> root.getStyleClass().remove("drop-target"));
        scene.setOnDragDropped(e -> {
            boolean accepted = e.getDragboard().hasFiles();
            if (accepted) {
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                viewModel.openDropped(files);
            } else {
                accepted = viewModel.openDroppedText(droppedAddress(e.getDragboard()));
            }
            root.getStyleClass().remove("drop-target");
            e.setDropCompleted(accepted);
            e.consume();
        });
    }

    /** The text of a dragged link that holds a web address (the URL, else the plain text), or null. */
    private static String droppedAddress(Dragboard board) {
        for (String text : new String[] {board.hasUrl() ? board.getUrl() : null,
                board.hasString() ? board.getString() : null}) {
            if (text != null && text.lines().map(String::strip).anyMatch(WebPageLoader::isWebAddress)) {
                return text;
            }
        }
        return null;
    }
}
