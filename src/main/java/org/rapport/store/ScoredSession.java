package org.rapport.store;

import org.rapport.rubric.TranscriptSummary;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionStatus;

/**
 * A session with its summary as the engine scored it and as reviewed (supervisor overrides in place of
 * the engine's scores they replace), whether those scores may be shown as its grade, and how many of its
 * replies missed or mishandled a risk cue (the session is flagged to the supervisor when any did).
 */
public record ScoredSession(SessionRecord record, TranscriptSummary engine, TranscriptSummary reviewed, int replies,
        ScoreCheck check, int riskFlags, org.rapport.alliance.StoredRating rating) {

    public ScoredSession {
        check = check == null ? ScoreCheck.TRUSTED : check;
    }

    /** A session without the client's rating (in progress, abandoned, imported, or from before ratings were kept). */
    public ScoredSession(SessionRecord record, TranscriptSummary engine, TranscriptSummary reviewed, int replies,
            ScoreCheck check, int riskFlags) {
        this(record, engine, reviewed, replies, check, riskFlags, null);
    }

    public ScoredSession(SessionRecord record, TranscriptSummary engine, TranscriptSummary reviewed, int replies,
            ScoreCheck check) {
        this(record, engine, reviewed, replies, check, 0, null);
    }

    public ScoredSession(SessionRecord record, TranscriptSummary engine, TranscriptSummary reviewed, int replies) {
        this(record, engine, reviewed, replies, ScoreCheck.TRUSTED, 0, null);
    }

    public boolean finished() {
        return record.status() == SessionStatus.FINISHED;
    }

    /**
     * Finished with at least one reply and scores the engine stands behind: a session ended before any
     * reply is abandoned, and one whose stored scores the engine does not give is not graded; neither
     * counts.
     */
    public boolean completed() {
        return finished() && replies > 0 && check.graded();
    }

    public boolean graded() {
        return check.graded();
    }
}
