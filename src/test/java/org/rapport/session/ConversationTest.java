package org.rapport.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.rapport.client.ClientSimulator;
import org.rapport.client.ClientState;
import org.rapport.client.ClientTurn;
import org.rapport.client.Exchange;
import org.rapport.client.ScriptedClient;
import org.rapport.rubric.TurnScore;

class ConversationTest {

    final InMemorySessionJournal journal = new InMemorySessionJournal();
    final StringWriter out = new StringWriter();

    PracticeSession session() {
        return PracticeSession.start("20261127-1832-ab12", TestScenarios.maya(), new ScriptedClient(TestScenarios.maya()),
                new FakeRubricEngine(), journal, "alex", "scripted", new TestClock(Instant.parse("2026-11-27T18:32:00Z")));
    }

    Conversation.Ending run(PracticeSession session, boolean exam, String... lines) throws Exception {
        Conversation conversation = new Conversation(session, new Coach(), new PrintWriter(out), exam);
        conversation.introduce();
        Iterator<String> typed = List.of(lines).iterator();
        return conversation.run(prompt -> typed.hasNext() ? typed.next() : null);
    }

    @Test
    void aReplyGetsTheClientsAnswerCompactFeedbackAndTheRapportMeter() throws Exception {
        run(session(), false, "It sounds like part of you isn't sure about being here, and it was your sister's idea.");

        assertThat(out.toString())
                .contains("Maya: I don't really know why I'm here.")
                .contains("Maya: Yeah... I guess that's it. I lie awake worrying")
                .contains("reflection/complex · empathy 5 · active listening 4 · boundary setting –")
                .contains("first: Good reflection; add what the feeling means to them.")
                .contains("trust █████░░░░░ 5/10")
                // one empathic reply does not yet ease distress (the state model's relief_after: 2)
                .contains("distress ██████░░░░ 6/10")
                .contains("disclosure ██░░░░░░░░ 2/10");
    }

    @Test
    void anOverlongReplyIsRefusedWithItsLimitAndTheSessionGoesOn() throws Exception {
        PracticeSession session = session();
        run(session, false, "so you feel ".repeat(1000), "It sounds like coming here was not your idea.");

        assertThat(out.toString()).contains("That reply has 11,999 characters; a reply may have at most 10,000."
                + " Nothing was sent or saved");
        assertThat(session.replies()).extracting(SessionTurn::text)
                .containsExactly("It sounds like coming here was not your idea.");
    }

    @Test
    void roadblocksAreNamedInTheFeedbackLine() throws Exception {
        run(session(), false, "You should try writing your worries down before bed.");

        assertThat(out.toString()).contains("input/advice · empathy 1 · active listening 2 · boundary setting – · roadblock: advising");
    }

    @Test
    void hintGivesTheAuthoredHintAndAReflectionGroundedInTheClientsLine() throws Exception {
        run(session(), false, "It sounds like coming here was not your idea, and you feel unsure.", "/hint");

        String text = out.toString();
        // the client is now at the worries beat: "exhausted and scared I'll mess everything up"
        assertThat(text).contains("try: reflect the feeling: \"It sounds like you feel worried, exhausted and scared about work...\"")
                .contains("try: ask an open question: \"Could you tell me more about work?\"");
    }

    @Test
    void hintAtTheOpeningIncludesTheScenarioAuthorsHint() throws Exception {
        run(session(), false, "/hint");

        assertThat(out.toString()).contains("hint: She is ambivalent about being here. Reflect that before asking about the worry.")
                .contains("try: ask an open question: \"Could you tell me more about your sister?\"");
    }

    @Test
    void scoreShowsMeansSoFarAndMitiFiguresWithTheirBands() throws Exception {
        run(session(), false, "Have you tried writing your worries down?", "What feels most worrying right now?", "/score");

        assertThat(out.toString())
                .contains("after 2 replies: empathy 2.0 · active listening 3.0 · boundary setting n/a")
                .contains("MITI: reflection-to-question 0.0 (below fair) · complex reflections n/a (n/a) · open questions 100.0% (good)");
    }

    @Test
    void transcriptListsEveryTurnWithItsIndex() throws Exception {
        run(session(), false, "What brings you here today?", "/transcript");

        assertThat(out.toString()).contains("   0 Maya: I don't really know why I'm here.")
                .contains("   1 You: What brings you here today?")
                .contains("   2 Maya: Mm. I lie awake");
    }

    @Test
    void unknownCommandsGetAShortErrorAndTheSessionGoesOn() throws Exception {
        Conversation.Ending ending = run(session(), false, "/undo", "/help");

        assertThat(out.toString()).contains("Unknown command /undo. Commands: /hint /score /transcript /end /help")
                .contains("/hint        a suggestion");
        assertThat(ending).isEqualTo(Conversation.Ending.PAUSED);
    }

    /** Found in use: "exit" and "clear", typed as at any prompt, were sent to the client and scored as replies. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "exit|/end ends the session with its report; Ctrl-D stops now and keeps it to resume.",
            "Quit.|/end ends the session with its report",
            "help|/help lists them.",
            "clear|Ctrl-L clears the screen.",
            "hint|/hint gives a suggestion"})
    void aWordForTheToolIsHeldBackOnceWithTheCommandItMeant(String typed, String advice) throws Exception {
        PracticeSession session = session();
        run(session, false, typed);

        // wrapped to the terminal's width, read as one line
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("\"" + typed + "\" was not sent to Maya. Commands start with a slash here: ")
                .contains(advice).contains("To say it to Maya after all, enter it again.");
        assertThat(session.replies()).isEmpty();
    }

    @Test
    void aWordForTheToolEnteredAgainIsSentAsTyped() throws Exception {
        PracticeSession session = session();
        run(session, false, "help", "help");

        assertThat(session.replies()).extracting(SessionTurn::text).containsExactly("help");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/exit", "/quit"})
    void anUnknownSlashCommandThatMeansEndingNamesTheWayToEnd(String typed) throws Exception {
        run(session(), false, typed);

        assertThat(out.toString()).contains("Unknown command " + typed + ". /end ends the session with its report; Ctrl-D stops now and keeps it to resume.");
    }

    @Test
    void endFinishesTheSessionAndPrintsTheReport() throws Exception {
        PracticeSession session = session();
        Conversation.Ending ending = run(session, false, "What brings you here today?", "/end", "never read");

        assertThat(ending).isEqualTo(Conversation.Ending.FINISHED);
        assertThat(journal.load(session.id()).orElseThrow().record().status()).isEqualTo(SessionStatus.FINISHED);
        assertThat(out.toString()).contains("Session report: Maya, 29: can't switch off").contains("What to practise next");
        assertThat(journal.load(session.id()).orElseThrow().turns()).hasSize(3);
    }

    @Test
    void theSessionEndsByItselfWhenTheScenarioReachesItsEnding() throws Exception {
        Conversation.Ending ending = run(session(), false, PracticeSessionTest.EMPATHIC.toArray(String[]::new));

        assertThat(ending).isEqualTo(Conversation.Ending.FINISHED);
        assertThat(out.toString()).contains("Maya: Okay. That makes sense. Thanks. Same time next week?")
                .contains("The scenario has reached its end.").contains("[met]    Reflect feeling before problem-solving");
    }

    @Test
    void examModeShowsNoFeedbackHintsOrScoresUntilTheReport() throws Exception {
        run(session(), true, "Have you tried writing your worries down?", "/hint", "/score", "/end");

        String text = out.toString();
        assertThat(text).contains("exam mode").contains("Hints are off in exam mode.")
                .contains("Scores are shown in the report at the end of an exam.")
                .contains("Session report");
        String live = text.substring(0, text.indexOf("Session report"));
        String report = text.substring(text.indexOf("Session report"));
        assertThat(live).doesNotContain("first:").doesNotContain("input/advice");
        // held back during the exam, the feedback on each reply appears in the report
        assertThat(report).contains("Feedback on each reply").contains("\"Have you tried writing your worries down?\"")
                .contains("first: ");
    }

    @Test
    void whenTheClientCannotAnswerTheReplyStaysSavedAndResumeAnswersIt() throws Exception {
        ScriptedClient script = new ScriptedClient(TestScenarios.maya());
        ClientSimulator failing = new ClientSimulator() {
            @Override
            public ClientTurn opening() {
                return script.opening();
            }

            @Override
            public ClientTurn respond(String reply, TurnScore score, Consumer<String> partial) {
                throw new IllegalStateException("model timed out");
            }

            @Override
            public void resume(List<Exchange> past) {
                script.resume(past);
            }

            @Override
            public ClientState state() {
                return script.state();
            }

            @Override
            public boolean finished() {
                return script.finished();
            }
        };
        TestClock clock = new TestClock(Instant.parse("2026-11-27T18:32:00Z"));
        PracticeSession session = PracticeSession.start("s1", TestScenarios.maya(), failing, new FakeRubricEngine(),
                journal, "alex", "scripted", clock);
        Conversation conversation = new Conversation(session, new Coach(), new PrintWriter(out), false);
        Iterator<String> typed = List.of("What brings you here today?", "never read").iterator();

        assertThat(conversation.run(prompt -> typed.next())).isEqualTo(Conversation.Ending.PAUSED);
        assertThat(out.toString()).contains("The client could not answer (model timed out). Your reply is saved;");
        assertThat(session.awaitingAnswer()).isTrue();

        PracticeSession resumed = PracticeSession.resume(journal.load("s1").orElseThrow(), TestScenarios.maya(),
                new ScriptedClient(TestScenarios.maya()), new FakeRubricEngine(), journal, clock);
        assertThat(resumed.awaitingAnswer()).isFalse();
        assertThat(resumed.lastClientTurn().text()).startsWith("Mm. I lie awake");
        assertThat(journal.load("s1").orElseThrow().turns()).extracting(SessionTurn::speaker).extracting(Enum::name)
                .containsExactly("CLIENT", "TRAINEE", "CLIENT");
    }

    @Test
    void aPastedReplyWithLineBreaksIsOneReplyOnOneLineAndOtherwiseAsTyped() throws Exception {
        PracticeSession session = session();
        run(session, false, "It sounds like it wasn't your idea,\r\n  and you're \"not sure\" yet \\ maybe!!\n", "/end");

        assertThat(session.replies()).extracting(SessionTurn::text)
                .containsExactly("It sounds like it wasn't your idea, and you're \"not sure\" yet \\ maybe!!");
    }
}
