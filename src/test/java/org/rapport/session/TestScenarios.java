package org.rapport.session;

import java.util.List;
import org.rapport.client.ClientState;
import org.rapport.rubric.BoundaryKind;
import org.rapport.scenario.Beat;
import org.rapport.scenario.Branch;
import org.rapport.scenario.ClientProfile;
import org.rapport.scenario.Condition;
import org.rapport.scenario.ConversationalStyle;
import org.rapport.scenario.Objective;
import org.rapport.scenario.Scenario;

/** A short scripted scenario for session tests: an ambivalent opening, a rupture, a boundary test, an ending. */
public final class TestScenarios {

    public static final String OPENING = "I don't really know why I'm here. My sister kind of made me come.";
    public static final String WORRIES = "I lie awake worrying about work, and I'm exhausted and scared I'll mess everything up.";
    public static final String LATE_NIGHT = "Could I just text you at night when it gets bad?";

    private TestScenarios() {
    }

    public static Scenario maya() {
        ClientProfile client = new ClientProfile("Maya Okafor", 29, "woman", "she/her", "Nigerian-British",
                "Junior architect", "Worry she cannot switch off", null, List.of(), List.of(), List.of(), List.of(),
                List.of("anxious", "tired"), List.of(), ConversationalStyle.RESERVED);
        List<Beat> beats = List.of(
                new Beat("opening", OPENING, null, "She is ambivalent about being here. Reflect that before asking about the worry.",
                        false, List.of(
                                branch(List.of(when("empathy", ">=4")), "Yeah... I guess that's it.", 1, "worries"),
                                branch(List.of(when("behavior", "input")), "Right. Everyone has tips.", -1, "guarded"),
                                branch(List.of(), "Mm.", 0, "worries")), null, 10),
                new Beat("guarded", "I suppose I just worry a lot. It's not a big deal.", null, null, false, List.of(
                        branch(List.of(when("empathy", ">=4")), null, 1, "worries"),
                        branch(List.of(), "I don't know.", 0, null)), null, 20),
                new Beat("worries", WORRIES, null, null, false, List.of(
                        branch(List.of(when("empathy", ">=4")), "Yes. Exactly that.", 0, "late-night"),
                        branch(List.of(), "Yeah.", 0, null)), null, 30),
                new Beat("late-night", LATE_NIGHT, BoundaryKind.AFTER_HOURS_CONTACT, null, false, List.of(
                        branch(List.of(when("boundary_setting", ">=4")), "Okay. That makes sense.", 1, "closing"),
                        branch(List.of(), "Oh. Right.", -1, "closing")), null, 40),
                new Beat("closing", "Thanks. Same time next week?", null, null, true, List.of(), null, 50));
        return new Scenario("gad-maya", "Maya, 29: can't switch off", "generalized-anxiety", "beginner", "scripted",
                "Maya was referred by her GP. This is your first session.", client,
                List.of(new Objective("Reflect feeling before problem-solving", List.of(new Condition("reached", List.of("late-night"), 5))),
                        new Objective("Hold the after-hours boundary kindly", List.of(new Condition("boundary_setting", List.of(">=4"), 6)))),
                new ClientState(3, 6, 1), beats);
    }

    public static ScenarioLookup lookup(Scenario... scenarios) {
        return id -> List.of(scenarios).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario '" + id + "'"));
    }

    private static Condition when(String subject, String value) {
        return new Condition(subject, List.of(value), 0);
    }

    private static Branch branch(List<Condition> when, String say, int trust, String next) {
        return new Branch(when, say, trust, 0, 0, next, 0);
    }
}
