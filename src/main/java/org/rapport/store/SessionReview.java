package org.rapport.store;

import java.util.List;
import java.util.Map;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionTurn;

/**
 * A session laid out for a supervisor: every turn with the engine's and the reviewed scores, and
 * whether those scores may be taken as the session's grade ({@code check}); where a trainee's login
 * wrote the scores, {@code rescored} holds the engine's own score of each reply, by turn index.
 */
public record SessionReview(SessionRecord record, List<ReviewedTurn> turns, List<SupervisorComment> sessionComments,
        TranscriptSummary engineSummary, TranscriptSummary reviewedSummary, ScoreCheck check,
        Map<Integer, org.rapport.rubric.TurnScore> rescored, org.rapport.alliance.StoredRating clientRating) {

    /** A review without the client's rating (a session without one). */
    public SessionReview(SessionRecord record, List<ReviewedTurn> turns, List<SupervisorComment> sessionComments,
            TranscriptSummary engineSummary, TranscriptSummary reviewedSummary, ScoreCheck check,
            Map<Integer, org.rapport.rubric.TurnScore> rescored) {
        this(record, turns, sessionComments, engineSummary, reviewedSummary, check, rescored, null);
    }

    public SessionReview {
        turns = List.copyOf(turns);
        sessionComments = List.copyOf(sessionComments);
        check = check == null ? ScoreCheck.TRUSTED : check;
        rescored = rescored == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rescored));
    }

    public SessionReview(SessionRecord record, List<ReviewedTurn> turns, List<SupervisorComment> sessionComments,
            TranscriptSummary engineSummary, TranscriptSummary reviewedSummary) {
        this(record, turns, sessionComments, engineSummary, reviewedSummary, ScoreCheck.TRUSTED, Map.of());
    }

    /**
     * One turn; for a scored reply {@code reviewedScores} holds the supervisor's score where one was
     * given, else the engine's. {@code overrides} is the full history, oldest first.
     */
    public record ReviewedTurn(SessionTurn turn, Map<String, Integer> reviewedScores, List<ScoreOverride> overrides,
            List<SupervisorComment> comments) {

        public ReviewedTurn {
            overrides = List.copyOf(overrides);
            comments = List.copyOf(comments);
        }
    }

    /** The scored trainee replies with the client line each answered (the engine's judgement). */
    public List<org.rapport.feedback.PractisePlan.Reply> replies() {
        List<org.rapport.feedback.PractisePlan.Reply> out = new java.util.ArrayList<>();
        String client = "";
        for (ReviewedTurn t : turns) {
            if (t.turn().speaker() == org.rapport.transcript.Speaker.CLIENT) client = t.turn().text();
            else if (t.turn().score() != null) out.add(new org.rapport.feedback.PractisePlan.Reply(t.turn().index(), client, t.turn().text(), t.turn().score()));
        }
        return out;
    }
}
