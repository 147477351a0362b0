package org.lector.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lector.model.Span;

/** The caret lookup of the side panels: the innermost span at an offset, found by binary search. */
class SpanIndexTest {

    private record Item(String name, List<Span> spans) {
    }

    private static SpanIndex<Item> index(Item... items) {
        return SpanIndex.of(List.of(items), Item::spans);
    }

    @Test
    void findsTheSpanHoldingAnOffsetOrTheOneEndingThere() {
        //            0    5    10   15   20
        //            Paris met Macron
        //            [---)     [----)
        Item paris = new Item("Paris", List.of(new Span(0, 5)));
        Item macron = new Item("Macron", List.of(new Span(10, 16)));
        SpanIndex<Item> index = index(macron, paris);
        assertThat(index.at(0)).contains(paris);
        assertThat(index.at(4)).contains(paris);
        assertThat(index.at(5)).contains(paris);
        assertThat(index.at(7)).isEmpty();
        assertThat(index.at(10)).contains(macron);
        assertThat(index.at(16)).contains(macron);
        assertThat(index.at(17)).isEmpty();
    }

    @Test
    void theInnermostOfNestedSpansWinsAndALongOneEarlierIsStillFound() {
        // A quote [0, 40) holding a name [10, 16); a long note [2, 100) started before both ended.
        Item quote = new Item("quote", List.of(new Span(0, 40)));
        Item note = new Item("note", List.of(new Span(2, 100)));
        Item name = new Item("name", List.of(new Span(10, 16), new Span(50, 56)));
        SpanIndex<Item> index = index(quote, note, name);
        assertThat(index.at(12)).contains(name);
        assertThat(index.at(20)).contains(quote);
        assertThat(index.at(45)).contains(note);
        assertThat(index.at(52)).contains(name);
        assertThat(index.at(150)).isEmpty();
    }

    @Test
    void emptySpansAreLeftOut() {
        assertThat(index(new Item("empty", List.of(new Span(3, 3)))).size()).isZero();
    }

    @Test
    void agreesWithAScanOnManyRandomSpans() {
        Random random = new Random(7);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int start = random.nextInt(20_000);
            items.add(new Item("i" + i, List.of(new Span(start, start + 1 + random.nextInt(i % 50 == 0 ? 400 : 12)))));
        }
        SpanIndex<Item> index = SpanIndex.of(items, Item::spans);
        for (int offset = 0; offset < 20_500; offset += 7) {
            int at = offset;
            Item inside = items.stream().filter(it -> it.spans().get(0).contains(at))
                    .min((a, b) -> Integer.compare(a.spans().get(0).length(), b.spans().get(0).length()))
                    .orElse(null);
            Item found = index.at(offset).orElse(null);
            if (inside != null) {
                assertThat(found).isNotNull();
                assertThat(found.spans().get(0).length()).isEqualTo(inside.spans().get(0).length());
                assertThat(found.spans().get(0).contains(at)).isTrue();
            } else if (found != null) {
                assertThat(found.spans().get(0).end()).isEqualTo(at);
            }
        }
    }

    @Test
    void findsEverySpanOverlappingAWindowAsAScanDoes() {
        Random random = new Random(11);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            int start = random.nextInt(30_000);
            items.add(new Item("i" + i, List.of(new Span(start, start + 1 + random.nextInt(i % 40 == 0 ? 900 : 15)))));
        }
        SpanIndex<Item> index = SpanIndex.of(items, Item::spans);
        for (int from = 0; from < 31_000; from += 13) {
            Span window = new Span(from, from + random.nextInt(60));
            List<Item> expected = items.stream().filter(it -> it.spans().get(0).overlaps(window)).toList();
            assertThat(index.overlapping(window)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void replacingTheSpansInSomeWindowsGivesWhatBuildingTheIndexAgainGives() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            List<Item> before = new ArrayList<>();
            for (int i = 0; i < 1500; i++) {
                before.add(randomItem(random, "b" + i));
            }
            List<Span> windows = new ArrayList<>();
            for (int w = random.nextInt(6); w >= 0; w--) {
                int start = random.nextInt(20_000);
                windows.add(new Span(start, start + random.nextInt(w == 0 ? 3 : 1500)));
            }
            // After a change confined to the windows: the items there replaced by others, the rest as they were.
            SpanIndex.Windows touched = SpanIndex.Windows.of(windows);
            List<Item> added = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Item item = randomItem(random, "a" + i);
                if (touched.overlap(item.spans().get(0))) {
                    added.add(item);
                }
            }
            List<Item> after = new ArrayList<>(before.stream().filter(it -> !touched.overlap(it.spans().get(0))).toList());
            after.addAll(added);

            SpanIndex<Item> replaced = SpanIndex.of(before, Item::spans).replacing(windows, added, Item::spans);
            SpanIndex<Item> rebuilt = SpanIndex.of(after, Item::spans);
            String why = "seed " + seed + ", windows " + windows;
            assertThat(replaced.values()).as(why).containsExactlyInAnyOrderElementsOf(rebuilt.values());
            assertThat(replaced.values()).as(why).isSortedAccordingTo(
                    (a, b) -> Integer.compare(a.spans().get(0).start(), b.spans().get(0).start()));
            for (int from = 0; from < 21_000; from += 37) {
                Span window = new Span(from, from + random.nextInt(80));
                assertThat(replaced.overlapping(window)).as(why + ", looking at " + window)
                        .containsExactlyInAnyOrderElementsOf(rebuilt.overlapping(window));
            }
        }
    }

    @Test
    void aSpanOverlapsTheWindowsOnlyWhereItSharesACharacterWithOne() {
        SpanIndex.Windows windows = SpanIndex.Windows.of(List.of(new Span(10, 20), new Span(15, 30), new Span(40, 40),
                new Span(50, 55)));
        assertThat(windows.overlap(new Span(0, 10))).isFalse();
        assertThat(windows.overlap(new Span(0, 11))).isTrue();
        assertThat(windows.overlap(new Span(29, 31))).isTrue();
        assertThat(windows.overlap(new Span(30, 50))).isFalse(); // the empty window at 40 covers nothing
        assertThat(windows.overlap(new Span(54, 60))).isTrue();
        assertThat(windows.overlap(new Span(52, 52))).isFalse();
    }

    private static Item randomItem(Random random, String name) {
        int start = random.nextInt(20_000);
        return new Item(name, List.of(new Span(start, start + 1 + random.nextInt(random.nextInt(30) == 0 ? 700 : 14))));
    }
}
