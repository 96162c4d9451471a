package org.rapport.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A journal that keeps each entered reply in a file of its own until the reply's scored turn is in the
 * journal underneath. The database's rows hold only scored replies, and a trainee's login may add rows but
 * never change them, so the reply typed a moment ago waits here (one small file per session, written whole
 * and synced to disk before {@link #enter} returns) while the engine scores it.
 */
public final class EnteredReplyFiles implements SessionJournal {

    private static final String SUFFIX = ".reply";

    private final SessionJournal journal;
    private final Path folder;

    public EnteredReplyFiles(SessionJournal journal, Path folder) {
        this.journal = journal;
        this.folder = folder;
    }

    @Override
    public void enter(String sessionId, EnteredReply reply) {
        // index, time, the text's length, then the text as typed: the text may hold anything, so it comes
        // last, and its length tells a whole file from one the process died while writing
        byte[] content = (reply.index() + "\n" + reply.at() + "\n" + reply.text().length() + "\n" + reply.text())
                .getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(folder);
            Path file = file(sessionId);
            Path partial = partial(file);
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) channel.write(buffer);
                channel.force(true);
            }
            // the whole reply or the previous one, never half of it
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the reply of session " + sessionId + " in " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The newest whole entered reply. A process killed before the rename leaves its reply in the partial
     * file, whole once written (only losing power before the sync could cut it short), so a partial file
     * whose text has its stated length is the newest reply.
     */
    @Override
    public Optional<EnteredReply> entered(String sessionId) {
        Path file = file(sessionId);
        return read(partial(file)).or(() -> read(file));
    }

    private static Optional<EnteredReply> read(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            // a file cut short inside a character, or unreadable: not a whole reply
            return Optional.empty();
        }
        String[] parts = content.split("\n", 4);
        if (parts.length < 4) return Optional.empty();
        try {
            if (Integer.parseInt(parts[2]) != parts[3].length()) return Optional.empty();
            return Optional.of(new EnteredReply(Integer.parseInt(parts[0]), parts[3], Instant.parse(parts[1])));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public void append(String sessionId, SessionTurn turn) {
        journal.append(sessionId, turn);
        if (turn.speaker() == org.rapport.transcript.Speaker.TRAINEE
                && entered(sessionId).map(r -> r.index() <= turn.index()).orElse(false)) {
            forget(sessionId);
        }
    }

    @Override
    public void finish(String sessionId, Instant endedAt) {
        journal.finish(sessionId, endedAt);
        forget(sessionId);
    }

    @Override
    public void begin(SessionRecord session) {
        journal.begin(session);
    }

    @Override
    public void rate(String sessionId, org.rapport.alliance.StoredRating rating) {
        journal.rate(sessionId, rating);
    }

    @Override
    public Optional<SavedSession> load(String sessionId) {
        return journal.load(sessionId);
    }

    @Override
    public List<SessionRecord> list(String trainee) {
        return journal.list(trainee);
    }

    private void forget(String sessionId) {
        try {
            Files.deleteIfExists(partial(file(sessionId)));
            Files.deleteIfExists(file(sessionId));
        } catch (IOException e) {
            // a stale file is harmless: its index is behind the journal and resuming ignores it
        }
    }

    /** Session ids are safe file names; any other id is spelled in hex so that it cannot name another path. */
    private Path file(String sessionId) {
        String name = sessionId.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,99}") ? sessionId
                : "x" + HexFormat.of().formatHex(sessionId.getBytes(StandardCharsets.UTF_8));
        return folder.resolve(name + SUFFIX);
    }

    private static Path partial(Path file) {
        return file.resolveSibling(file.getFileName() + ".partial");
    }

    /** The rename is durable only once the folder itself is on disk (where the system allows syncing a folder). */
    private void syncFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder this way; its rename is already durable enough
        }
    }
}
