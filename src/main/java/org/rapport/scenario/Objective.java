package org.rapport.scenario;

import java.util.List;

/**
 * A learning objective, with the checks that say it was met (all must hold). Check subjects: a beat
 * reached ({@code reached}), a criterion mean, a MITI figure, or the final client state.
 */
public record Objective(String text, List<Condition> metWhen) {

    public Objective {
        metWhen = List.copyOf(metWhen);
    }
}
