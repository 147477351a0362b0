package org.lector.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringTableTest {

    @Test
    void everyStringIsFoundAtItsPositionAndOthersAreNot() {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            strings.add("W-" + i + "|C");
        }
        strings.add("");
        StringTable table = StringTable.read(StringTable.write(strings));
        assertThat(table.size()).isEqualTo(strings.size());
        for (int i = 0; i < strings.size(); i++) {
            assertThat(table.indexOf(strings.get(i))).isEqualTo(i);
            assertThat(table.get(i)).isEqualTo(strings.get(i));
        }
        assertThat(table.indexOf("W-20000|C")).isEqualTo(-1);
        assertThat(table.indexOf("W-1|c")).isEqualTo(-1);
        assertThat(table.indexOf("W-1")).isEqualTo(-1);
    }

    @Test
    void stringsBeyondLatin1AreKeptWhole() {
        List<String> strings = List.of("Zürich", "Kyiv", "Київ", "東京", "naïve-😀");
        StringTable table = StringTable.read(StringTable.write(strings));
        for (int i = 0; i < strings.size(); i++) {
            assertThat(table.indexOf(strings.get(i))).isEqualTo(i);
            assertThat(table.get(i)).isEqualTo(strings.get(i));
        }
        // Same length, a character apart: the comparison reads every character.
        assertThat(table.indexOf("Київа")).isEqualTo(-1);
        assertThat(table.indexOf("東亰")).isEqualTo(-1);
    }

    @Test
    void aStringListedTwiceIsRefused() {
        assertThatThrownBy(() -> StringTable.write(List.of("a", "b", "a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void anEmptyTableFindsNothing() {
        StringTable table = StringTable.read(StringTable.write(List.of()));
        assertThat(table.size()).isZero();
        assertThat(table.indexOf("x")).isEqualTo(-1);
    }
}
