package org.lector.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.lector.model.Analysis;

/** {@link AnalysisCache} as one JSON row per (version, pipeline version). */
final class SqliteAnalysisCache implements AnalysisCache {

    private final Library library;

    SqliteAnalysisCache(Library library) {
        this.library = library;
    }

    @Override
    public Optional<Analysis> cached(long versionId, String pipelineVersion) {
        return library.read("reading the cached analysis", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT analysis FROM analysis_cache WHERE version_id = ? AND pipeline_version = ?")) {
                ps.setLong(1, versionId);
                ps.setString(2, pipelineVersion);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(AnalysisJson.read(rs.getBytes(1))) : Optional.<Analysis>empty();
                }
            }
        });
    }

    @Override
    public Optional<Analysis> latest(long versionId) {
        return library.read("reading the cached analysis", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT analysis FROM analysis_cache WHERE version_id = ? ORDER BY created DESC LIMIT 1")) {
                ps.setLong(1, versionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(AnalysisJson.read(rs.getBytes(1))) : Optional.<Analysis>empty();
                }
            }
        });
    }

    @Override
    public CompletableFuture<Void> put(long versionId, String pipelineVersion, Analysis analysis) {
        // Serialize on the caller's thread: the writer thread should only hold the write lock for the insert.
        // UTF-8 bytes bound as a blob and cast to text: the column holds the same text as when it was bound as a
        // String, without a String of the whole analysis and sqlite-jdbc's UTF-8 copy of it (AnalysisJson.writeUtf8).
        byte[] json = AnalysisJson.writeUtf8(analysis);
        return library.write("caching the analysis", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT OR REPLACE INTO analysis_cache(version_id, pipeline_version, analysis, entities, quotes,
                        facts, notes, created) VALUES (?, ?, CAST(? AS TEXT), ?, ?, ?, ?, ?)""")) {
                ps.setLong(1, versionId);
                ps.setString(2, pipelineVersion);
                ps.setBytes(3, json);
                ps.setInt(4, analysis.entities().size());
                ps.setInt(5, analysis.quotes().size());
                ps.setInt(6, analysis.facts().size());
                ps.setInt(7, analysis.notes().size());
                ps.setString(8, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }
}
