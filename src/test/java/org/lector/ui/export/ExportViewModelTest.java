package org.lector.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.export.ExportFixtures;
import org.lector.export.ExportFormat;
import org.lector.export.ExportInput;
import org.lector.ui.common.BackgroundTasks;

class ExportViewModelTest {

    @TempDir
    Path dir;

    private final ExportInput input = ExportFixtures.sample();
    private final ExportViewModel model = new ExportViewModel(input.document().title(), format -> input,
            BackgroundTasks.sameThread());

    @Test
    void previewStartsAsMarkdownAndFollowsTheFormat() {
        assertThat(model.previewProperty().get()).startsWith("---\ntitle: \"Paris summit\"");
        model.formatProperty().set(ExportFormat.CSV);
        assertThat(model.previewProperty().get()).startsWith("id,start,end,text");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.suggestedFileName()).isEqualTo("Paris summit.csv");
    }

    @Test
    void savingBratWritesTextAndAnnotationsSideBySide() throws Exception {
        model.formatProperty().set(ExportFormat.BRAT);
        List<Path> written = new ArrayList<>();
        model.save(dir.resolve("paris.ann"), written::addAll);
        assertThat(written).containsExactly(dir.resolve("paris.txt"), dir.resolve("paris.ann"));
        assertThat(Files.readString(dir.resolve("paris.ann"))).startsWith("T1\t");
        assertThat(model.statusProperty().get()).isEqualTo("Saved paris.ann");
    }
}
