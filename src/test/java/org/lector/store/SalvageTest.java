package org.lector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.testing.Fixtures;

/** A damaged library gives up the rows on its damaged pages, not the rest. */
class SalvageTest {

    @TempDir
    Path dir;

    private Path libraryWith(int documents) {
        Path db = dir.resolve("library.db");
        try (Library library = Library.open(db, Library.Durability.NORMAL)) {
            for (int i = 0; i < documents; i++) {
                String text = ("Article " + i + "\n\n" + "Maria Lopez said the council would meet. ").repeat(40);
                library.documents().importDocument(Fixtures.doc("/news/" + i + ".txt", text)).join();
            }
        }
        return db;
    }

    @Test
    void anUndamagedLibraryIsCopiedWhole() throws Exception {
        Path db = libraryWith(30);
        Salvage.Report report = Salvage.salvage(db, dir.resolve("copy.db"));
        assertThat(report.copied()).containsEntry("documents", 30).containsEntry("document_versions", 30);
        assertThat(report.lost()).isEmpty();
        try (Library copy = Library.open(dir.resolve("copy.db"))) {
            assertThat(copy.documents().list()).hasSize(30);
        }
    }

    @Test
    void aDamagedPageCostsItsRowsAndTheNewLibraryIsWhole() throws Exception {
        Path db = libraryWith(60);
        long size = Files.size(db);
        int page;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA page_size")) {
            rs.next();
            page = rs.getInt(1);
        }
        // Garbage over a page in the middle of the file, where the article texts are.
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            long at = (size / page / 2) * page;
            f.seek(at);
            byte[] junk = new byte[page];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            f.write(junk);
        }
        Path copy = dir.resolve("salvaged.db");
        Salvage.Report report = Salvage.salvage(db, copy);

        assertThat(report.copied().get("documents")).isEqualTo(60);
        assertThat(report.copied().get("document_versions")).isBetween(1, 60);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(rs.next()).isFalse();
            }
        }
        try (Library salvaged = Library.open(copy)) {
            assertThat(salvaged.documents().list()).isNotEmpty();
        }
    }

    @Test
    void salvageNeverWritesOverAnExistingFile() throws Exception {
        Path db = libraryWith(1);
        Path existing = Files.writeString(dir.resolve("existing.db"), "keep me");
        assertThatThrownBy(() -> Salvage.salvage(db, existing)).isInstanceOf(StoreException.class)
                .hasMessageContaining("already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }
}
