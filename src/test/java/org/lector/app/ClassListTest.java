package org.lector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The class list the class-data archive is made from (decision 0021) still describes this code: a list gone stale
 * makes an archive that holds little of what the launch loads, which no run would notice but a slower start.
 * {@code installer/classlist.sh} makes it anew.
 */
class ClassListTest {

    private static final Path LIST = Path.of("assets/cds/lector.classlist");

    /** The plain class names of the list (one per line; comments and the JVM's lambda-proxy lines left out). */
    private static List<String> classes() throws IOException {
        return Files.readAllLines(LIST, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("@"))
                .map(line -> line.split(" ", 2)[0])
                .collect(Collectors.toList());
    }

    @Test
    void nearlyEveryLectorClassTheListNamesStillExists() throws IOException {
        List<String> ours = classes().stream().filter(name -> name.startsWith("org/lector/")).collect(Collectors.toList());
        List<String> gone = ours.stream()
                .filter(name -> ClassListTest.class.getClassLoader().getResource(name + ".class") == null)
                .collect(Collectors.toList());
        assertThat(ours).as("Lector's classes in " + LIST).hasSizeGreaterThan(200);
        assertThat(gone.size())
                .as("classes in %s that no longer exist (run installer/classlist.sh): %s", LIST, gone)
                .isLessThanOrEqualTo(ours.size() / 10);
    }

    @Test
    void theListComesFromARunThatShowedTheWindowAndLoadedTheEngine() throws IOException {
        assertThat(classes()).contains(
                "org/lector/app/Main",
                "org/lector/ui/main/MainWindow",
                "javafx/stage/Stage",
                "com/sun/glass/ui/gtk/GtkApplication",
                "org/fxmisc/richtext/StyleClassedTextArea",
                "edu/stanford/nlp/pipeline/StanfordCoreNLP",
                "org/lector/store/Library");
    }
}
