package org.rapport.scenario;

import java.util.List;

/**
 * A learning objective, with the checks that say it was met (all must hold). Check subjects: a beat
 * reached ({@code reached}), a criterion mean, a MITI figure, roadblocks avoided, or the final client
 * state.
 * <p>
 * The checks on replies (criterion means, MITI figures, roadblocks) are judged on the replies the
 * objective is about: those answering the beats in {@code answering} (the reply to a personal question),
 * or those given before the client reached {@code before} (listening before prescribing); on every
 * reply when neither is given.
 */
public record Objective(String text, List<Condition> metWhen, List<String> answering, String before) {

    public Objective {
        metWhen = List.copyOf(metWhen);
        answering = answering == null ? List.of() : List.copyOf(answering);
    }

    /** An objective judged on the whole session. */
    public Objective(String text, List<Condition> metWhen) {
        this(text, metWhen, List.of(), null);
    }

    /** Whether the checks on replies look at only some of them. */
    public boolean scoped() {
        return !answering.isEmpty() || before != null;
    }
}
