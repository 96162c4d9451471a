package org.rapport.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapport.client.ScriptedClient;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.ObjectiveResult;

class SessionReportTest {

    final InMemorySessionJournal journal = new InMemorySessionJournal();

    PracticeSession played(List<String> replies) {
        PracticeSession session = PracticeSession.start("20261127-1832-ab12", TestScenarios.maya(),
                new ScriptedClient(TestScenarios.maya()), new FakeRubricEngine(), journal, "alex", "scripted",
                new TestClock(Instant.parse("2026-11-27T18:32:00Z")));
        replies.forEach(r -> session.reply(r, t -> { }));
        session.end();
        return session;
    }

    @Test
    void eachCriterionShowsItsMeanWithTheBestAndTheWeakestReplyQuoted() {
        SessionReport report = SessionReport.of(played(PracticeSessionTest.RUPTURE_AND_REPAIR));

        SessionReport.CriterionResult empathy = report.criteria().get(0);
        assertThat(empathy.criterion().id()).isEqualTo(TurnScore.EMPATHY);
        assertThat(empathy.mean()).isEqualTo(3.0); // advice 1, closed question 2, two reflections 5, cold refusal 2
        assertThat(empathy.best().text()).startsWith("It sounds like it's hard to say how big this is");
        assertThat(empathy.weakest().text()).isEqualTo("Have you tried writing your worries down before bed?");
        String text = report.render();
        assertThat(text)
                .contains("Session report: Maya, 29: can't switch off")
                .contains("Trainee alex · session 20261127-1832-ab12 · started 2026-11-27 18:32 UTC · 5 replies · finished")
                .contains("      best:    5, turn 5: \"It sounds like it's hard to say how big this is")
                .contains("      weakest: 1, turn 1: \"Have you tried writing your worries down before bed?\"")
                .containsPattern("boundary setting\\s+2\\.0")
                .contains("only reply: 2, turn 9: \"No, that's not allowed.\"");
        // the report keeps under 100 columns: a quoted reply wraps instead of running past the terminal's edge
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThan(100));
    }

    @Test
    void mitiFiguresStandAgainstTheirFairAndGoodThresholds() {
        String text = SessionReport.of(played(PracticeSessionTest.RUPTURE_AND_REPAIR)).render();

        // two reflections (both complex), one closed question, no open question
        assertThat(text).containsPattern("reflection-to-question\\s+2\\.0\\s+1\\s+2\\s+good")
                .containsPattern("complex reflections\\s+100\\.0%\\s+40%\\s+50%\\s+good")
                .containsPattern("open questions\\s+0\\.0%\\s+50%\\s+70%\\s+below fair");
    }

    @Test
    void objectivesAreMarkedMetOrMissed() {
        String text = SessionReport.of(played(PracticeSessionTest.RUPTURE_AND_REPAIR)).render();

        assertThat(text).contains("[met]    Reflect feeling before problem-solving")
                .contains("[missed] Hold the after-hours boundary kindly");
    }

    @Test
    void whatToPractiseNextFollowsTheWeakestCriterionAndTheRoadblocksSeen() {
        SessionReport report = SessionReport.of(played(PracticeSessionTest.RUPTURE_AND_REPAIR));

        assertThat(report.roadblocks()).containsEntry(Roadblock.ADVISING, 1);
        assertThat(report.practiseNext()).first().asString().startsWith("Boundary-setting:");
        assertThat(report.practiseNext()).anySatisfy(p -> assertThat(p).startsWith("Hold back advice"))
                .anySatisfy(p -> assertThat(p).startsWith("Turn closed questions into open ones"));
        assertThat(report.render()).contains("Roadblocks to listening: advising x1");
    }

    @Test
    void aStrongSessionIsToldToKeepGoing() {
        SessionReport report = SessionReport.of(played(PracticeSessionTest.EMPATHIC));

        assertThat(report.criteria()).allSatisfy(c -> assertThat(c.mean()).isGreaterThanOrEqualTo(4.0));
        assertThat(report.objectives()).allMatch(ObjectiveResult::met);
        assertThat(report.practiseNext()).isNotEmpty();
        assertThat(report.render()).doesNotContain("[missed]");
    }

    @Test
    void aCriterionThatNeverCameUpSaysSo() {
        String text = SessionReport.of(played(List.of("What brings you here?"))).render();

        assertThat(text).containsPattern("boundary setting\\s+n/a\\s+\\(did not come up this session\\)");
    }
}
