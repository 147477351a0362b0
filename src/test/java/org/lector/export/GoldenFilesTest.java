package org.lector.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every exporter on the fixed sample against its golden file. After a deliberate format change, regenerate with
 * {@code mvn test -Dtest=GoldenFilesTest -Dlector.updateGoldens=true} and review the diff.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/export/golden");

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportMatchesItsGoldenFile(ExportFormat format) throws IOException {
        List<ExportFile> files = format.export(ExportFixtures.sample(), ExportProgress.NONE);
        for (ExportFile f : files) {
            Path golden = GOLDEN.resolve("paris-summit." + f.extension());
            if (Boolean.getBoolean("lector.updateGoldens")) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, f.content(), StandardCharsets.UTF_8);
            }
            assertThat(f.content()).as(golden.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportIsDeterministic(ExportFormat format) {
        assertThat(format.export(ExportFixtures.sample(), ExportProgress.NONE))
                .isEqualTo(format.export(ExportFixtures.sample(), ExportProgress.NONE));
    }
}
