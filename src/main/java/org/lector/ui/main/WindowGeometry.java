package org.lector.ui.main;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.lector.ui.common.UiSettings;

/** Where the window was: its place, size and the side panel's divider, restored at start and remembered at close. */
final class WindowGeometry {

    private WindowGeometry() {
    }

    /** Puts the window where the settings say, or centred when that place is on no screen any more. */
    static void restore(Stage stage, UiSettings settings) {
        stage.setWidth(Math.max(MainWindow.MIN_WIDTH, settings.width));
        stage.setHeight(Math.max(MainWindow.MIN_HEIGHT, settings.height));
        if (!Double.isNaN(settings.x) && !Double.isNaN(settings.y) && onSomeScreen(settings)) {
            stage.setX(settings.x);
            stage.setY(settings.y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.maximized);
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
