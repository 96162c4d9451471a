package org.rapport.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rapport.client.ClientState;
import org.rapport.rubric.Behavior;
import org.rapport.rubric.MitiFigures;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TurnScore;

/**
 * What a condition can test. Branch conditions ({@code when}) look at one scored reply and the client
 * state after it; objective checks ({@code met_when}) look at a finished session. Each subject knows
 * its scale, so that a file asking for {@code empathy: ">=7"} is caught when it is loaded rather than
 * silently never matching.
 */
public enum ConditionSubject {
    EMPATHY(TurnScore.EMPATHY, Scale.CRITERION, true, true),
    ACTIVE_LISTENING(TurnScore.ACTIVE_LISTENING, Scale.CRITERION, true, true),
    BOUNDARY_SETTING(TurnScore.BOUNDARY_SETTING, Scale.CRITERION, true, true),
    RISK_AND_SAFETY(TurnScore.RISK_AND_SAFETY, Scale.CRITERION, true, true),
    /** {@code asked}: the reply (or, for an objective, some reply) asked directly about suicide or self-harm. */
    RISK_ENQUIRY("risk_enquiry", Scale.NAME, true, true),
    BEHAVIOR("behavior", Scale.NAME, true, false),
    SUBTYPE("subtype", Scale.NAME, true, false),
    ROADBLOCK("roadblock", Scale.NAME, true, false),
    EMOTIONAL_REACTIONS("emotional_reactions", Scale.MECHANISM, true, false),
    INTERPRETATIONS("interpretations", Scale.MECHANISM, true, false),
    EXPLORATIONS("explorations", Scale.MECHANISM, true, false),
    TRUST("trust", Scale.STATE, true, true),
    DISTRESS("distress", Scale.STATE, true, true),
    DISCLOSURE("disclosure", Scale.STATE, true, true),
    REACHED("reached", Scale.NAME, false, true),
    /** None of the replies judged showed any of these roadblocks (e.g. advising before the fear was heard). */
    NO_ROADBLOCK("no_roadblock", Scale.NAME, false, true),
    REFLECTION_TO_QUESTION("reflection_to_question", Scale.RATIO, false, true),
    PERCENT_COMPLEX_REFLECTIONS("percent_complex_reflections", Scale.PERCENT, false, true),
    PERCENT_OPEN_QUESTIONS("percent_open_questions", Scale.PERCENT, false, true);

    /** The range a numeric subject lives on. */
    enum Scale {
        CRITERION(1, 5), MECHANISM(0, 2), STATE(ClientState.MIN, ClientState.MAX), PERCENT(0, 100),
        RATIO(0, Double.MAX_VALUE), NAME(0, 0);

        final double min, max;

        Scale(double min, double max) {
            this.min = min;
            this.max = max;
        }

        String range() {
            return max == Double.MAX_VALUE ? "0 or more" : fmt(min) + "-" + fmt(max);
        }

        private static String fmt(double v) {
            return String.valueOf((long) v);
        }
    }

    private final String id;
    private final Scale scale;
    private final boolean inBranches;
    private final boolean inObjectives;

    ConditionSubject(String id, Scale scale, boolean inBranches, boolean inObjectives) {
        this.id = id;
        this.scale = scale;
        this.inBranches = inBranches;
        this.inObjectives = inObjectives;
    }

    /** The key written in scenario files, e.g. {@code active_listening}. */
    public String id() {
        return id;
    }

    public boolean inBranches() {
        return inBranches;
    }

    public boolean inObjectives() {
        return inObjectives;
    }

    public static Optional<ConditionSubject> find(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    public static ConditionSubject of(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown condition subject '" + id + "'"));
    }

    static String branchSubjects() {
        return Arrays.stream(values()).filter(s -> s.inBranches).map(s -> s.id).collect(Collectors.joining(", "));
    }

    static String objectiveSubjects() {
        return Arrays.stream(values()).filter(s -> s.inObjectives).map(s -> s.id).collect(Collectors.joining(", "));
    }

    /**
     * What is wrong with one accepted value, or empty when it is fine. {@code beatIds} are the scenario's
     * beats, for {@code reached}.
     */
    Optional<String> problemWith(String value, Set<String> beatIds) {
        if (value == null || value.isBlank()) return Optional.of("needs a value");
        String v = value.trim();
        switch (this) {
            case BEHAVIOR -> {
                return known(v, names(Behavior.values()), "a behaviour");
            }
            case SUBTYPE -> {
                return known(v, names(Subtype.values()), "a subtype");
            }
            case NO_ROADBLOCK -> {
                return known(v, names(Roadblock.values()), "a roadblock");
            }
            case RISK_ENQUIRY -> {
                return known(v, List.of("asked", "not_asked"), "a risk enquiry value");
            }
            case ROADBLOCK -> {
                List<String> allowed = new ArrayList<>(names(Roadblock.values()));
                allowed.add("any");
                allowed.add("none");
                return known(v, allowed, "a roadblock");
            }
            case REACHED -> {
                return beatIds.contains(v) ? Optional.empty() : Optional.of("'" + v + "' is not a beat of this scenario");
            }
            default -> {
                Comparison c;
                try {
                    c = Comparison.parse(v);
                } catch (IllegalArgumentException e) {
                    return Optional.of(e.getMessage());
                }
                if (!c.satisfiableWithin(scale.min, scale.max)) {
                    return Optional.of("'" + v + "' can never hold: " + id + " is on " + scale.range());
                }
                return Optional.empty();
            }
        }
    }

    /** Whether one condition on this subject holds for a scored reply and the client state after it. */
    boolean holds(List<String> accepted, TurnScore reply, ClientState state) {
        if (!inBranches) throw new IllegalArgumentException(id + " cannot be tested on a single reply");
        return switch (this) {
            case EMPATHY, ACTIVE_LISTENING, BOUNDARY_SETTING, RISK_AND_SAFETY -> anyComparison(accepted, reply.score(id));
            case RISK_ENQUIRY -> accepted.stream().anyMatch(a -> a.trim().equals("asked") == reply.riskEnquiry());
            case BEHAVIOR -> accepted.stream().anyMatch(a -> Behavior.parse(a) == reply.codes().behavior());
            case SUBTYPE -> accepted.stream().anyMatch(a -> Subtype.parse(a) == reply.codes().subtype());
            case ROADBLOCK -> accepted.stream().anyMatch(a -> switch (a.trim()) {
                case "any" -> !reply.roadblocks().isEmpty();
                case "none" -> reply.roadblocks().isEmpty();
                default -> reply.roadblocks().contains(Roadblock.parse(a));
            });
            case EMOTIONAL_REACTIONS -> anyComparison(accepted, reply.empathy().emotionalReactions());
            case INTERPRETATIONS -> anyComparison(accepted, reply.empathy().interpretations());
            case EXPLORATIONS -> anyComparison(accepted, reply.empathy().explorations());
            case TRUST, DISTRESS, DISCLOSURE -> anyComparison(accepted, stateValue(state));
            default -> throw new IllegalStateException(id);
        };
    }

    /** Whether one objective check on this subject holds for a finished session. */
    boolean holds(List<String> accepted, SessionOutcome outcome) {
        if (!inObjectives) throw new IllegalArgumentException(id + " cannot be checked on a whole session");
        return switch (this) {
            case REACHED -> accepted.stream().anyMatch(a -> outcome.reachedBeats().contains(a.trim()));
            case NO_ROADBLOCK -> roadblocksSeen(accepted, outcome).isEmpty();
            case RISK_ENQUIRY -> accepted.stream().anyMatch(a -> a.trim().equals("asked") == !enquiries(outcome).isEmpty());
            case EMPATHY, ACTIVE_LISTENING, BOUNDARY_SETTING, RISK_AND_SAFETY -> anyComparison(accepted, outcome.summary().scores().get(id));
            case TRUST, DISTRESS, DISCLOSURE -> anyComparison(accepted, stateValue(outcome.finalState()));
            case REFLECTION_TO_QUESTION -> anyComparison(accepted, miti(outcome).reflectionToQuestion());
            case PERCENT_COMPLEX_REFLECTIONS -> anyComparison(accepted, miti(outcome).percentComplexReflections());
            case PERCENT_OPEN_QUESTIONS -> anyComparison(accepted, miti(outcome).percentOpenQuestions());
            default -> throw new IllegalStateException(id);
        };
    }

    /** The session's value for this subject, as shown to a trainee who missed an objective. */
    String actual(List<String> accepted, SessionOutcome outcome) {
        Object value = switch (this) {
            case EMPATHY, ACTIVE_LISTENING, BOUNDARY_SETTING, RISK_AND_SAFETY -> outcome.summary().scores().get(id);
            case RISK_ENQUIRY -> enquiries(outcome).isEmpty() ? "never asked" : "asked at turn " + String.join(", ", enquiries(outcome));
            case TRUST, DISTRESS, DISCLOSURE -> stateValue(outcome.finalState());
            case REACHED -> outcome.reachedBeats();
            case NO_ROADBLOCK -> String.join(", ", roadblocksSeen(accepted, outcome));
            case REFLECTION_TO_QUESTION -> miti(outcome).reflectionToQuestion();
            case PERCENT_COMPLEX_REFLECTIONS -> miti(outcome).percentComplexReflections();
            case PERCENT_OPEN_QUESTIONS -> miti(outcome).percentOpenQuestions();
            default -> throw new IllegalStateException(id);
        };
        return value == null ? "n/a" : value.toString();
    }

    /** The listed roadblocks the judged replies showed, as "advising at turn 3". */
    private static List<String> roadblocksSeen(List<String> accepted, SessionOutcome outcome) {
        List<String> seen = new ArrayList<>();
        for (SessionOutcome.Reply reply : outcome.replies()) {
            for (Roadblock r : reply.score().roadblocks()) {
                if (accepted.stream().anyMatch(a -> Roadblock.parse(a) == r)) {
                    seen.add(r.name().toLowerCase(Locale.ROOT) + " at turn " + reply.turnIndex());
                }
            }
        }
        return seen;
    }

    /** The turns whose reply asked directly about suicide or self-harm. */
    private static List<String> enquiries(SessionOutcome outcome) {
        List<String> turns = new ArrayList<>();
        for (SessionOutcome.Reply reply : outcome.replies()) {
            if (reply.score().riskEnquiry()) turns.add(String.valueOf(reply.turnIndex()));
        }
        return turns;
    }

    private static MitiFigures miti(SessionOutcome outcome) {
        MitiFigures m = outcome.summary().miti();
        return m == null ? new MitiFigures(null, null, null) : m;
    }

    private Integer stateValue(ClientState state) {
        return switch (this) {
            case TRUST -> state.trust();
            case DISTRESS -> state.distress();
            case DISCLOSURE -> state.disclosure();
            default -> throw new IllegalStateException(id);
        };
    }

    private static boolean anyComparison(List<String> accepted, Number actual) {
        return accepted.stream().anyMatch(a -> Comparison.parse(a).test(actual));
    }

    private static Optional<String> known(String v, List<String> allowed, String what) {
        return allowed.contains(v) ? Optional.empty()
                : Optional.of("'" + v + "' is not " + what + "; use one of " + String.join(", ", allowed));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    }
}
