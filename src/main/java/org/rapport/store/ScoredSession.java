package org.rapport.store;

import org.rapport.rubric.TranscriptSummary;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionStatus;

/**
 * A session with its summary as the engine scored it and as reviewed (supervisor overrides in place of
 * the engine's scores they replace).
 */
public record ScoredSession(SessionRecord record, TranscriptSummary engine, TranscriptSummary reviewed, int replies,
        org.rapport.alliance.StoredRating rating) {

    /** A session without the client's rating (in progress, abandoned, imported, or from before ratings were kept). */
    public ScoredSession(SessionRecord record, TranscriptSummary engine, TranscriptSummary reviewed, int replies) {
        this(record, engine, reviewed, replies, null);
    }

    public boolean finished() {
        return record.status() == SessionStatus.FINISHED;
    }

    /** Finished with at least one reply: a session ended before any reply is abandoned and counts for nothing. */
    public boolean completed() {
        return finished() && replies > 0;
    }
}
