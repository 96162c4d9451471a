package org.rapport.session;

import java.time.Instant;

/**
 * A practice session's header as stored: who practised which scenario, with which client mode and
 * rubric, and when. {@code endedAt} is null while the session is in progress.
 */
public record SessionRecord(String id, String scenarioId, String trainee, String clientMode, String rubricId,
        Instant startedAt, Instant endedAt, SessionStatus status) {
}
