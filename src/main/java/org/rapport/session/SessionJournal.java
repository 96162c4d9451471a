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

    /**
     * Keeps a reply the moment it is entered, before it is scored; durable when it returns. Appending the
     * scored turn at the same index (or finishing the session) lets it go. A journal that cannot keep
     * entered replies keeps nothing here: a reply then becomes safe only once its scored turn is appended.
     */
    default void enter(String sessionId, EnteredReply reply) {
    }

    /** The entered reply of a session not yet appended as a scored turn, if any. */
    default Optional<EnteredReply> entered(String sessionId) {
        return Optional.empty();
    }

    Optional<SavedSession> load(String sessionId);

    /** Sessions, newest first; {@code trainee} null for all trainees. */
    List<SessionRecord> list(String trainee);
}
