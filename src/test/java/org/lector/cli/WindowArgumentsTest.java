package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.ingest.DocumentLoader;
import picocli.CommandLine;

class WindowArgumentsTest {

    @Test
    void theSubcommandsAreTheOnesTheCommandLineHas() {
        CommandLine cl = LectorCommand.commandLine((path, document, url, library) -> 0, new DocumentLoader());
        assertThat(WindowArguments.SUBCOMMANDS).containsExactlyInAnyOrderElementsOf(cl.getSubcommands().keySet());
    }

    @Test
    void aFileOrNothingOrALibraryMayOpenTheWindow() {
        assertThat(WindowArguments.mayOpenWindow()).isTrue();
        assertThat(WindowArguments.mayOpenWindow("article.txt")).isTrue();
        assertThat(WindowArguments.mayOpenWindow("--db", "lib.db", "https://example.org/a")).isTrue();
    }

    @Test
    void aSubcommandHelpVersionOrArgumentFileDoesNotStartTheWindowEarly() {
        List<String[]> never = new ArrayList<>();
        for (String name : WindowArguments.SUBCOMMANDS) {
            never.add(new String[] {name, "article.txt"});
            never.add(new String[] {"--db", "lib.db", name});
        }
        never.add(new String[] {"--help"});
        never.add(new String[] {"article.txt", "-h"});
        never.add(new String[] {"--version"});
        never.add(new String[] {"-V"});
        never.add(new String[] {"@args.txt"});
        for (String[] args : never) {
            assertThat(WindowArguments.mayOpenWindow(args)).as(String.join(" ", args)).isFalse();
        }
    }

    @Test
    void whatTheCommandLineRunsAsTheWindowIsWhatMayOpenIt() {
        // Every argument list that reaches the window launcher was let through for an early start.
        String[][] cases = {{}, {"--db", "x.db"}, {"https://example.org/a"}};
        for (String[] args : cases) {
            boolean[] opened = {false};
            CommandLine cl = LectorCommand.commandLine((path, document, url, library) -> {
                opened[0] = true;
                return 0;
            }, new DocumentLoader());
            cl.execute(args);
            assertThat(opened[0]).as(String.join(" ", args)).isTrue();
            assertThat(WindowArguments.mayOpenWindow(args)).as(String.join(" ", args)).isTrue();
        }
    }
}
