package org.rapport.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rapport.client.ClientState;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.rubric.TurnScore;

/**
 * What a finished practice session leaves behind for judging its learning objectives: the beats the
 * client reached, the session's criterion means and MITI figures, the client's final state, and each
 * scored reply with the beat it answered, so that an objective can be judged on the replies it is about.
 *
 * @param firstReached the turn index at which the client first spoke each beat
 */
public record SessionOutcome(Set<String> reachedBeats, TranscriptSummary summary, ClientState finalState,
        List<Reply> replies, Map<String, Integer> firstReached) {

    /** One scored reply: its turn index, the beat of the client line it answered (null if none), its score. */
    public record Reply(int turnIndex, String answering, TurnScore score) {
    }

    public SessionOutcome {
        reachedBeats = Set.copyOf(reachedBeats);
        java.util.Objects.requireNonNull(summary, "summary");
        java.util.Objects.requireNonNull(finalState, "finalState");
        replies = List.copyOf(replies);
        firstReached = Map.copyOf(firstReached);
    }

    /** An outcome known only by its summary (no per-reply record). */
    public SessionOutcome(Set<String> reachedBeats, TranscriptSummary summary, ClientState finalState) {
        this(reachedBeats, summary, finalState, List.of(), Map.of());
    }

    /** The replies an objective is about (every reply for an objective judged on the whole session). */
    public List<Reply> about(Objective objective) {
        if (!objective.scoped()) return replies;
        return replies.stream()
                .filter(r -> objective.answering().isEmpty() || objective.answering().contains(r.answering()))
                .filter(r -> objective.before() == null || r.turnIndex() < firstReached.getOrDefault(objective.before(),
                        Integer.MAX_VALUE))
                .toList();
    }

    /** This outcome with its summary taken over the replies an objective is about. */
    public SessionOutcome narrowedTo(Objective objective) {
        if (!objective.scoped()) return this;
        List<Reply> about = about(objective);
        TranscriptSummary narrowed = TranscriptSummary.of(List.copyOf(summary.scores().keySet()),
                about.stream().map(Reply::score).toList());
        return new SessionOutcome(reachedBeats, narrowed, finalState, about, firstReached);
    }
}
