package org.lector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.ui.common.UiSettings;

class JsonSettingsRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void savedSettingsComeBack() {
        Path file = dir.resolve("config/lector/settings.json");
        UiSettings s = new UiSettings();
        s.x = 10;
        s.y = 20;
        s.width = 900;
        s.theme = "dark";
        s.zoom = 1.3;
        s.recentFiles = List.of("/a.txt", "/b.html");
        new JsonSettingsRepository(file).save(s);

        UiSettings back = new JsonSettingsRepository(file).load();
        assertThat(back.x).isEqualTo(10);
        assertThat(back.width).isEqualTo(900);
        assertThat(back.theme).isEqualTo("dark");
        assertThat(back.zoom).isEqualTo(1.3);
        assertThat(back.recentFiles).containsExactly("/a.txt", "/b.html");
    }

    @Test
    void aBrokenFileGivesDefaultsInsteadOfAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.json"), "{ not json");
        UiSettings s = new JsonSettingsRepository(file).load();
        assertThat(s.theme).isEqualTo("light");
        assertThat(s.recentFiles).isEmpty();
    }

    @Test
    void noFileGivesDefaults() {
        assertThat(new JsonSettingsRepository(dir.resolve("none.json")).load().zoom).isEqualTo(1.0);
    }

    @Test
    void saveLeavesNoTemporaryFilesBehind() throws IOException {
        Path file = dir.resolve("settings.json");
        new JsonSettingsRepository(file).save(new UiSettings());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }
}
