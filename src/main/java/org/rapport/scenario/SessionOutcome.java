package org.rapport.scenario;

import java.util.Set;
import org.rapport.client.ClientState;
import org.rapport.rubric.TranscriptSummary;

/**
 * What a finished practice session leaves behind for judging its learning objectives: the beats the
 * client reached, the session's criterion means and MITI figures, and the client's final state.
 */
public record SessionOutcome(Set<String> reachedBeats, TranscriptSummary summary, ClientState finalState) {

    public SessionOutcome {
        reachedBeats = Set.copyOf(reachedBeats);
        java.util.Objects.requireNonNull(summary, "summary");
        java.util.Objects.requireNonNull(finalState, "finalState");
    }
}
