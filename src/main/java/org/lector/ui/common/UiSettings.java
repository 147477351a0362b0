package org.lector.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * What the window remembers between runs: its place and size, theme, zoom, side panel and recent files.
 * A plain mutable bean so it can be read from and written to a settings file as it is.
 */
public final class UiSettings {

    /** How many recent files the File menu keeps. */
    public static final int MAX_RECENT = 10;

    public double x = Double.NaN;
    public double y = Double.NaN;
    public double width = 1200;
    public double height = 800;
    public boolean maximized;
    public String theme = Theme.LIGHT.id();
    public double zoom = 1.0;
    public boolean sidePanelVisible = true;
    public double dividerPosition = 0.70;
    public String lastDirectory = "";
    /** The library last used, or empty for the default one. */
    public String libraryPath = "";
    public List<String> recentFiles = new ArrayList<>();

    /** A copy that changes to these settings do not reach, to be written in the background. */
    public UiSettings copy() {
        UiSettings c = new UiSettings();
        c.x = x;
        c.y = y;
        c.width = width;
        c.height = height;
        c.maximized = maximized;
        c.theme = theme;
        c.zoom = zoom;
        c.sidePanelVisible = sidePanelVisible;
        c.dividerPosition = dividerPosition;
        c.lastDirectory = lastDirectory;
        c.libraryPath = libraryPath;
        c.recentFiles = new ArrayList<>(recentFiles);
        return c;
    }
}
