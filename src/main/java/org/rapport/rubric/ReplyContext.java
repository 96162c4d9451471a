package org.rapport.rubric;

import java.util.List;
import org.rapport.transcript.Turn;

/**
 * What the engine needs to judge one trainee reply: the conversation so far (oldest first, ending with
 * the client's line the reply answers, when there is one), the reply itself, and, when a scenario beat
 * says so, the boundary the client is testing. A null {@code boundary} lets the engine detect one.
 * {@code locale} is where the simulated client lives, whose crisis resources risk feedback names; null
 * means the programme default.
 */
public record ReplyContext(List<Turn> history, String reply, BoundaryKind boundary, org.rapport.locale.ServiceLocale locale) {

    public ReplyContext {
        history = List.copyOf(history);
        java.util.Objects.requireNonNull(reply, "reply");
    }

    public ReplyContext(List<Turn> history, String reply, BoundaryKind boundary) {
        this(history, reply, boundary, null);
    }

    public static ReplyContext of(String clientLine, String reply) {
        List<Turn> history = clientLine == null ? List.of()
                : List.of(new Turn(0, org.rapport.transcript.Speaker.CLIENT, clientLine));
        return new ReplyContext(history, reply, null);
    }

    /** The last client utterance before the reply, or "" when the trainee speaks first. */
    public String clientLine() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).byTrainee()) return history.get(i).text();
        }
        return "";
    }
}
