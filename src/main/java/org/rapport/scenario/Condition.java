package org.rapport.scenario;

import java.util.List;
import org.rapport.client.ClientState;
import org.rapport.rubric.TurnScore;

/**
 * One test in a branch's {@code when} or an objective's {@code met_when}: a subject (criterion id,
 * behavior, subtype, roadblock, empathy mechanism, client state, ...) and the accepted values, e.g.
 * {@code empathy: ">=4"} or {@code behavior: [question, input]}. {@code line} is where it stands in
 * its file, for error messages.
 */
public record Condition(String subject, List<String> accepted, int line) {

    public Condition {
        accepted = List.copyOf(accepted);
    }

    /**
     * Whether a scored reply meets this branch condition; {@code state} is the client state after the
     * base reaction to the reply (see {@link ClientState#after(TurnScore)}). Any accepted value will do.
     */
    public boolean holdsFor(TurnScore reply, ClientState state) {
        return ConditionSubject.of(subject).holds(accepted, reply, state);
    }

    /** Reads as written in a report, e.g. {@code empathy >=4} or {@code behavior question or reflection}. */
    public String describe() {
        return subject + " " + String.join(" or ", accepted);
    }
}
