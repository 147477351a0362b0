package org.lector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    private final Path home = Path.of("/home/reader");

    @Test
    void followsXdgVariablesWhenSet() {
        AppPaths p = AppPaths.from(Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data"), home);
        assertThat(p.config()).isEqualTo(Path.of("/cfg/lector"));
        assertThat(p.data()).isEqualTo(Path.of("/data/lector"));
        assertThat(p.settingsFile()).isEqualTo(Path.of("/cfg/lector/settings.json"));
    }

    @Test
    void fallsBackToHomeDirectoriesWhenUnsetOrRelative() {
        AppPaths p = AppPaths.from(Map.of("XDG_DATA_HOME", "relative/dir"), home);
        assertThat(p.config()).isEqualTo(Path.of("/home/reader/.config/lector"));
        assertThat(p.data()).isEqualTo(Path.of("/home/reader/.local/share/lector"));
    }
}
