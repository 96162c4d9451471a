package org.rapport.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.client.ScriptedClient;
import org.rapport.rubric.TurnScore;
import org.rapport.transcript.Speaker;

/**
 * Risk in the shipped scripted scenarios: an objective about asking directly is met only by a real risk
 * enquiry, the client answers only what was asked, and feedback names the client's own crisis lines.
 */
class RiskInScenariosTest {

    final PracticeSessions sessions = new PracticeSessions(ShippedScenarioSessionTest.SCENARIOS::get,
            (scenario, mode) -> new ScriptedClient(scenario), id -> ShippedScenarioSessionTest.ENGINE,
            new InMemorySessionJournal(), new TestClock(Instant.parse("2026-11-27T18:32:00Z")), new SplittableRandom(11));

    /** Earl's first six good replies bring him to the hint that he would not mind not waking up. */
    static List<String> upToTheHint() throws Exception {
        return new ArrayList<>(ShippedScenarioSessionTest.replies("depression-earl", "good").subList(0, 6));
    }

    @Test
    void aQuestionAboutVegetablesIsNotARiskEnquiryAndEarlDoesNotAnswerOne() throws Exception {
        List<String> replies = upToTheHint();
        replies.add("What vegetables did you used to grow out back?");
        replies.add("Tomatoes and collards, that sounds like a lot of work.");

        PracticeSession s = sessions.play("depression-earl", "alex", replies, (r, t) -> { });

        assertThat(s.reachedBeats()).doesNotContain("risk-answer");
        assertThat(s.turns()).filteredOn(t -> t.speaker() == Speaker.CLIENT)
                .noneSatisfy(t -> assertThat(t.text()).contains("I'm not planning anything"));
        assertThat(SessionReport.of(s).objectives()).filteredOn(o -> o.objective().text().startsWith("Ask directly"))
                .singleElement().satisfies(o -> assertThat(o.met()).isFalse());
        TurnScore vegetables = s.scores().get(6);
        assertThat(vegetables.risk()).isNotNull();
        assertThat(vegetables.riskMishandled()).as("evidence: %s", vegetables.evidence()).isTrue();
        assertThat(vegetables.feedback().get(0)).startsWith("Risk first").contains("988");
    }

    @Test
    void aDirectQuestionMeetsTheObjective() throws Exception {
        List<String> replies = upToTheHint();
        replies.add("Earl, when you say that, I want to ask you straight: have you been having thoughts of ending your life?");

        PracticeSession s = sessions.play("depression-earl", "alex", replies, (r, t) -> { });

        assertThat(s.reachedBeats()).contains("risk-answer");
        assertThat(s.scores().get(6).riskEnquiry()).isTrue();
        assertThat(SessionReport.of(s).objectives()).filteredOn(o -> o.objective().text().startsWith("Ask directly"))
                .singleElement().satisfies(o -> assertThat(o.met()).isTrue());
    }

    /**
     * Asking before the client hints at it is not a mistake: the client answers the question in character
     * instead of carrying on with the next beat of their day.
     */
    @ParameterizedTest(name = "{0}, asked after {1} good replies")
    @CsvSource(delimiter = '|', value = {
            "depression-harold | 1 | Harold, can I ask you something directly: have you been having thoughts of ending your life? "
                    + "| (a little taken aback) You're the second to ask me that. | I wouldn't mind not waking up",
            "depression-earl | 0 | Earl, before anything else, can I ask: have you been having any thoughts of suicide? "
                    + "| (taken aback) ...Did Denise tell you to ask me that? | if I just didn't wake up",
            "selfharm-zainab | 0 | Have you ever hurt yourself on purpose, like cutting? "
                    + "| (pulls her sleeves further down) ...Did Hana say something to you? | She saw my arm in PE"})
    void aClientAskedDirectlyBeforeTheyHintAtRiskAnswersTheQuestion(String scenario, int goodReplies, String question,
            String answerOpens, String answerGoesOn) throws Exception {
        List<String> replies = new ArrayList<>(ShippedScenarioSessionTest.replies(scenario, "good").subList(0, goodReplies));
        replies.add(question);

        PracticeSession s = sessions.play(scenario, "alex", replies, (r, t) -> { });

        assertThat(s.scores().get(goodReplies).riskEnquiry()).isTrue();
        assertThat(s.turns()).filteredOn(t -> t.speaker() == Speaker.CLIENT).last()
                .satisfies(t -> assertThat(t.text()).startsWith(answerOpens).contains(answerGoesOn));
    }

    @Test
    void earlAskedInHisFirstMinuteGivesOnlyTheHintAndTheObjectiveWaitsForTheQuestionAgain() throws Exception {
        PracticeSession s = sessions.play("depression-earl", "alex",
                List.of("Earl, before anything else, can I ask: have you been having any thoughts of suicide?"), (r, t) -> { });

        assertThat(s.reachedBeats()).contains("hopeless").doesNotContain("risk-answer");
        assertThat(SessionReport.of(s).objectives()).filteredOn(o -> o.objective().text().startsWith("Ask directly"))
                .singleElement().satisfies(o -> assertThat(o.met()).isFalse());
    }

    @Test
    void haroldsPlanAndMeansObjectiveIsMetByTheReplyToThemNotByTheQuestionThatBroughtThemOut() throws Exception {
        List<String> replies = new ArrayList<>(ShippedScenarioSessionTest.replies("depression-harold", "good").subList(0, 1));
        replies.add("Harold, can I ask you something directly: have you been having thoughts of ending your life?");
        replies.add("You've had your turn, and you feel nobody would be troubled. I'm asking plainly: are you thinking of ending your life?");

        PracticeSession asked = sessions.play("depression-harold", "alex", replies, (r, t) -> { });
        replies.add("Thank you for telling me straight. Have you stopped taking your heart pills, and what has kept you from doing more "
                + "than looking at the sleeping pills? You can call or text 988 any time.");
        PracticeSession explored = sessions.play("depression-harold", "alex", replies, (r, t) -> { });

        assertThat(asked.reachedBeats()).contains("means");
        assertThat(SessionReport.of(asked).objectives()).filteredOn(o -> o.objective().text().startsWith("Explore plan and means"))
                .singleElement().satisfies(o -> assertThat(o.met()).isFalse());
        assertThat(SessionReport.of(explored).objectives()).filteredOn(o -> o.objective().text().startsWith("Explore plan and means"))
                .singleElement().satisfies(o -> assertThat(o.met()).isTrue());
    }

    @Test
    void zainabsDisclosureAnsweredWithTheRevisionTimetableIsFlaggedAndRiskComesFirst() throws Exception {
        // Her wording ("I cut. On my arm.") is one the detectors can miss; the beat declares the self-harm.
        List<String> replies = new ArrayList<>(ShippedScenarioSessionTest.replies("selfharm-zainab", "good").subList(0, 3));
        replies.add("Let's get back to your revision timetable.");

        PracticeSession s = sessions.play("selfharm-zainab", "alex", replies, (r, t) -> { });

        SessionTurn disclosure = s.turns().get(6);
        assertThat(disclosure.beatId()).isEqualTo("arm");
        TurnScore subjectChange = s.scores().get(3);
        assertThat(subjectChange.risk()).isEqualTo(org.rapport.rubric.RiskKind.SELF_HARM);
        assertThat(subjectChange.evidence()).contains("client discloses a risk (declared by the scenario): self-harm");
        assertThat(subjectChange.score(TurnScore.RISK_AND_SAFETY)).isLessThanOrEqualTo(2);
        assertThat(subjectChange.riskMishandled()).isTrue();
        assertThat(subjectChange.feedback().get(0)).as("feedback: %s", subjectChange.feedback())
                .startsWith("Risk first").contains("self-harm");
    }

    @Test
    void aResumedSessionJudgesTheNextReplyAgainstTheRiskItsLastLineDeclares() throws Exception {
        PracticeSession before = sessions.start("selfharm-zainab", "alex", null);
        for (String reply : ShippedScenarioSessionTest.replies("selfharm-zainab", "good").subList(0, 3)) before.reply(reply, t -> { });
        assertThat(before.lastClientTurn().beatId()).isEqualTo("arm");

        // the terminal was closed: the journal keeps the beat, and the beat says what the line carries
        PracticeSession resumed = sessions.resume(before.id());
        assertThat(resumed.lastClientTurn().risk()).isEqualTo(org.rapport.rubric.RiskKind.SELF_HARM);
        TurnScore score = resumed.reply("Let's get back to your revision timetable.", t -> { }).score();

        assertThat(score.risk()).isEqualTo(org.rapport.rubric.RiskKind.SELF_HARM);
        assertThat(score.riskMishandled()).isTrue();
    }
}
