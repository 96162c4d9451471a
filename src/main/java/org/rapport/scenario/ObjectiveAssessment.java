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

    /** The scenario's objectives, each shortfall naming its beats by the client's words, as a trainee met them. */
    public static List<ObjectiveResult> assess(Scenario scenario, SessionOutcome outcome) {
        return scenario.objectives().stream().map(o -> assess(o, outcome, id -> moment(scenario, id))).toList();
    }

    /** An objective is met when every one of its checks holds; with no checks it cannot be judged as met. */
    public static ObjectiveResult assess(Objective objective, SessionOutcome whole) {
        return assess(objective, whole, id -> id);
    }

    /** Words that name a beat to a trainee: the opening of the client's line there, as they heard it. */
    static String moment(Scenario scenario, String beatId) {
        return scenario.beat(beatId).map(b -> {
            String line = b.client().replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
            String[] words = line.split(" ");
            return "\"" + (words.length <= 8 ? line : String.join(" ", java.util.Arrays.copyOf(words, 8)).replaceAll("[,.;:!?]+$", "") + "...")
                    + "\"";
        }).orElse(beatId);
    }

    private static String scope(Objective objective, java.util.function.Function<String, String> moment) {
        if (!objective.answering().isEmpty()) {
            return "in the reply to " + String.join(" or ", objective.answering().stream().map(moment).toList());
        }
        return "in the replies before " + moment.apply(objective.before());
    }

    /** "empathy >=3.5" as a trainee reads it: "empathy 3.5 or more". */
    static String readable(Condition check) {
        if (check.subject().equals("risk_enquiry")) return "a direct question about suicide or self-harm";
        List<String> values = check.accepted().stream().map(v -> v.startsWith(">=") ? v.substring(2) + " or more"
                : v.startsWith("<=") ? v.substring(2) + " or less" : v.startsWith(">") ? "more than " + v.substring(1)
                : v.startsWith("<") ? "less than " + v.substring(1) : v.replace('_', ' ')).toList();
        return check.subject().replace('_', ' ') + " " + String.join(" or ", values);
    }

    private static ObjectiveResult assess(Objective objective, SessionOutcome whole, java.util.function.Function<String, String> moment) {
        // Checks on replies look only at the replies the objective is about.
        SessionOutcome outcome = whole.narrowedTo(objective);
        List<String> shortfalls = new ArrayList<>();
        for (Condition check : objective.metWhen()) {
            ConditionSubject subject = ConditionSubject.of(check.subject());
            if (!subject.holds(check.accepted(), outcome)) {
                String actual = subject.actual(check.accepted(), outcome);
                shortfalls.add(switch (subject) {
                    case REACHED -> "the conversation never got to " + String.join(" or ", check.accepted().stream().map(moment).toList());
                    case NO_ROADBLOCK -> "no " + String.join(" or ", check.accepted().stream().map(r -> r.replace('_', ' ')).toList())
                            + " (there was " + actual.replace('_', ' ') + ")";
                    default -> readable(check) + ("n/a".equals(actual) ? " (not measured in this session)" : " (was " + actual + ")")
                            + (objective.scoped() ? " " + scope(objective, moment) : "");
                });
            }
        }
        boolean met = !objective.metWhen().isEmpty() && shortfalls.isEmpty();
        if (objective.metWhen().isEmpty()) shortfalls.add("this objective has no checks; a supervisor judges it");
        return new ObjectiveResult(objective, met, shortfalls);
    }
}
