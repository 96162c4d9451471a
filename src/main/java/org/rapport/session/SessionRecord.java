package org.rapport.session;

import java.time.Instant;

/**
 * A practice session's header as stored: who practised which scenario, with which client mode and
 * rubric (id and version: re-scoring uses that version or says it cannot), and when. {@code endedAt} is
 * null while the session is in progress; {@code rubricVersion} is null for sessions saved before it was
 * recorded.
 */
public record SessionRecord(String id, String scenarioId, String trainee, String clientMode, String rubricId,
        Instant startedAt, Instant endedAt, SessionStatus status, String rubricVersion) {

    /** A header without the rubric's version (imported before it was recorded, or made in tests). */
    public SessionRecord(String id, String scenarioId, String trainee, String clientMode, String rubricId,
            Instant startedAt, Instant endedAt, SessionStatus status) {
        this(id, scenarioId, trainee, clientMode, rubricId, startedAt, endedAt, status, null);
    }

    /** The same header, finished at {@code endedAt}. */
    public SessionRecord finishedAt(Instant endedAt) {
        return new SessionRecord(id, scenarioId, trainee, clientMode, rubricId, startedAt, endedAt, SessionStatus.FINISHED,
                rubricVersion);
    }
}
