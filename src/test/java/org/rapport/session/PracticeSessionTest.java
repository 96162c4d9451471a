package org.rapport.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.client.ClientState;
import org.rapport.client.ScriptedClient;
import org.rapport.rubric.BoundaryKind;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.Scenario;
import org.rapport.transcript.Speaker;

class PracticeSessionTest {

    /** An empathic run through the whole scenario: ambivalence, the worry, the boundary, the close. */
    static final List<String> EMPATHIC = List.of(
            "It sounds like part of you isn't sure you want to be here, and coming was your sister's idea.",
            "You feel exhausted and scared, and the nights are the worst.",
            "It sounds like the nights are the hardest, and I can't be reachable by text then; instead let's plan for those nights together.");

    /** Advice first (a rupture), a repair, then a cold boundary. */
    static final List<String> RUPTURE_AND_REPAIR = List.of(
            "Have you tried writing your worries down before bed?",
            "Do you worry every day?",
            "It sounds like it's hard to say how big this is, and part of you is tired of it.",
            "You feel scared of messing up and it sounds like you carry it alone.",
            "No, that's not allowed.");

    final Scenario maya = TestScenarios.maya();
    final InMemorySessionJournal journal = new InMemorySessionJournal();
    final FakeRubricEngine engine = new FakeRubricEngine();
    final TestClock clock = new TestClock(Instant.parse("2026-11-27T18:32:00Z"));

    PracticeSession start(String id) {
        return PracticeSession.start(id, maya, new ScriptedClient(maya), engine, journal, "alex", "scripted", clock);
    }

    @Test
    void theClientOpensAndTheOpeningIsSavedBeforeAnyReply() {
        PracticeSession session = start("s1");

        assertThat(session.lastClientTurn().text()).isEqualTo(TestScenarios.OPENING);
        SavedSession saved = journal.load("s1").orElseThrow();
        assertThat(saved.record().status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(saved.record().rubricId()).isEqualTo("core");
        assertThat(saved.turns()).singleElement().satisfies(t -> {
            assertThat(t.speaker()).isEqualTo(Speaker.CLIENT);
            assertThat(t.beatId()).isEqualTo("opening");
            assertThat(t.clientState()).isEqualTo(new ClientState(3, 6, 1));
        });
    }

    @Test
    void everyReplyIsScoredAnsweredAndBothTurnsAreInTheJournalWhenReplyReturns() {
        PracticeSession session = start("s1");

        for (int i = 0; i < RUPTURE_AND_REPAIR.size() - 1; i++) {
            TurnResult result = session.reply(RUPTURE_AND_REPAIR.get(i), t -> { });
            List<SessionTurn> saved = journal.load("s1").orElseThrow().turns();
            assertThat(saved).hasSize(1 + 2 * (i + 1));
            SessionTurn trainee = saved.get(saved.size() - 2), client = saved.get(saved.size() - 1);
            assertThat(trainee.speaker()).isEqualTo(Speaker.TRAINEE);
            assertThat(trainee.text()).isEqualTo(RUPTURE_AND_REPAIR.get(i));
            assertThat(trainee.score()).isEqualTo(result.score());
            assertThat(client.speaker()).isEqualTo(Speaker.CLIENT);
            assertThat(client.text()).isEqualTo(result.answer().text());
            assertThat(client.clientState()).isEqualTo(result.answer().state());
            assertThat(client.beatId()).isEqualTo(result.answer().beatId());
        }
        assertThat(journal.calls).containsSubsequence("begin s1", "append s1 0 client", "append s1 1 trainee",
                "append s1 2 client", "append s1 3 trainee", "append s1 4 client");
    }

    @Test
    void advisingTooEarlyLosesTrustAndTheClientPullsBack() {
        PracticeSession session = start("s1");

        TurnResult advice = session.reply("Have you tried writing your worries down before bed?", t -> { });

        assertThat(advice.score().score(TurnScore.EMPATHY)).isEqualTo(1);
        assertThat(advice.answer().beatId()).isEqualTo("guarded");
        assertThat(advice.answer().text()).startsWith("Right. Everyone has tips.");
        assertThat(advice.answer().state().trust()).isLessThan(3);
    }

    @Test
    void theEngineSeesTheHistoryEndingWithTheClientLineAndTheBoundaryItTests() {
        PracticeSession session = start("s1");
        session.reply(EMPATHIC.get(0), t -> { });
        session.reply(EMPATHIC.get(1), t -> { });
        session.reply(EMPATHIC.get(2), t -> { });

        ReplyContext first = engine.seen.get(0);
        assertThat(first.history()).hasSize(1);
        assertThat(first.clientLine()).isEqualTo(TestScenarios.OPENING);
        assertThat(first.boundary()).isNull();
        ReplyContext boundary = engine.seen.get(2);
        assertThat(boundary.history()).hasSize(5);
        assertThat(boundary.clientLine()).endsWith(TestScenarios.LATE_NIGHT);
        assertThat(boundary.boundary()).isEqualTo(BoundaryKind.AFTER_HOURS_CONTACT);
    }

    @Test
    void reachingTheEndingBeatFinishesTheSession() {
        PracticeSession session = start("s1");
        TurnResult last = null;
        for (String reply : EMPATHIC) last = session.reply(reply, t -> { });

        assertThat(last.ended()).isTrue();
        assertThat(last.answer().text()).isEqualTo("Okay. That makes sense. Thanks. Same time next week?");
        assertThat(session.ended()).isTrue();
        assertThat(journal.load("s1").orElseThrow().record().status()).isEqualTo(SessionStatus.FINISHED);
        assertThatThrownBy(() -> session.reply("One more thing?", t -> { })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void streamedTextReachesTheConsumer() {
        PracticeSession session = start("s1");
        StringBuilder streamed = new StringBuilder();

        TurnResult result = session.reply(EMPATHIC.get(0), streamed::append);

        assertThat(streamed.toString()).isEqualTo(result.answer().text());
    }

    @Test
    void emptyRepliesAreRefusedAndNothingIsSaved() {
        PracticeSession session = start("s1");

        assertThatThrownBy(() -> session.reply("   ", t -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThat(journal.load("s1").orElseThrow().turns()).hasSize(1);
    }

    @Test
    void endOfInputLeavesTheSessionInProgressAndResumable() throws Exception {
        PracticeSessions sessions = service();
        PracticeSession session = sessions.start("gad-maya", "alex", null);
        StringWriter out = new StringWriter();
        Conversation conversation = new Conversation(session, new Coach(), new PrintWriter(out), false);
        Iterator<String> typed = List.of(EMPATHIC.get(0)).iterator();

        Conversation.Ending ending = conversation.run(prompt -> typed.hasNext() ? typed.next() : null);

        assertThat(ending).isEqualTo(Conversation.Ending.PAUSED);
        assertThat(out.toString()).contains("resume " + session.id());
        assertThat(journal.load(session.id()).orElseThrow().record().status()).isEqualTo(SessionStatus.IN_PROGRESS);
        PracticeSession resumed = sessions.resume(null);
        assertThat(resumed.id()).isEqualTo(session.id());
        assertThat(resumed.lastClientTurn().text()).isEqualTo(session.lastClientTurn().text());
        assertThat(resumed.clientState()).isEqualTo(session.clientState());
    }

    @Test
    void resumeWithoutIdPicksTheMostRecentSessionStillInProgress() {
        PracticeSessions sessions = service();
        PracticeSession older = sessions.start("gad-maya", "alex", null);
        PracticeSession finished = sessions.start("gad-maya", "alex", null);
        finished.end();
        PracticeSession newest = sessions.start("gad-maya", "sam", null);
        newest.reply(EMPATHIC.get(0), t -> { });

        assertThat(sessions.resume(null).id()).isEqualTo(newest.id());
        assertThat(sessions.resume(older.id()).id()).isEqualTo(older.id());
        assertThatThrownBy(() -> sessions.resume(finished.id())).hasMessageContaining("finished");
        assertThatThrownBy(() -> sessions.resume("20991231-2359-0000")).hasMessageContaining("no session");
    }

    @Test
    void aSessionResumedUnderAnotherJudgementTellsTheTraineeItWillNotCountAsAGrade() {
        FakeRubricEngine upgraded = new FakeRubricEngine() {
            @Override
            public String judgementVersion() {
                return "1+77d0c2aa5e19";
            }
        };
        PracticeSession before = PracticeSession.start("s1", maya, new ScriptedClient(maya), upgraded, journal, "alex",
                "scripted", clock);
        before.reply(EMPATHIC.get(0), t -> { });
        SavedSession saved = journal.load("s1").orElseThrow();

        PracticeSession same = PracticeSession.resume(saved, maya, new ScriptedClient(maya), upgraded, journal, clock);
        PracticeSession after = PracticeSession.resume(saved, maya, new ScriptedClient(maya), new FakeRubricEngine() {
            @Override
            public String judgementVersion() {
                return "1+3f2a9c1b07de";
            }
        }, journal, clock);

        assertThat(same.judgementChange()).isEmpty();
        assertThat(after.judgementChange()).get().asString().contains("version 1+77d0c2aa5e19, now 1+3f2a9c1b07de",
                "will not count as a grade", "start gad-maya again");
        assertThat(journal.load("s1").orElseThrow().turns()).as("nothing of the session is lost").hasSize(3);
    }

    static Stream<Object[]> crashPoints() {
        List<Object[]> cases = new ArrayList<>();
        for (List<String> run : List.of(EMPATHIC, RUPTURE_AND_REPAIR)) {
            IntStream.range(0, run.size()).forEach(k -> cases.add(new Object[] {run, k}));
        }
        return cases.stream();
    }

    /**
     * Kill the session after {@code k} replies (drop the object, keep only the journal), resume it with a
     * fresh client, and play the remaining replies: the saved session equals one that was never interrupted.
     */
    @ParameterizedTest(name = "{index}: crash after {1} replies")
    @MethodSource("crashPoints")
    void resumingAfterACrashContinuesExactlyAsAnUninterruptedRun(List<String> replies, int k) {
        PracticeSession uninterrupted = start("whole");
        replies.forEach(r -> uninterrupted.reply(r, t -> { }));

        PracticeSession crashed = start("crashed");
        replies.subList(0, k).forEach(r -> crashed.reply(r, t -> { }));
        ClientState before = crashed.clientState();
        String lastLine = crashed.lastClientTurn().text();

        ScriptedClient fresh = new ScriptedClient(maya);
        PracticeSession resumed = PracticeSession.resume(journal.load("crashed").orElseThrow(), maya, fresh, engine,
                journal, clock);
        assertThat(resumed.clientState()).isEqualTo(before);
        assertThat(resumed.lastClientTurn().text()).isEqualTo(lastLine);
        assertThat(fresh.divergedAt()).as("the replay answered every saved reply as saved").isEmpty();
        replies.subList(k, replies.size()).forEach(r -> resumed.reply(r, t -> { }));

        assertThat(comparable(journal.load("crashed").orElseThrow())).isEqualTo(comparable(journal.load("whole").orElseThrow()));
        assertThat(resumed.ended()).isEqualTo(uninterrupted.ended());
        assertThat(resumed.summary()).isEqualTo(uninterrupted.summary());
    }

    @Test
    void aCrashBetweenSavingTheReplyAndTheAnswerIsRepairedOnResume() {
        PracticeSession uninterrupted = start("whole");
        EMPATHIC.forEach(r -> uninterrupted.reply(r, t -> { }));

        // The power goes out while the client is answering the second reply: the reply is saved, the answer is not.
        InMemorySessionJournal failing = new InMemorySessionJournal() {
            @Override
            public synchronized void append(String sessionId, SessionTurn turn) {
                super.append(sessionId, turn);
                if (turn.index() == 3) throw new IllegalStateException("power cut");
            }
        };
        PracticeSession crashed = PracticeSession.start("crashed", maya, new ScriptedClient(maya), engine, failing,
                "alex", "scripted", clock);
        crashed.reply(EMPATHIC.get(0), t -> { });
        assertThatThrownBy(() -> crashed.reply(EMPATHIC.get(1), t -> { })).hasMessage("power cut");
        SavedSession saved = failing.load("crashed").orElseThrow();
        assertThat(saved.turns()).hasSize(4).last().extracting(SessionTurn::speaker).isEqualTo(Speaker.TRAINEE);

        PracticeSession resumed = PracticeSession.resume(saved, maya, new ScriptedClient(maya), engine, journal(saved), clock);
        assertThat(resumed.lastClientTurn().text()).isEqualTo("Yes. Exactly that. " + TestScenarios.LATE_NIGHT);
        resumed.reply(EMPATHIC.get(2), t -> { });

        assertThat(comparable(journal.load("crashed").orElseThrow())).isEqualTo(comparable(journal.load("whole").orElseThrow()));
    }

    /** Copies a saved session into this test's journal, as if it had been written there. */
    private InMemorySessionJournal journal(SavedSession saved) {
        journal.begin(saved.record());
        saved.turns().forEach(t -> journal.append(saved.record().id(), t));
        return journal;
    }

    /** A saved session without ids and times: what was said, scored and felt, turn by turn. */
    private static List<List<Object>> comparable(SavedSession saved) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(saved.record().status(), saved.record().scenarioId(), saved.record().trainee()));
        saved.turns().forEach(t -> rows.add(java.util.Arrays.asList(t.index(), t.speaker(), t.text(), t.score(),
                t.clientState(), t.beatId())));
        return rows;
    }

    private PracticeSessions service() {
        return new PracticeSessions(TestScenarios.lookup(maya), (scenario, mode) -> new ScriptedClient(scenario),
                id -> engine, journal, clock, new SplittableRandom(7));
    }
}
