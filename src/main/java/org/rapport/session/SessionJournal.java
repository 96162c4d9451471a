package org.rapport.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where sessions are kept, turn by turn, so that nothing is lost to a crash: every call is durable
 * when it returns.
 */
public interface SessionJournal {

    void begin(SessionRecord session);

    void append(String sessionId, SessionTurn turn);

    void finish(String sessionId, Instant endedAt);

    /** Keeps the client's ratings of a session; written once, just before the session is finished. */
    default void rate(String sessionId, org.rapport.alliance.StoredRating rating) {
    }

    Optional<SavedSession> load(String sessionId);

    /** Sessions, newest first; {@code trainee} null for all trainees. */
    List<SessionRecord> list(String trainee);
}
