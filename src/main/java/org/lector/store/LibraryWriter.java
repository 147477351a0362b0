package org.lector.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes to a library. It owns the write connection; each submitted edit runs in its own
 * transaction and its future completes after the commit returns, so a caller that sees the future complete knows
 * the edit is in the file. Callers on the FX thread chain on the future and never block on it.
 */
final class LibraryWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryWriter.class);

    /** A unit of work run inside one transaction on the writer thread. */
    @FunctionalInterface
    interface Edit<T> {
        T apply(Connection c) throws SQLException;
    }

    private final Connection connection;
    private final Path file;
    private final ExecutorService executor;

    LibraryWriter(Connection connection, Path file) throws SQLException {
        this.connection = connection;
        this.file = file;
        // Transactions are explicit statements rather than the driver's autoCommit(false) mode: after SQLITE_FULL
        // or SQLITE_IOERR SQLite has already rolled back by itself, and the driver's mode then loses track of
        // whether a transaction is open, so the next edit would run outside one.
        connection.setAutoCommit(true);
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lector-store-writer");
            // Not a daemon: the JVM must not exit with an edit half-way; close() drains the queue.
            t.setDaemon(false);
            return t;
        });
    }

    /** Queues {@code edit}; the future fails with a {@link StoreException} if the transaction is rolled back. */
    <T> CompletableFuture<T> submit(String doing, Edit<T> edit) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> run(doing, edit, result));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new StoreException(StoreException.Kind.IO, file,
                    "The library " + file + " is closed; " + doing + " was not saved.", e));
        }
        return result;
    }

    private <T> void run(String doing, Edit<T> edit, CompletableFuture<T> result) {
        try {
            execute("BEGIN IMMEDIATE");
            T value = edit.apply(connection);
            execute("COMMIT");
            result.complete(value);
        } catch (SQLException e) {
            rollback();
            LOG.warn("Rolled back '{}' in {}", doing, file, e);
            result.completeExceptionally(StoreException.from(e, file, doing));
        } catch (RuntimeException | Error e) {
            rollback();
            LOG.warn("Rolled back '{}' in {}", doing, file, e);
            result.completeExceptionally(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.execute();
        }
    }

    private void rollback() {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no transaction is active")) {
                // SQLite already rolled back on its own (disk full, I/O error): the state we want.
                LOG.debug("Transaction in {} was already rolled back by SQLite", file);
            } else {
                LOG.error("Rollback failed in {}", file, e);
            }
        }
    }

    /** Runs every queued edit, then stops the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.error("Writer of {} did not finish its queue within 60 s", file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
