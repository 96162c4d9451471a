package org.rapport.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.client.ScriptedClient;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.Rubric;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.Scenario;
import org.rapport.transcript.Speaker;

/**
 * A reply is safe the moment it is entered: it is kept before the engine scores it, and a session whose
 * process died while scoring or answering it resumes with the reply scored and answered, once.
 */
class EnteredReplyTest {

    static final String FIRST = PracticeSessionTest.EMPATHIC.get(0);
    static final String SECOND = "You're scared you'll mess it up, and it's the nights that don't let go of you.";

    final Scenario maya = TestScenarios.maya();
    final FakeRubricEngine engine = new FakeRubricEngine();
    final TestClock clock = new TestClock(Instant.parse("2026-12-02T09:00:00Z"));

    @TempDir
    Path folder;

    /** The store's arrangement: the journal underneath keeps scored turns, the files keep entered replies. */
    SessionJournal journal() {
        return new EnteredReplyFiles(new InMemorySessionJournal(), folder.resolve("entered-replies"));
    }

    PracticeSessions service(SessionJournal journal, RubricEngine engine) {
        return new PracticeSessions(TestScenarios.lookup(maya), (scenario, mode) -> new ScriptedClient(scenario),
                id -> engine, journal, clock, new SplittableRandom(7));
    }

    @Test
    void theReplyIsKeptBeforeTheEngineScoresIt() {
        SessionJournal journal = journal();
        AtomicReference<EnteredReply> keptWhileScoring = new AtomicReference<>();
        AtomicReference<String> sessionId = new AtomicReference<>();
        RubricEngine looking = new Scoring(engine) {
            @Override
            public TurnScore score(ReplyContext reply) {
                keptWhileScoring.set(journal.entered(sessionId.get()).orElse(null));
                return super.score(reply);
            }
        };
        PracticeSession session = service(journal, looking).start("gad-maya", "alex", null);
        sessionId.set(session.id());

        session.reply(FIRST, t -> { });

        assertThat(keptWhileScoring.get()).extracting(EnteredReply::index, EnteredReply::text).containsExactly(1, FIRST);
        assertThat(session.replies().get(0).at()).as("the turn is dated when it was entered")
                .isEqualTo(keptWhileScoring.get().at());
        assertThat(journal.entered(session.id())).as("let go once the scored turn is saved").isEmpty();
    }

    /**
     * The process dies while the engine is scoring the second reply (the scoring thread never comes
     * back); a fresh service over the same records resumes the session and finds the reply scored,
     * answered, and saved once, exactly as in a run that was never interrupted.
     */
    @Test
    void aReplyEnteredWhenTheProcessDiedIsScoredAndAnsweredOnResume() throws Exception {
        SessionJournal journal = journal();
        CountDownLatch scoring = new CountDownLatch(1), never = new CountDownLatch(1);
        RubricEngine dying = new Scoring(engine) {
            @Override
            public TurnScore score(ReplyContext reply) {
                if (reply.reply().equals(SECOND)) {
                    scoring.countDown();
                    await(never);
                }
                return super.score(reply);
            }
        };
        PracticeSession crashed = service(journal, dying).start("gad-maya", "alex", null);
        crashed.reply(FIRST, t -> { });
        Thread typing = new Thread(() -> crashed.reply(SECOND, t -> { }));
        typing.setDaemon(true);
        typing.start();
        assertThat(scoring.await(10, TimeUnit.SECONDS)).as("the engine was scoring").isTrue();
        assertThat(journal.load(crashed.id()).orElseThrow().turns()).as("nothing scored yet").hasSize(3);

        PracticeSession resumed = service(journal, engine).resume(crashed.id());

        List<SessionTurn> saved = journal.load(crashed.id()).orElseThrow().turns();
        assertThat(saved).extracting(SessionTurn::speaker).containsExactly(Speaker.CLIENT, Speaker.TRAINEE,
                Speaker.CLIENT, Speaker.TRAINEE, Speaker.CLIENT);
        assertThat(saved.get(3).text()).isEqualTo(SECOND);
        assertThat(resumed.recoveredReply()).map(SessionTurn::text).contains(SECOND);
        assertThat(resumed.lastClientTurn().text()).isEqualTo(saved.get(4).text());
        assertThat(journal.entered(crashed.id())).isEmpty();

        PracticeSession whole = service(journal(), engine).start("gad-maya", "alex", null);
        whole.reply(FIRST, t -> { });
        whole.reply(SECOND, t -> { });
        assertThat(texts(saved)).isEqualTo(texts(whole.turns()));
        assertThat(saved.get(3).score()).isEqualTo(whole.turns().get(3).score());
    }

    @Test
    void aReplyTheEngineFailedToScoreIsStillKeptAndScoredOnResume() {
        SessionJournal journal = journal();
        RubricEngine failing = new Scoring(engine) {
            @Override
            public TurnScore score(ReplyContext reply) {
                throw new IllegalStateException("the judgement model could not be read");
            }
        };
        PracticeSession session = service(journal, failing).start("gad-maya", "alex", null);
        assertThatThrownBy(() -> session.reply(FIRST, t -> { })).hasMessageContaining("could not be read");

        PracticeSession resumed = service(journal, engine).resume(session.id());

        assertThat(resumed.replies()).extracting(SessionTurn::text).containsExactly(FIRST);
        assertThat(resumed.replies().get(0).score()).isNotNull();
    }

    /** The scored turn was saved but the process died before the entered reply was let go: not saved twice. */
    @Test
    void aReplyAlreadySavedIsNotSavedAgainOnResume() {
        InMemorySessionJournal underneath = new InMemorySessionJournal();
        SessionJournal journal = new EnteredReplyFiles(underneath, folder);
        PracticeSession session = service(journal, engine).start("gad-maya", "alex", null);
        session.reply(FIRST, t -> { });
        journal.enter(session.id(), new EnteredReply(1, FIRST, clock.instant()));

        PracticeSession resumed = service(journal, engine).resume(session.id());

        assertThat(resumed.turns()).hasSize(3);
        assertThat(resumed.recoveredReply()).isEmpty();
        resumed.reply(SECOND, t -> { });
        assertThat(resumed.replies()).extracting(SessionTurn::text).containsExactly(FIRST, SECOND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"It's what you'd call \"stuck\", isn't it?", "line one\nline two\r\n  and a third",
            "Tú no estás sola; 你并不孤单 \uD83D\uDE4F", "\n"})
    void anEnteredReplyReadsBackExactlyAsTyped(String text) {
        SessionJournal journal = journal();
        EnteredReply reply = new EnteredReply(5, text, clock.instant());

        journal.enter("20261202-0900-ab12", reply);

        assertThat(journal.entered("20261202-0900-ab12")).contains(reply);
        assertThat(journal.entered("20261202-0900-cd34")).isEmpty();
    }

    /** Killed after writing the reply and before the rename that replaces the last one: the newer reply counts, if whole. */
    @Test
    void aReplyWrittenWholeButNotYetInPlaceIsFoundAndOneCutShortIsNot() throws Exception {
        SessionJournal journal = journal();
        journal.enter("20261202-0900-ab12", new EnteredReply(1, FIRST, clock.instant()));
        Path partial = folder.resolve("entered-replies").resolve("20261202-0900-ab12.reply.partial");
        String whole = "3\n" + clock.instant() + "\n" + SECOND.length() + "\n" + SECOND;

        Files.writeString(partial, whole.substring(0, whole.length() - 5));
        assertThat(journal.entered("20261202-0900-ab12")).map(EnteredReply::text).contains(FIRST);

        Files.writeString(partial, whole);
        assertThat(journal.entered("20261202-0900-ab12")).map(EnteredReply::text).contains(SECOND);
    }

    @Test
    void aSessionIdCannotNameAFileOutsideTheFolder() throws Exception {
        SessionJournal journal = journal();

        journal.enter("../../outside", new EnteredReply(1, "x", clock.instant()));

        assertThat(journal.entered("../../outside")).map(EnteredReply::text).contains("x");
        try (var files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> f.getParent().getFileName().toString()))
                    .containsExactly("entered-replies");
        }
    }

    /** The model loads while the trainee reads the opening: starting does not wait for it, the first reply does. */
    @Test
    void theEngineWarmsUpInTheBackgroundAndTheFirstReplyWaitsForIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = new ArrayList<>();
        RubricEngine slow = new Scoring(engine) {
            @Override
            public void warmUp() {
                await(release);
                synchronized (order) {
                    order.add("warmed up");
                }
            }

            @Override
            public TurnScore score(ReplyContext reply) {
                synchronized (order) {
                    order.add("scored " + reply.reply());
                }
                return super.score(reply);
            }
        };
        PracticeSession session = service(journal(), slow).start("gad-maya", "alex", null);
        assertThat(order).as("the opening is shown before the engine is warm").isEmpty();

        new Thread(() -> {
            sleep(200);
            release.countDown();
        }).start();
        session.reply(FIRST, t -> { });

        assertThat(order).containsExactly("warmed up", "scored " + FIRST);
    }

    @Test
    void aWarmUpThatNeverEndsHoldsTheReplyOnlySoLong() {
        RubricEngine stuck = new Scoring(engine) {
            @Override
            public void warmUp() {
                await(new CountDownLatch(1));
            }
        };
        PracticeSession session = PracticeSession.start("s1", maya, new ScriptedClient(maya), stuck,
                new InMemorySessionJournal(), "alex", "scripted", clock).warmingUp(stuck, Duration.ofMillis(200));

        long start = System.nanoTime();
        TurnResult result = session.reply(FIRST, t -> { });

        assertThat(result.score()).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    private static List<String> texts(List<SessionTurn> turns) {
        return turns.stream().map(t -> t.speaker() + ": " + t.text()).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An engine that scores as the fake does, for the tests to change one step of. */
    static class Scoring implements RubricEngine {
        private final RubricEngine engine;

        Scoring(RubricEngine engine) {
            this.engine = engine;
        }

        @Override
        public Rubric rubric() {
            return engine.rubric();
        }

        @Override
        public TurnScore score(ReplyContext reply) {
            return engine.score(reply);
        }

        @Override
        public void warmUp() {
        }
    }
}
