package org.rapport.store;

import java.time.Instant;

/**
 * A supervisor's score for one criterion of one reply, kept beside the engine's. {@code dbLogin} is the
 * database account that wrote it (on PostgreSQL the supervisor's own login). A null
 * {@code supervisorScore} withdraws the supervisor's earlier score: the engine's counts again.
 */
public record ScoreOverride(long id, String sessionId, int turnIndex, String criterion, Integer engineScore,
        Integer supervisorScore, String by, String dbLogin, Instant at, String note) {

    /** Whether this row withdraws an earlier override rather than giving a score. */
    public boolean withdrawn() {
        return supervisorScore == null;
    }
}
