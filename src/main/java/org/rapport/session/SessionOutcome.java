package org.rapport.session;

import java.util.List;
import java.util.Set;
import org.rapport.client.ClientState;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.rubric.TurnScore;

/**
 * What a session came to, as objectives are judged on it: the beats reached, the score summary (criterion
 * means and MITI figures), the client's final state, and the scored replies.
 */
public record SessionOutcome(Set<String> reachedBeats, TranscriptSummary summary, ClientState finalState,
        List<TurnScore> scores) {

    public SessionOutcome {
        reachedBeats = Set.copyOf(reachedBeats);
        scores = List.copyOf(scores);
    }

    public static SessionOutcome of(PracticeSession session) {
        return new SessionOutcome(session.reachedBeats(), session.summary(), session.clientState(), session.scores());
    }
}
