package org.rapport.scenario;

import java.util.List;

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
}
