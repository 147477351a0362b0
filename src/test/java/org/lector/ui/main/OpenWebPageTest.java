package org.lector.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.ingest.DocumentLoader;
import org.lector.ingest.WebPageLoader;
import org.lector.model.Document;
import org.lector.model.EntityType;
import org.lector.model.Span;
import org.lector.model.UserAnnotation;
import org.lector.store.Library;
import org.lector.store.LibraryEntry;
import org.lector.testing.LocalPages;
import org.lector.testing.TextMatchingAnalysis;
import org.lector.ui.common.BackgroundTasks;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.common.UiSettings;

/** Opening web pages in the window's model, from a server the test starts: no network. */
class OpenWebPageTest {

    private static final String FIRST = "The harbour wall that broke in the October storm was repaired this week, "
            + "the port authority said on Monday, two weeks ahead of the date it had given.";
    private static final String SECOND = "Fishing boats, which had moored in the next bay since the storm, began "
            + "to come back on Tuesday morning, and the fish market opened again the same day.";
    private static final String THIRD = "Engineers used stone from the old quarry above the town, so the new "
            + "section matches the wall built in the nineteenth century, the authority said.";
    private static final String UPDATE = "Update: the authority has since said the repair cost less than planned.";

    @TempDir
    Path dir;

    private final MainViewModelTest.RecordingDialogs dialogs = new MainViewModelTest.RecordingDialogs();
    private final LocalPages web = new LocalPages();
    private MainViewModel vm;

    private MainViewModel viewModel() {
        vm = new MainViewModel(new DocumentLoader(), new WebPageLoader(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                BackgroundTasks.sameThread(), dialogs, SettingsRepository.inMemory(new UiSettings()),
                new TextMatchingAnalysis(Map.of("Monday", EntityType.DATE)));
        vm.startWarmUp();
        return vm;
    }

    /** A model with a library, and the harbour story served at {@code /news/harbour} as {@code html}. */
    private MainViewModel withLibraryServing(String html) {
        web.html("/news/harbour", html);
        MainViewModel model = viewModel();
        model.openLibrary(dir.resolve("library.db"));
        return model;
    }

    @AfterEach
    void close() {
        web.close();
        if (vm != null) {
            vm.closeLibrary();
        }
    }

    @Test
    void aPageIsShownWithItsAddressAsSourceAndKeptInTheLibraryWithThePageAsFetched() {
        String html = LocalPages.article("Harbour wall repaired", FIRST, SECOND, THIRD);
        MainViewModel vm = withLibraryServing(html);
        String url = web.url("/news/harbour");

        vm.openUrl(url);

        Document shown = vm.reader().getDocument();
        assertThat(shown.source()).isEqualTo(url);
        assertThat(shown.title()).isEqualTo("Harbour wall repaired");
        assertThat(shown.text()).contains(FIRST, SECOND, THIRD).doesNotContain("Contact us");
        assertThat(shown.metadata().author()).isEqualTo("Ann Sample");
        assertThat(vm.recentFiles()).first().isEqualTo(url);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();

        Library lib = vm.library();
        LibraryEntry entry = lib.documents().list().get(0);
        assertThat(entry.source()).isEqualTo(url);
        assertThat(entry.metadata().siteName()).isEqualTo("The Harbour Gazette");
        assertThat(new String(lib.documents().snapshot(entry.versionId()).orElseThrow().bytes(),
                StandardCharsets.UTF_8)).isEqualTo(html);
    }

    @Test
    void aChangedPageIsANewVersionAndTheReadersNoteMovesWithItsPassage() {
        MainViewModel vm = withLibraryServing(LocalPages.article("Harbour wall repaired", FIRST, SECOND, THIRD));
        String url = web.url("/news/harbour");
        vm.openUrl(url);
        Library lib = vm.library();
        long first = lib.documents().list().get(0).versionId();
        String text = vm.reader().getDocument().text();
        Span boats = new Span(text.indexOf("Fishing boats"), text.indexOf("Fishing boats") + "Fishing boats".length());
        lib.annotations().addNote(first, boats, "check with the harbour master").join();

        String changed = LocalPages.article("Harbour wall repaired", UPDATE, FIRST, SECOND, THIRD);
        web.html("/news/harbour", changed);
        vm.openUrl(url);

        LibraryEntry entry = lib.documents().list().get(0);
        assertThat(entry.versions()).isEqualTo(2);
        assertThat(entry.versionId()).isNotEqualTo(first);
        assertThat(vm.reader().getDocument().text()).contains(UPDATE);
        assertThat(new String(lib.documents().snapshot(entry.versionId()).orElseThrow().bytes(),
                StandardCharsets.UTF_8)).isEqualTo(changed);
        assertThat(lib.documents().snapshot(first)).isPresent();
        String now = vm.reader().getDocument().text();
        assertThat(lib.annotations().records(entry.versionId()).annotations())
                .filteredOn(a -> a instanceof UserAnnotation.NoteRecord).singleElement()
                .satisfies(a -> {
                    Span span = ((UserAnnotation.NoteRecord) a).note().span();
                    assertThat(now.substring(span.start(), span.end())).isEqualTo("Fishing boats");
                });
        assertThat(lib.annotations().orphans(entry.documentId())).isEmpty();
    }

    @Test
    void offlineThePageReopensFromTheLibrarysCopyAndSaysSo() {
        String html = LocalPages.article("Harbour wall repaired", FIRST, SECOND, THIRD);
        MainViewModel vm = withLibraryServing(html);
        String url = web.url("/news/harbour");
        vm.openUrl(url);
        vm.open(org.lector.testing.Corpus.file("sample/paris-summit.txt"));
        assertThat(vm.reader().getDocument().source()).doesNotStartWith("http");

        web.close();
        vm.openRecent(url);

        assertThat(vm.reader().getDocument().source()).isEqualTo(url);
        assertThat(vm.reader().getDocument().text()).contains(FIRST, SECOND, THIRD);
        assertThat(vm.taskMessageProperty().get()).contains("could not connect to 127.0.0.1")
                .contains("copy kept in your library");
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.library().documents().list()).filteredOn(e -> e.source().equals(url)).singleElement()
                .satisfies(e -> assertThat(e.versions()).isEqualTo(1));
    }

    @Test
    void aPageThatCannotBeFetchedIsOneSentenceAndTheShownArticleStays() {
        web.serve("/paper.pdf", new LocalPages.Page(200, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)));
        web.html("/news/harbour", LocalPages.article("Harbour wall repaired", FIRST, SECOND, THIRD));
        MainViewModel vm = viewModel();
        vm.openUrl(web.url("/news/harbour"));
        Document shown = vm.reader().getDocument();

        vm.openUrl(web.url("/gone"));
        vm.openUrl(web.url("/paper.pdf"));
        web.close();
        vm.openUrl(web.url("/news/elsewhere"));

        assertThat(dialogs.errors).hasSize(3);
        assertThat(dialogs.errors.get(0)).contains("There is no page at").contains("404");
        assertThat(dialogs.errors.get(1)).contains("is not a web page").contains("application/pdf");
        assertThat(dialogs.errors.get(2)).contains("could not connect");
        assertThat(dialogs.errors).allSatisfy(e -> assertThat(e).startsWith("Cannot open \u201c127.0.0.1\u201d: ")
                .doesNotContain("Exception").doesNotContain("\n"));
        assertThat(vm.reader().getDocument()).isSameAs(shown);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void droppedTextOpensTheFirstWebAddressInIt() {
        web.html("/news/harbour", LocalPages.article("Harbour wall repaired", FIRST, SECOND, THIRD));
        MainViewModel vm = viewModel();

        assertThat(vm.openDroppedText("just some words")).isFalse();
        assertThat(vm.openDroppedText("# a comment line of a URL list\n" + web.url("/news/harbour") + "\n")).isTrue();

        assertThat(vm.reader().getDocument().source()).isEqualTo(web.url("/news/harbour"));
    }

    @Test
    void aPageOpenedBeforeTheLibraryIsKeptWithItsPageOnceTheLibraryOpens() {
        String html = LocalPages.article("Harbour wall repaired", FIRST, SECOND, THIRD);
        web.html("/news/harbour", html);
        MainViewModel vm = viewModel();
        vm.openUrl(web.url("/news/harbour"));

        vm.openLibrary(dir.resolve("library.db"));

        Library lib = vm.library();
        LibraryEntry entry = lib.documents().list().get(0);
        assertThat(entry.source()).isEqualTo(web.url("/news/harbour"));
        assertThat(lib.documents().snapshot(entry.versionId())).isPresent();
    }
}
