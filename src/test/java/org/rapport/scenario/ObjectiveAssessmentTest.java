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

        List<ObjectiveResult> results = ObjectiveAssessment.assess(scenario, outcome);

        // beats named by the client's words, criteria and comparisons in words: no ids a trainee never saw
        assertThat(results.get(0).met()).isFalse();
        assertThat(results.get(0).shortfalls()).containsExactly(
                "the conversation never got to \"It's every night. I lie there running through...\"", "empathy 3.5 or more (was 2.4)");
        assertThat(results.get(1).met()).isFalse();
        assertThat(results.get(1).shortfalls()).containsExactly("the conversation never got to \"Thanks. Same time next week?\"",
                "boundary setting 4 or more (not measured in this session)");
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
        assertThat(result.shortfalls()).containsExactly("reflection to question 1 or more (not measured in this session)");
        assertThat(ObjectiveAssessment.assess(reflective, new SessionOutcome(Set.of(),
                new TranscriptSummary(Map.of(), new MitiFigures(1.5, 45.0, 60.0), null), new ClientState(6, 4, 4))).met())
                .isTrue();
    }

    // ---- an objective is judged on the turns it is about

    private static SessionOutcome outcome(Set<String> reached, Map<String, Integer> firstReached,
            List<SessionOutcome.Reply> replies) {
        TranscriptSummary whole = TranscriptSummary.of(List.of("empathy", "active_listening", "boundary_setting"),
                replies.stream().map(SessionOutcome.Reply::score).toList());
        return new SessionOutcome(reached, whole, new ClientState(6, 4, 4), replies, firstReached);
    }

    private static SessionOutcome.Reply reply(int turn, String answering, ScoredReplies scored) {
        return new SessionOutcome.Reply(turn, answering, scored.score);
    }

    @Test
    void aPersonalQuestionIsJudgedOnTheReplyToItNotOnALaterBoundary() {
        Objective personal = new Objective("Answer a personal question warmly",
                List.of(new Condition("reached", List.of("after-question"), 1),
                        new Condition("boundary_setting", List.of(">=4"), 1)),
                List.of("kids-question"), null);
        // the reply to the question held the frame (5); a later, different boundary went badly (1)
        SessionOutcome session = outcome(Set.of("opening", "kids-question", "after-question", "drift"),
                Map.of("opening", 0, "kids-question", 4, "after-question", 6, "drift", 8),
                List.of(reply(1, "opening", ScoredReplies.COMPLEX_REFLECTION),
                        reply(5, "kids-question", ScoredReplies.WARM_BOUNDARY),
                        reply(9, "drift", ScoredReplies.COLD_REFUSAL)));

        assertThat(session.summary().scores().get("boundary_setting")).as("the session mean").isEqualTo(3.0);
        ObjectiveResult result = ObjectiveAssessment.assess(personal, session);
        assertThat(result.met()).as(result.shortfalls().toString()).isTrue();

        ObjectiveResult wholeSession = ObjectiveAssessment.assess(new Objective(personal.text(), personal.metWhen()), session);
        assertThat(wholeSession.met()).as("judged on every reply, as before").isFalse();
    }

    @Test
    void listeningBeforePrescribingIsMissedWhenAdviceCameBeforeTheFearWasHeard() {
        Objective listen = new Objective("Listen before prescribing",
                List.of(new Condition("reached", List.of("fear-of-fear"), 1),
                        new Condition("no_roadblock", List.of("advising"), 1)),
                List.of(), "fear-of-fear");
        Map<String, Integer> reached = Map.of("opening", 0, "quick-fix", 4, "fear-of-fear", 6);

        SessionOutcome advisedEarly = outcome(reached.keySet(), reached,
                List.of(reply(1, "opening", ScoredReplies.COMPLEX_REFLECTION),
                        reply(3, "er-story", ScoredReplies.PREMATURE_ADVICE),
                        reply(5, "quick-fix", ScoredReplies.COMPLEX_REFLECTION)));
        ObjectiveResult missed = ObjectiveAssessment.assess(listen, advisedEarly);
        assertThat(missed.met()).isFalse();
        assertThat(missed.shortfalls()).containsExactly("no advising (there was advising at turn 3)");

        SessionOutcome advisedAfter = outcome(reached.keySet(), reached,
                List.of(reply(1, "opening", ScoredReplies.COMPLEX_REFLECTION),
                        reply(3, "er-story", ScoredReplies.OPEN_QUESTION),
                        reply(7, "fear-of-fear", ScoredReplies.PREMATURE_ADVICE)));
        assertThat(ObjectiveAssessment.assess(listen, advisedAfter).met()).as("advice once the fear was heard").isTrue();
    }

    @Test
    void theShippedObjectivesSayWhichTurnsTheyAreAbout() {
        ScenarioLibrary library = new ScenarioLibrary(Path.of("scenarios"), new ScenarioLoader());
        Objective personal = library.get("gad-hector").objectives().get(1);
        assertThat(personal.answering()).containsExactly("kids-question");
        Objective listen = library.get("panic-jordan").objectives().get(0);
        assertThat(listen.before()).isEqualTo("fear-of-fear");
        assertThat(listen.metWhen()).extracting(Condition::subject).contains("no_roadblock");
    }
}
