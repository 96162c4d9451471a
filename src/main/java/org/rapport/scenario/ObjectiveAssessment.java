package org.rapport.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges a finished session against a scenario's learning objectives. A plain function of the session's
 * outcome, so the session report, play --json and tests all judge the same way.
 */
public final class ObjectiveAssessment {

    private ObjectiveAssessment() {
    }

    public static List<ObjectiveResult> assess(List<Objective> objectives, SessionOutcome outcome) {
        return objectives.stream().map(o -> assess(o, outcome)).toList();
    }

    private static String scope(Objective objective) {
        if (!objective.answering().isEmpty()) return "on the replies to " + String.join(", ", objective.answering());
        return "on the replies before " + objective.before();
    }

    /** An objective is met when every one of its checks holds; with no checks it cannot be judged as met. */
    public static ObjectiveResult assess(Objective objective, SessionOutcome whole) {
        // Checks on replies look only at the replies the objective is about.
        SessionOutcome outcome = whole.narrowedTo(objective);
        List<String> shortfalls = new ArrayList<>();
        for (Condition check : objective.metWhen()) {
            ConditionSubject subject = ConditionSubject.of(check.subject());
            if (!subject.holds(check.accepted(), outcome)) {
                shortfalls.add(switch (subject) {
                    case REACHED -> "the conversation never reached " + String.join(" or ", check.accepted());
                    case NO_ROADBLOCK -> "no " + String.join(" or ", check.accepted()) + " (was "
                            + subject.actual(check.accepted(), outcome) + ")";
                    default -> check.describe() + " (was " + subject.actual(check.accepted(), outcome) + ")"
                            + (objective.scoped() ? " " + scope(objective) : "");
                });
            }
        }
        boolean met = !objective.metWhen().isEmpty() && shortfalls.isEmpty();
        if (objective.metWhen().isEmpty()) shortfalls.add("this objective has no checks; a supervisor judges it");
        return new ObjectiveResult(objective, met, shortfalls);
    }
}
