package org.lector.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.lector.model.DisplayNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * One open library file. Open it with {@link #open(Path)}, reach its data through the repositories, and close it
 * on exit: {@link #close()} saves every pending edit first. Neither needs a particular thread: open it on a
 * background thread, never the FX thread (it reads the file and may migrate it). A library still open when the
 * JVM exits is closed by a shutdown hook, so {@code System.exit} does not drop queued edits.
 *
 * <p>The file is guarded by an exclusive OS lock on {@code <file>.lock} for as long as it is open, which is how a
 * second Lector process (or a second window of this one) learns that the library is busy; SQLite's own locks only
 * protect single transactions. Writes go through one writer thread; reads use a separate connection, which WAL
 * lets run beside the writer.
 */
public final class Library implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Library.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 5_000;
    private static final int TEXT_CACHE_SIZE = 4;

    /** How hard a commit tries to survive a power cut; see {@code docs/decisions/0004-sqlite-store.md}. */
    public enum Durability {
        /** {@code synchronous=NORMAL}: commits survive a crash of Lector, the last ones may not survive power loss. */
        NORMAL,
        /** {@code synchronous=FULL}: every commit is fsynced before it returns. */
        FULL
    }

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connection readConnection;
    private final LibraryWriter writer;
    private final Connection writeConnection;
    private final Map<Long, String> texts = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > TEXT_CACHE_SIZE;
        }
    };
    private final SqliteDocumentRepository documents;
    private final SqliteAnalysisCache analysisCache;
    private final SqliteAnnotationRepository annotations;
    private final SqliteSettings settings;
    private final SqliteDictionary dictionary;
    private final SqliteLibraryIndex index;
    private final Thread closeOnExit;
    private boolean closed;
    private String notice;

    private Library(Path file, FileChannel lockChannel, FileLock lock, Connection writeConnection,
            Connection readConnection) throws SQLException {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.writeConnection = writeConnection;
        this.readConnection = readConnection;
        this.writer = new LibraryWriter(writeConnection, file);
        this.documents = new SqliteDocumentRepository(this);
        this.analysisCache = new SqliteAnalysisCache(this);
        this.annotations = new SqliteAnnotationRepository(this);
        this.settings = new SqliteSettings(this);
        this.dictionary = new SqliteDictionary(this);
        this.index = new SqliteLibraryIndex(this);
        // A safety net for System.exit with edits still queued (the window's close handler and the exit of the
        // main thread race): the JVM runs this hook and waits for it, so queued edits are committed first.
        this.closeOnExit = new Thread(this::close, "lector-library-close-on-exit");
        Runtime.getRuntime().addShutdownHook(closeOnExit);
    }

    /**
     * The default library: {@code $XDG_DATA_HOME/lector/library.db}, else {@code ~/.local/share/lector/library.db}.
     */
    public static Path defaultPath() {
        return defaultPath(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultPath(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("lector").resolve("library.db");
    }

    /** Opens {@code file}, creating it (and its folder) if missing, with {@link Durability#FULL}. */
    public static Library open(Path file) {
        return open(file, Durability.FULL);
    }

    /** Opens {@code file} with the given commit durability. */
    public static Library open(Path file, Durability durability) {
        return open(file, durability, Migrations.standard());
    }

    static Library open(Path requested, Durability durability, Migrations migrations) {
        Path file = requested.toAbsolutePath().normalize();
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
        } catch (AccessDeniedException e) {
            throw StoreException.readOnly(file, e);
        } catch (IOException e) {
            throw ioFailure(file, e);
        }
        boolean exists = Files.exists(file);
        if (exists && !Files.isRegularFile(file)) {
            // A FIFO would block the header check forever, and /dev/null would take a ".lock" beside it.
            throw StoreException.notAFile(file);
        }
        if (exists) {
            checkHeader(file);
        }
        // WAL needs to create -wal and -shm beside the file, so a read-only folder is as fatal as a read-only file.
        if (!Files.isWritable(dir) || exists && !Files.isWritable(file)) {
            throw StoreException.readOnly(file, null);
        }
        FileChannel channel = null;
        FileLock lock = null;
        Connection write = null;
        Connection read = null;
        try {
            channel = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                throw StoreException.locked(file, e);
            }
            if (lock == null) {
                throw StoreException.locked(file, null);
            }
            // Before SQLite replays (and then deletes) a log a crash left behind.
            String notice = keepDamagedLog(file);
            write = connect(file, durability, false);
            migrations.migrate(write, file);
            read = connect(file, durability, true);
            Library library = new Library(file, channel, lock, write, read);
            library.notice = notice;
            LOG.info("Opened library {} (schema {})", file, migrations.latestVersion());
            return library;
        } catch (SQLException e) {
            closeQuietly(read, write, lock, channel);
            throw StoreException.from(e, file, "opening the library");
        } catch (FileSystemException e) {
            closeQuietly(read, write, lock, channel);
            throw StoreException.readOnly(file, e);
        } catch (IOException e) {
            closeQuietly(read, write, lock, channel);
            throw ioFailure(file, e);
        } catch (RuntimeException e) {
            closeQuietly(read, write, lock, channel);
            throw e;
        }
    }

    /**
     * When the library was not closed cleanly and its write-ahead log is damaged so that SQLite's recovery would
     * drop committed changes ({@link WalCheck}), keeps a copy of the log beside the library and returns a sentence
     * that says so; otherwise null. Recovery itself is SQLite's: it keeps every commit up to the damage.
     */
    private static String keepDamagedLog(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            WalCheck.Result log = WalCheck.inspect(wal);
            if (!log.damaged()) {
                if (log.frames() > 0) {
                    LOG.info("{} was not closed cleanly; SQLite recovers its {} commits", file, log.validCommits());
                }
                return null;
            }
            Path copy = file.resolveSibling(file.getFileName() + "-wal.damaged-"
                    + java.time.LocalDateTime.now().withNano(0).toString().replace(':', '-'));
            Files.copy(wal, copy);
            LOG.warn("{}: damaged write-ahead log, {} commits recoverable, {} after the damage; copy kept as {}",
                    file, log.validCommits(), log.lostCommits(), copy);
            return "The library " + DisplayNames.escape(file.toString()) + " was not closed cleanly and its journal"
                    + " is damaged: the last " + log.lostCommits() + " saved change(s) could not be recovered; a copy"
                    + " of the journal is kept as " + DisplayNames.escape(copy.toString()) + ".";
        } catch (IOException e) {
            LOG.warn("could not inspect the write-ahead log of {}", file, e);
            return null;
        }
    }

    /**
     * A sentence for the user when opening had to recover from a damaged journal (see {@link #keepDamagedLog}),
     * else empty.
     */
    public java.util.Optional<String> notice() {
        return java.util.Optional.ofNullable(notice);
    }

    /** Refuses a file that is not SQLite before the driver can touch it, so a damaged file is never rewritten. */
    private static void checkHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length == 0) {
                return; // an empty file is a new library
            }
            if (!Arrays.equals(head, SQLITE_HEADER)) {
                throw StoreException.corrupt(file, null);
            }
        } catch (AccessDeniedException e) {
            throw StoreException.readOnly(file, e);
        } catch (IOException e) {
            throw ioFailure(file, e);
        }
    }

    private static Connection connect(Path file, Durability durability, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(durability == Durability.FULL
                ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
        // IMMEDIATE takes the write lock at BEGIN, so a busy file fails before any work is done, not at COMMIT.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (readOnly) {
            config.setReadOnly(true);
        }
        Connection c = config.createConnection("jdbc:sqlite:" + file);
        try (PreparedStatement ps = c.prepareStatement("PRAGMA schema_version"); ResultSet rs = ps.executeQuery()) {
            // Reading the schema forces SQLite to parse the header now: a damaged file fails here, not mid-edit.
            rs.next();
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private static StoreException ioFailure(Path file, IOException e) {
        return new StoreException(StoreException.Kind.IO, file,
                "Lector could not open " + DisplayNames.escape(file.toString()) + ": " + e.getMessage() + ".", e);
    }

    private static void closeQuietly(Connection read, Connection write, FileLock lock, FileChannel channel) {
        for (AutoCloseable c : new AutoCloseable[] {read, write, lock, channel}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    LOG.debug("Ignored failure while abandoning an open", e);
                }
            }
        }
    }

    public Path file() {
        return file;
    }

    public DocumentRepository documents() {
        return documents;
    }

    /** The document repository itself, for an edit that files a document inside a larger transaction. */
    SqliteDocumentRepository documentStore() {
        return documents;
    }

    public AnalysisCache analysisCache() {
        return analysisCache;
    }

    public AnnotationRepository annotations() {
        return annotations;
    }

    public Settings settings() {
        return settings;
    }

    public Dictionary dictionary() {
        return dictionary;
    }

    /** What each article contributes to the views across the library, and the reader's identity edits. */
    public LibraryIndex index() {
        return index;
    }

    /** The schema version of the open file ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return read("reading the schema version", Migrations::userVersion);
    }

    /** {@code PRAGMA integrity_check}: "ok", or SQLite's description of the damage. */
    public String integrityCheck() {
        return read("checking the library", c -> {
            StringBuilder out = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement("PRAGMA integrity_check");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append(out.length() == 0 ? "" : "\n").append(rs.getString(1));
                }
            }
            return out.toString();
        });
    }

    /** Completes when every edit queued before this call is committed. */
    public CompletableFuture<Void> flush() {
        return writer.submit("flushing", c -> null);
    }

    <T> CompletableFuture<T> write(String doing, LibraryWriter.Edit<T> edit) {
        return writer.submit(doing, edit);
    }

    /** Runs a read on the read connection; one reader at a time, concurrent with the writer. */
    <T> T read(String doing, LibraryWriter.Edit<T> query) {
        synchronized (readConnection) {
            try {
                return query.apply(readConnection);
            } catch (SQLException e) {
                throw StoreException.from(e, file, doing);
            }
        }
    }

    /** The text of a document version, from a small cache: selectors and re-anchoring need it on every edit. */
    String versionText(Connection c, long versionId) throws SQLException {
        synchronized (texts) {
            String cached = texts.get(versionId);
            if (cached != null) {
                return cached;
            }
        }
        Optional<String> text = Optional.empty();
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM document_versions WHERE id = ?")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    text = Optional.of(rs.getString(1));
                }
            }
        }
        String found = text.orElseThrow(() -> new IllegalArgumentException("no document version " + versionId));
        synchronized (texts) {
            texts.put(versionId, found);
        }
        return found;
    }

    void forgetText(long versionId) {
        synchronized (texts) {
            texts.remove(versionId);
        }
    }

    /** Saves pending edits, checkpoints the WAL into the file and releases the lock. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(closeOnExit);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: this close is the hook itself, or runs beside it.
        }
        writer.close();
        try {
            try (PreparedStatement ps = writeConnection.prepareStatement("PRAGMA wal_checkpoint(TRUNCATE)")) {
                ps.execute();
            }
        } catch (SQLException e) {
            // The WAL stays beside the file and SQLite replays it on the next open: nothing is lost.
            LOG.warn("Could not checkpoint {} on close", file, e);
        }
        closeQuietly(readConnection, writeConnection, lock, lockChannel);
        LOG.info("Closed library {}", file);
    }
}
