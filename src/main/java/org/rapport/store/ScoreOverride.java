package org.rapport.store;

import java.time.Instant;

/**
 * A supervisor's score for one criterion of one reply, kept beside the engine's. {@code dbLogin} is the
 * database account that wrote it (on PostgreSQL the supervisor's own login).
 */
public record ScoreOverride(long id, String sessionId, int turnIndex, String criterion, Integer engineScore,
        int supervisorScore, String by, String dbLogin, Instant at, String note) {
}
