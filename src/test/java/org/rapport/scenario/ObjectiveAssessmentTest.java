package org.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapport.client.ClientState;
import org.rapport.rubric.MitiFigures;
import org.rapport.rubric.TranscriptSummary;

class ObjectiveAssessmentTest {

    private final Scenario scenario = new ScenarioLoader().load(Path.of("src/test/resources/scenarios/valid/first-session.yaml"));

    private static TranscriptSummary summary(Double empathy, Double boundary, MitiFigures miti) {
        var scores = new java.util.LinkedHashMap<String, Double>();
        scores.put("empathy", empathy);
        scores.put("active_listening", 3.8);
        scores.put("boundary_setting", boundary);
        return new TranscriptSummary(scores, miti, 3.8);
    }

    @Test
    void aSessionThatListenedAndHeldTheBoundaryMeetsBothObjectives() {
        SessionOutcome outcome = new SessionOutcome(Set.of("opening", "worries", "late-texts", "closing"),
                summary(4.2, 5.0, new MitiFigures(2.0, 50.0, 80.0)), new ClientState(7, 3, 5));

        List<ObjectiveResult> results = ObjectiveAssessment.assess(scenario.objectives(), outcome);

        assertThat(results).allSatisfy(r -> {
            assertThat(r.met()).isTrue();
            assertThat(r.shortfalls()).isEmpty();
        });
    }

    @Test
    void saysWhatWasMissingAndWhatTheSessionShowed() {
        SessionOutcome outcome = new SessionOutcome(Set.of("opening", "guarded"),
                summary(2.4, null, new MitiFigures(0.5, 0.0, 30.0)), new ClientState(2, 7, 1));

        List<ObjectiveResult> results = ObjectiveAssessment.assess(scenario.objectives(), outcome);

        assertThat(results.get(0).met()).isFalse();
        assertThat(results.get(0).shortfalls()).containsExactly("the conversation never reached worries",
                "empathy >=3.5 (was 2.4)");
        assertThat(results.get(1).met()).isFalse();
        assertThat(results.get(1).shortfalls()).containsExactly("the conversation never reached closing",
                "boundary_setting >=4 (was n/a)");
    }

    @Test
    void checksMitiFiguresAndTheFinalClientState() {
        Objective reflective = new Objective("Reflect more than you ask",
                List.of(new Condition("reflection_to_question", List.of(">=1"), 1),
                        new Condition("percent_complex_reflections", List.of(">=40"), 1),
                        new Condition("trust", List.of(">=6"), 1)));
        TranscriptSummary noQuestions = new TranscriptSummary(Map.of(), new MitiFigures(null, 45.0, null), null);

        ObjectiveResult result = ObjectiveAssessment.assess(reflective,
                new SessionOutcome(Set.of(), noQuestions, new ClientState(6, 4, 4)));

        assertThat(result.met()).as("no figure means nothing to show for it").isFalse();
        assertThat(result.shortfalls()).containsExactly("reflection_to_question >=1 (was n/a)");
        assertThat(ObjectiveAssessment.assess(reflective, new SessionOutcome(Set.of(),
                new TranscriptSummary(Map.of(), new MitiFigures(1.5, 45.0, 60.0), null), new ClientState(6, 4, 4))).met())
                .isTrue();
    }
}
