package org.lector.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.testing.ManualExecutor;

/** Settings saves leave the caller at once, and a burst of them is one write of the latest settings. */
class DebouncedSettingsTest {

    private final List<UiSettings> written = new ArrayList<>();
    private final SettingsRepository file = new SettingsRepository() {
        @Override
        public UiSettings load() {
            return new UiSettings();
        }

        @Override
        public void save(UiSettings settings) {
            written.add(settings);
        }
    };
    private final ManualExecutor later = new ManualExecutor();
    private final DebouncedSettings settings = new DebouncedSettings(file, later);

    @Test
    void aBurstOfSavesIsOneWriteOfTheLatestLater() {
        UiSettings s = new UiSettings();
        for (double zoom : new double[] {1.1, 1.2, 1.3}) {
            s.zoom = zoom;
            settings.save(s);
        }
        assertThat(written).as("nothing is written on the caller's thread").isEmpty();
        assertThat(later.submitted()).isEqualTo(1);

        later.runTask(0);

        assertThat(written).singleElement().satisfies(w -> assertThat(w.zoom).isEqualTo(1.3));
    }

    @Test
    void whatIsWrittenIsACopyTakenWhenSaved() {
        UiSettings s = new UiSettings();
        s.recentFiles.add("/a.txt");
        settings.save(s);
        s.recentFiles.add("/b.txt");
        s.theme = "dark";

        later.runTask(0);

        assertThat(written.get(0).recentFiles).containsExactly("/a.txt");
        assertThat(written.get(0).theme).isEqualTo("light");
    }

    @Test
    void flushWritesWhatWaitsAtOnceAndTheDelayedWriteThenHasNothingToDo() {
        UiSettings s = new UiSettings();
        s.width = 900;
        settings.save(s);

        settings.flush();
        later.runTask(0);

        assertThat(written).singleElement().satisfies(w -> assertThat(w.width).isEqualTo(900));
    }

    @Test
    void aSaveAfterAWriteIsWrittenAgain() {
        settings.save(new UiSettings());
        later.runTask(0);
        settings.save(new UiSettings());
        later.runTask(1);

        assertThat(written).hasSize(2);
    }
}
