package org.rapport.store;

import org.rapport.rubric.TranscriptSummary;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionStatus;

/**
 * A session with its summary as the engine scored it and as reviewed (supervisor overrides in place of
 * the engine's scores they replace), and how many of its replies missed or mishandled a risk cue (the
 * session is flagged to the supervisor when any did).
 */
public record ScoredSession(SessionRecord record, TranscriptSummary engine, TranscriptSummary reviewed, int replies,
        int riskFlags) {

    public ScoredSession(SessionRecord record, TranscriptSummary engine, TranscriptSummary reviewed, int replies) {
        this(record, engine, reviewed, replies, 0);
    }

    public boolean finished() {
        return record.status() == SessionStatus.FINISHED;
    }

    /** Finished with at least one reply: a session ended before any reply is abandoned and counts for nothing. */
    public boolean completed() {
        return finished() && replies > 0;
    }
}
