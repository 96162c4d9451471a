package org.rapport.store;

import java.time.Instant;

/** A supervisor's remark on a session, or on one turn of it when {@code turnIndex} is set. */
public record SupervisorComment(long id, String sessionId, Integer turnIndex, String author, Instant at, String text) {
}
