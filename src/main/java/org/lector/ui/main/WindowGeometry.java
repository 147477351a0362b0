package org.lector.ui.main;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.lector.ui.common.UiSettings;

/** Where the window was: its place, size and the side panel's divider, restored at start and remembered at close. */
final class WindowGeometry {

    private WindowGeometry() {
    }

    /**
     * Puts the window where the settings say, or centred when that place is on no screen any more.
     *
     * @param resized run just before the window is sized again once shown (when it has to be), to lay out again
     *                what was laid out for the wrong size (the side panel's divider)
     */
    static void restore(Stage stage, UiSettings settings, Runnable resized) {
        double width = Math.max(MainWindow.MIN_WIDTH, settings.width);
        double height = Math.max(MainWindow.MIN_HEIGHT, settings.height);
        stage.setWidth(width);
        stage.setHeight(height);
        boolean placed = !Double.isNaN(settings.x) && !Double.isNaN(settings.y) && onSomeScreen(settings);
        if (placed) {
            stage.setX(settings.x);
            stage.setY(settings.y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.maximized);
        // JavaFX 21 on Linux can show a window at its minimum size whatever size it was given before showing
        // (JDK-8316423, fixed in JavaFX 22; seen here under openbox: 640 by 420 instead of 1200 by 800). Once it is
        // shown, a size given again is obeyed, so the window is sized again if it came up otherwise.
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                Platform.runLater(() -> {
                    if (stage.isMaximized() || Math.abs(stage.getWidth() - width) < 2
                            && Math.abs(stage.getHeight() - height) < 2) {
                        return;
                    }
                    resized.run();
                    stage.setWidth(width);
                    stage.setHeight(height);
                    if (!placed) {
                        stage.centerOnScreen();
                    }
                });
            }
        });
    }

    /**
     * Keeps the window's place in the settings (not a maximized or iconified one's, which is not its own), and the
     * divider's position when the side panel shows ({@code divider}; NaN when it is hidden).
     */
    static void remember(Stage stage, UiSettings settings, double divider) {
        settings.maximized = stage.isMaximized();
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.x = stage.getX();
            settings.y = stage.getY();
            settings.width = stage.getWidth();
            settings.height = stage.getHeight();
        }
        if (!Double.isNaN(divider)) {
            settings.dividerPosition = divider;
        }
    }

    /** A window remembered on a monitor that is gone would open out of sight; only restore it where it shows. */
    private static boolean onSomeScreen(UiSettings s) {
        Rectangle2D titleBar = new Rectangle2D(s.x + 40, s.y, Math.max(1, Math.min(200, s.width - 80)), 30);
        return Screen.getScreens().stream().anyMatch(screen -> screen.getVisualBounds().intersects(titleBar));
    }
}
