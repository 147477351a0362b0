package org.lector.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a write-ahead log that a Lector process left behind (it crashed, or was killed: a clean close checkpoints
 * the log and deletes it) and tells whether SQLite's recovery will drop committed transactions.
 *
 * <p>SQLite replays the frames of a WAL up to the last commit whose checksums chain without a break from the
 * header, and silently ignores everything after the first bad frame. After a crash the frames of an unfinished
 * transaction are rightly ignored; but when a frame in the middle was damaged afterwards (a bad disk, a byte
 * flipped), the commits after it are lost without a word. That is the case this finds: a frame of this log (its
 * salts match the header) that breaks the checksum chain, followed later by a commit frame. Format:
 * <a href="https://www.sqlite.org/fileformat2.html#the_write_ahead_log">the WAL file format</a>.
 */
final class WalCheck {

    private static final int HEADER = 32;
    private static final int FRAME_HEADER = 24;

    /**
     * What a log holds.
     *
     * @param frames       frames in the file
     * @param validCommits commits SQLite will replay
     * @param lostCommits  commits after a damaged frame, which SQLite will drop
     */
    record Result(int frames, int validCommits, int lostCommits) {

        boolean damaged() {
            return lostCommits > 0;
        }
    }

    private WalCheck() {
    }

    /** Inspects the log at {@code wal}; a missing, empty or unreadable header gives no frames. */
    static Result inspect(Path wal) throws IOException {
        if (!Files.isRegularFile(wal) || Files.size(wal) < HEADER) {
            return new Result(0, 0, 0);
        }
        try (InputStream in = Files.newInputStream(wal)) {
            byte[] header = in.readNBytes(HEADER);
            ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.BIG_ENDIAN);
            int magic = h.getInt(0);
            if (magic != 0x377f0682 && magic != 0x377f0683) {
                return new Result(0, 0, 0);
            }
            ByteOrder order = (magic & 1) == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            int pageSize = h.getInt(8);
            if (pageSize == 1) {
                pageSize = 65536;
            }
            if (pageSize < 512 || pageSize > 65536 || Integer.bitCount(pageSize) != 1) {
                return new Result(0, 0, 0);
            }
            int salt1 = h.getInt(16);
            int salt2 = h.getInt(20);
            int[] sum = checksum(header, 0, 24, order, 0, 0);
            boolean chain = sum[0] == h.getInt(24) && sum[1] == h.getInt(28);
            int frames = 0;
            int valid = 0;
            int lost = 0;
            byte[] frame = new byte[FRAME_HEADER + pageSize];
            while (true) {
                int n = in.readNBytes(frame, 0, frame.length);
                if (n < frame.length) {
                    break;
                }
                frames++;
                ByteBuffer f = ByteBuffer.wrap(frame).order(ByteOrder.BIG_ENDIAN);
                boolean ours = f.getInt(8) == salt1 && f.getInt(12) == salt2;
                boolean commit = f.getInt(4) != 0;
                if (chain && ours) {
                    int[] next = checksum(frame, 0, 8, order, sum[0], sum[1]);
                    next = checksum(frame, FRAME_HEADER, pageSize, order, next[0], next[1]);
                    if (next[0] == f.getInt(16) && next[1] == f.getInt(20)) {
                        sum = next;
                        if (commit) {
                            valid++;
                        }
                        continue;
                    }
                    chain = false;
                }
                if (!chain && ours && commit) {
                    lost++;
                }
            }
            return new Result(frames, valid, lost);
        }
    }

    /** SQLite's WAL checksum over {@code length} bytes (a multiple of 8) from {@code off}, continuing s0, s1. */
    static int[] checksum(byte[] b, int off, int length, ByteOrder order, int s0, int s1) {
        ByteBuffer buf = ByteBuffer.wrap(b, off, length).order(order);
        for (int i = 0; i < length; i += 8) {
            s0 += buf.getInt(off + i) + s1;
            s1 += buf.getInt(off + i + 4) + s0;
        }
        return new int[] {s0, s1};
    }
}
