package org.lector.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lector.model.Document;
import org.lector.model.DocumentFormat;
import org.lector.ui.common.BackgroundTasks;

class ReaderViewModelTest {

    private final ReaderViewModel vm = new ReaderViewModel(BackgroundTasks.sameThread());

    private static Document doc(String text) {
        return new Document("t", text, "t.txt", DocumentFormat.TEXT, "UTF-8", "0", null);
    }

    @Test
    void findSelectsFirstMatchAndCountsAll() {
        vm.documentProperty().set(doc("peace, Peace and PEACE"));
        vm.findQueryProperty().set("peace");
        assertThat(vm.matchesProperty().get()).hasSize(3);
        assertThat(vm.currentMatchProperty().get()).isZero();
        assertThat(vm.findStatusProperty().get()).isEqualTo("1 of 3");
    }

    @Test
    void findNextAndPreviousWrapAround() {
        vm.documentProperty().set(doc("a b a b a"));
        vm.findQueryProperty().set("a");
        vm.findPrevious();
        assertThat(vm.findStatusProperty().get()).isEqualTo("3 of 3");
        vm.findNext();
        assertThat(vm.findStatusProperty().get()).isEqualTo("1 of 3");
    }

    @Test
    void noMatchesIsSaidPlainly() {
        vm.documentProperty().set(doc("nothing here"));
        vm.findQueryProperty().set("war");
        assertThat(vm.findStatusProperty().get()).isEqualTo("No matches");
        vm.findNext();
        assertThat(vm.currentMatchProperty().get()).isEqualTo(-1);
    }

    @Test
    void newDocumentRerunsTheSearch() {
        vm.documentProperty().set(doc("war"));
        vm.findQueryProperty().set("war");
        vm.documentProperty().set(doc("war and war"));
        assertThat(vm.matchesProperty().get()).hasSize(2);
    }

    @Test
    void clearingTheQueryClearsMatches() {
        vm.documentProperty().set(doc("war"));
        vm.findQueryProperty().set("war");
        vm.clearFind();
        assertThat(vm.matchesProperty().get()).isEmpty();
        assertThat(vm.findStatusProperty().get()).isEmpty();
    }

    @Test
    void zoomStaysWithinBoundsInTenPercentSteps() {
        for (int i = 0; i < 50; i++) {
            vm.zoomIn();
        }
        assertThat(vm.zoomProperty().get()).isEqualTo(ReaderViewModel.MAX_ZOOM);
        vm.resetZoom();
        vm.zoomOut();
        assertThat(vm.zoomProperty().get()).isEqualTo(0.9);
        for (int i = 0; i < 50; i++) {
            vm.zoomOut();
        }
        assertThat(vm.zoomProperty().get()).isEqualTo(ReaderViewModel.MIN_ZOOM);
    }
}
