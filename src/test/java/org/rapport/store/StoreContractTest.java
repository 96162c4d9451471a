package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.client.ClientState;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.Rubric;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.TurnScore;
import org.rapport.session.SavedSession;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionStatus;
import org.rapport.session.SessionTurn;
import org.rapport.transcript.Speaker;
import org.rapport.transcript.Transcript;
import org.rapport.transcript.Turn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The store's behaviour, the same on every database: subclasses provide the database (embedded H2
 * always, PostgreSQL when a test server is configured), one per test class, emptied before each test.
 */
abstract class StoreContractTest {

    /** "Today" for due dates: Sunday 8 March 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-08T12:00:00Z"), ZoneOffset.UTC);
    /** When the supervisor set the assignments: before the sessions that answer them. */
    static final Clock ASSIGNED = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);

    static final String MAYA_OPENS = "I don't really know why I'm here. My sister kind of made me come.";
    static final String REFLECTION = "It sounds like coming here wasn't entirely your choice, and part of you"
            + " isn't sure it will help.";
    static final String ADVICE = "You should try to give it a chance, your sister obviously cares.";
    static final String QUESTION = "What would you like to be different, if these sessions went well?";

    abstract DataSource dataSource();

    /**
     * Who an override or comment is recorded as written by when {@code given} is named: on a shared
     * server the database login, whatever the client says; on the single-user store the name given.
     */
    String author(String given) {
        return given;
    }

    JdbcSessionJournal journal;
    Assignments assignments;
    Assignments assigning;
    Reviews reviews;
    Gradebook gradebook;
    TraineeRoster roster;
    JdbcClient jdbc;

    /** Every table of the store, those that refer to others first. */
    static final List<String> TABLES = List.of("confirmed_grades", "imports", "overrides", "comments", "session_ratings", "turns",
            "sessions", "assignments", "trainees", "supervisors");

    /** Deletes every row of every table: each test starts from an empty store, whatever an earlier run left. */
    static void emptyEveryTable(JdbcClient jdbc) {
        for (String table : TABLES) jdbc.sql("DELETE FROM " + table).update();
    }

    /** Skips the test (with the reason) when this class's database is not available here. */
    void assumeAvailable() {
    }

    @BeforeEach
    void emptyTheStore() {
        assumeAvailable();
        jdbc = JdbcClient.create(dataSource());
        StoreContractTest.emptyEveryTable(jdbc);
        journal = new JdbcSessionJournal(dataSource(), CLOCK);
        assignments = new Assignments(dataSource(), CLOCK);
        assigning = new Assignments(dataSource(), ASSIGNED);
        reviews = new Reviews(dataSource(), CLOCK);
        gradebook = new Gradebook(dataSource(), CLOCK);
        roster = new TraineeRoster(dataSource(), CLOCK);
    }

    // ---- the session journal

    @Test
    void aSessionComesBackTurnByTurnWithScoresClientStateAndBeats() {
        Instant start = Instant.parse("2026-03-05T10:00:00.123456Z");
        SessionRecord record = new SessionRecord("s-maya-1", "gad-maya", "alice", "scripted", "core", start, null,
                SessionStatus.IN_PROGRESS);
        journal.begin(record);
        List<SessionTurn> turns = List.of(
                new SessionTurn(0, Speaker.CLIENT, MAYA_OPENS, null, new ClientState(2, 6, 0), "opening", start),
                trainee(1, REFLECTION, start.plusSeconds(30)),
                new SessionTurn(2, Speaker.CLIENT, "Yeah. I lie awake going over everything I said at work.",
                        null, new ClientState(3, 5, 1), "worries", start.plusSeconds(31)));
        turns.forEach(t -> journal.append("s-maya-1", t));
        Instant end = start.plusSeconds(600);
        journal.finish("s-maya-1", end);

        SavedSession saved = journal.load("s-maya-1").orElseThrow();

        assertThat(saved.record()).isEqualTo(new SessionRecord("s-maya-1", "gad-maya", "alice", "scripted", "core",
                start, end, SessionStatus.FINISHED));
        assertThat(saved.turns()).containsExactlyElementsOf(turns);
        assertThat(saved.turns().get(1).score().codes().behavior().json()).isEqualTo("reflection");
        assertThat(jdbc.sql("SELECT score_empathy FROM turns WHERE session_id = 's-maya-1' AND turn_index = 1")
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void aClientLineCutShortOrStandingInForTheModelIsMarkedInTheRecordAndTheReview() {
        Instant start = Instant.parse("2026-03-05T10:00:00Z");
        journal.begin(new SessionRecord("s-tomasz", "grief-tomasz", "alice", "llm", "core", start, null,
                SessionStatus.IN_PROGRESS, "1"));
        List<SessionTurn> turns = List.of(
                new SessionTurn(0, Speaker.CLIENT, "I wasn't sure I'd come today.", null, new ClientState(3, 6, 1), "opening",
                        start, org.rapport.client.ClientLineOrigin.SCRIPT),
                trainee(1, REFLECTION, start.plusSeconds(30)),
                new SessionTurn(2, Speaker.CLIENT, "It's been hard wee", null, new ClientState(3, 6, 1), null,
                        start.plusSeconds(31), org.rapport.client.ClientLineOrigin.cutShort("the stream fell silent")),
                trainee(3, QUESTION, start.plusSeconds(60)),
                new SessionTurn(4, Speaker.CLIENT, "I'm not sure. Give me a second.", null, new ClientState(3, 6, 1), null,
                        start.plusSeconds(61), org.rapport.client.ClientLineOrigin.fallback("HTTP 503")),
                trainee(5, REFLECTION, start.plusSeconds(90)),
                new SessionTurn(6, Speaker.CLIENT, "Sundays are the worst.", null, new ClientState(4, 6, 2), null,
                        start.plusSeconds(91), org.rapport.client.ClientLineOrigin.MODEL));
        turns.forEach(t -> journal.append("s-tomasz", t));
        journal.finish("s-tomasz", start.plusSeconds(600));

        SavedSession saved = journal.load("s-tomasz").orElseThrow();
        assertThat(saved.turns()).containsExactlyElementsOf(turns);
        assertThat(saved.record().rubricVersion()).isEqualTo("1");

        SessionReview review = reviews.review("s-tomasz");
        assertThat(SupervisorViews.review(review, ZoneOffset.UTC))
                .contains("rubric core version 1")
                .contains("It's been hard wee\n    (trust 3, distress 6, disclosure 1)\n    line cut short: the stream fell silent")
                .contains("line fallback line (the scenario's words, not the model's): HTTP 503")
                .doesNotContain("Sundays are the worst.\n    (trust 4, distress 6, disclosure 2)\n    line");
        assertThat(ReviewDocuments.json(review))
                .contains("\"rubric_version\" : \"1\"")
                .contains("\"origin\" : \"cut_short\",\n    \"origin_cause\" : \"the stream fell silent\"")
                .contains("\"origin\" : \"fallback\",\n    \"origin_cause\" : \"HTTP 503\"")
                .contains("\"origin\" : \"model\"");
        assertThat(ReviewDocuments.html(review, ZoneOffset.UTC)).contains("cut short: the stream fell silent");
    }

    @Test
    void aClientLineMarkThatIsNotOneOfTheFourIsRefusedByTheDatabase() {
        SessionRecord record = new SessionRecord("s-odd", "gad-maya", "alice", "scripted", "core", Instant.parse(
                "2026-03-05T10:00:00Z"), null, SessionStatus.IN_PROGRESS);
        journal.begin(record);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO turns (session_id, turn_index, speaker, text, spoken_at,"
                + " client_line_origin) VALUES ('s-odd', 0, 'client', 'Hello.', ?, 'verified')")
                .param(Columns.timestamp(record.startedAt())).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO turns (session_id, turn_index, speaker, text, spoken_at,"
                + " client_line_origin) VALUES ('s-odd', 1, 'trainee', 'Hello.', ?, 'model')")
                .param(Columns.timestamp(record.startedAt())).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void anUnfinishedSessionKeepsEveryTurnAndStaysInProgress() {
        Instant start = Instant.parse("2026-03-05T10:00:00Z");
        journal.begin(new SessionRecord("s-crash", "gad-maya", "alice", "scripted", "core", start, null,
                SessionStatus.IN_PROGRESS));
        journal.append("s-crash", new SessionTurn(0, Speaker.CLIENT, MAYA_OPENS, null, new ClientState(2, 6, 0),
                "opening", start));
        journal.append("s-crash", trainee(1, QUESTION, start.plusSeconds(20)));

        SavedSession saved = journal.load("s-crash").orElseThrow();
        assertThat(saved.record().status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(saved.record().endedAt()).isNull();
        assertThat(saved.turns()).extracting(SessionTurn::text).containsExactly(MAYA_OPENS, QUESTION);
    }

    @Test
    void sessionsAreListedNewestFirstAndByTrainee() {
        finishedSession("s1", "alice", "gad-maya", Instant.parse("2026-03-01T10:00:00Z"), REFLECTION);
        finishedSession("s2", "bob", "gad-maya", Instant.parse("2026-03-02T10:00:00Z"), ADVICE);
        finishedSession("s3", "alice", "panic-omar", Instant.parse("2026-03-03T10:00:00Z"), QUESTION);

        assertThat(journal.list(null)).extracting(SessionRecord::id).containsExactly("s3", "s2", "s1");
        assertThat(journal.list("alice")).extracting(SessionRecord::id).containsExactly("s3", "s1");
        assertThat(journal.load("no-such-session")).isEmpty();
    }

    // ---- assignments

    @Test
    void anAssignmentMovesFromNotStartedThroughInProgressToPassed() {
        assigning.assign("alice", "gad-maya", LocalDate.parse("2026-03-10"), 3.5, "dr-lee");
        assertThat(status("alice", "gad-maya")).isEqualTo(AssignmentStatus.NOT_STARTED);

        Instant start = Instant.parse("2026-03-06T09:00:00Z");
        journal.begin(new SessionRecord("a1", "gad-maya", "alice", "scripted", "core", start, null,
                SessionStatus.IN_PROGRESS));
        assertThat(status("alice", "gad-maya")).isEqualTo(AssignmentStatus.IN_PROGRESS);

        // advice and a question: empathy (1+3)/2 = 2.0, listening (2+3)/2 = 2.5, overall 2.3 < 3.5
        journal.append("a1", trainee(1, ADVICE, start.plusSeconds(10)));
        journal.append("a1", trainee(3, QUESTION, start.plusSeconds(40)));
        journal.finish("a1", start.plusSeconds(900));
        assertThat(status("alice", "gad-maya")).isEqualTo(AssignmentStatus.IN_PROGRESS);

        finishedSession("a2", "alice", "gad-maya", Instant.parse("2026-03-07T09:00:00Z"), REFLECTION, QUESTION);
        AssignmentStanding standing = assignments.standings("alice").get(0);
        assertThat(standing.status()).isEqualTo(AssignmentStatus.PASSED);
        assertThat(standing.sessions()).isEqualTo(2);
        assertThat(standing.finished()).isEqualTo(2);
        assertThat(standing.bestOverall()).isEqualTo(3.5);
        assertThat(standing.lastSession()).isEqualTo(Instant.parse("2026-03-07T09:00:00Z"));
    }

    @Test
    void aPastDueAssignmentWithoutAPassingSessionIsOverdueAndOthersAreUntouched() {
        assigning.assign("alice", "ocd-sam", LocalDate.parse("2026-03-01"), null, "dr-lee");
        assigning.assign("alice", "gad-maya", null, null, "dr-lee");
        assigning.assign("bob", "ocd-sam", LocalDate.parse("2026-03-01"), null, "dr-lee");
        finishedSession("b1", "bob", "ocd-sam", Instant.parse("2026-03-02T10:00:00Z"), ADVICE);

        assertThat(assignments.standings(null)).extracting(s -> s.assignment().trainee() + " "
                + s.assignment().scenarioId() + ": " + s.status().label())
                .containsExactly("alice ocd-sam: overdue", "bob ocd-sam: done", "alice gad-maya: not started");
    }

    @Test
    void assigningAgainUpdatesTheDueDateAndMinimumInsteadOfDuplicating() {
        assigning.assign("alice", "gad-maya", LocalDate.parse("2026-03-10"), 3.0, "dr-lee");
        Assignment again = assigning.assign("alice", "gad-maya", LocalDate.parse("2026-03-20"), 4.0, "dr-lee");

        assertThat(assignments.list("alice")).containsExactly(again);
        assertThat(again.due()).isEqualTo(LocalDate.parse("2026-03-20"));
        assertThat(again.minScore()).isEqualTo(4.0);
        assertThat(roster.trainee("alice").orElseThrow().supervisor()).isEqualTo("dr-lee");
        assertThatThrownBy(() -> assigning.assign("alice", "gad-maya", null, 6.0, "dr-lee"))
                .hasMessageContaining("between 1 and 5");
    }

    // ---- review, overrides, comments

    @Test
    void anOverrideKeepsTheEngineScoreOnRecordBesideTheSupervisors() {
        finishedSession("r1", "alice", "gad-maya", Instant.parse("2026-03-05T10:00:00Z"), ADVICE, REFLECTION);

        ScoreOverride first = reviews.override("r1", 1, TurnScore.EMPATHY, 2, "Names the sister's care; some warmth.",
                "dr-lee");
        ScoreOverride second = reviews.override("r1", 1, TurnScore.EMPATHY, 3, "On second listen, tone was warm.",
                "dr-kim");

        assertThat(first.engineScore()).isEqualTo(1);
        assertThat(first.supervisorScore()).isEqualTo(2);
        assertThat(first.by()).isEqualTo(author("dr-lee"));
        assertThat(first.at()).isEqualTo(CLOCK.instant());
        assertThat(first.dbLogin()).isNotBlank();

        SessionReview review = reviews.review("r1");
        SessionReview.ReviewedTurn advice = review.turns().get(1);
        assertThat(advice.turn().score().score(TurnScore.EMPATHY)).as("engine's score").isEqualTo(1);
        assertThat(advice.reviewedScores().get(TurnScore.EMPATHY)).as("latest override").isEqualTo(3);
        assertThat(advice.overrides()).containsExactly(first, second);
        // engine: empathy (1+4)/2 = 2.5; reviewed: (3+4)/2 = 3.5
        assertThat(review.engineSummary().scores().get(TurnScore.EMPATHY)).isEqualTo(2.5);
        assertThat(review.reviewedSummary().scores().get(TurnScore.EMPATHY)).isEqualTo(3.5);
        // the journal still returns the engine's judgement untouched
        assertThat(journal.load("r1").orElseThrow().turns().get(1).score().score(TurnScore.EMPATHY)).isEqualTo(1);
    }

    @Test
    void aSupervisorsStandingOverridesAreRatingsOfTheReplyAndTheLineItAnswered() {
        finishedSession("r5", "alice", "gad-maya", Instant.parse("2026-03-05T10:00:00Z"), ADVICE, REFLECTION);
        reviews.override("r5", 1, TurnScore.EMPATHY, 2, "Too quick to fix.", "dr-lee");
        reviews.override("r5", 1, TurnScore.EMPATHY, 3, "On second listen, warmer.", "dr-lee");
        reviews.override("r5", 3, TurnScore.EMPATHY, 5, "Lovely reflection.", "dr-lee");
        reviews.withdraw("r5", 3, TurnScore.EMPATHY, "Scored the wrong turn.", "dr-lee");

        List<SupervisedReplies.SupervisedScore> standing = new SupervisedReplies(dataSource()).standing("core", true);

        assertThat(standing).singleElement().satisfies(s -> {
            assertThat(s.turnIndex()).isEqualTo(1);
            assertThat(s.score()).as("the later override stands; the withdrawn one is gone").isEqualTo(3);
            assertThat(s.reply()).isEqualTo(ADVICE);
            assertThat(s.client()).isEqualTo(MAYA_OPENS);
        });
        assertThat(new SupervisedReplies(dataSource()).standing("other-rubric", false)).isEmpty();
    }

    @Test
    void overridesOnlyApplyToScoredRepliesAndCriteriaOnTheScale() {
        finishedSession("r2", "alice", "gad-maya", Instant.parse("2026-03-05T10:00:00Z"), REFLECTION);

        assertThatThrownBy(() -> reviews.override("r2", 0, TurnScore.EMPATHY, 3, "client line", "dr-lee"))
                .hasMessageContaining("not a scored trainee reply");
        assertThatThrownBy(() -> reviews.override("r2", 1, "warmth", 3, "no such criterion", "dr-lee"))
                .hasMessageContaining("unknown criterion 'warmth'");
        assertThatThrownBy(() -> reviews.override("r2", 1, TurnScore.EMPATHY, 6, "off the scale", "dr-lee"))
                .hasMessageContaining("1 to 5");
        assertThatThrownBy(() -> reviews.override("r2", 1, TurnScore.EMPATHY, 3, " ", "dr-lee"))
                .hasMessageContaining("note");
        assertThatThrownBy(() -> reviews.override("r2", 9, TurnScore.EMPATHY, 3, "no turn", "dr-lee"))
                .hasMessageContaining("no turn 9");
        assertThatThrownBy(() -> reviews.override("nope", 1, TurnScore.EMPATHY, 3, "no session", "dr-lee"))
                .hasMessageContaining("no session nope");
        assertThat(reviews.overrides("r2")).isEmpty();
    }

    @Test
    void commentsAttachToTheSessionOrToOneTurn() {
        finishedSession("c1", "alice", "gad-maya", Instant.parse("2026-03-05T10:00:00Z"), ADVICE, REFLECTION);

        reviews.comment("c1", null, "Good recovery after the early advice.", "dr-lee");
        SupervisorComment onTurn = reviews.comment("c1", 1, "Try reflecting her ambivalence here first.", "dr-lee");

        SessionReview review = reviews.review("c1");
        assertThat(review.sessionComments()).extracting(SupervisorComment::text)
                .containsExactly("Good recovery after the early advice.");
        assertThat(review.turns().get(1).comments()).containsExactly(onTurn);
        assertThat(onTurn.turnIndex()).isEqualTo(1);
        assertThat(onTurn.author()).isEqualTo(author("dr-lee"));
        assertThatThrownBy(() -> reviews.comment("c1", 7, "no such turn", "dr-lee")).hasMessageContaining("no turn 7");
    }

    // ---- import

    @Test
    void reRunningAnImportAddsNothingTwice() {
        ScriptedRubricEngine engine = new ScriptedRubricEngine();
        TranscriptImport importer = new TranscriptImport(dataSource(), CLOCK);
        List<Transcript> cohort = List.of(transcript("alice-week1", REFLECTION), transcript("bob_week1", ADVICE));

        List<ImportOutcome> first = importer.importAll(cohort, engine, null, null);
        List<ImportOutcome> again = importer.importAll(cohort, engine, null, null);

        assertThat(first).extracting(ImportOutcome::kind).containsOnly(ImportOutcome.Kind.IMPORTED);
        assertThat(first).extracting(ImportOutcome::trainee).containsExactly("alice", "bob");
        assertThat(again).extracting(ImportOutcome::kind).containsOnly(ImportOutcome.Kind.ALREADY_IMPORTED);
        assertThat(again).extracting(ImportOutcome::sessionId)
                .containsExactlyElementsOf(first.stream().map(ImportOutcome::sessionId).toList());
        assertThat(count("sessions")).isEqualTo(2);
        assertThat(count("turns")).isEqualTo(4);
        assertThat(count("imports")).isEqualTo(2);
        assertThat(engine.calls).as("nothing is scored twice").isEqualTo(2);

        SavedSession alice = journal.load(first.get(0).sessionId()).orElseThrow();
        assertThat(alice.record().status()).isEqualTo(SessionStatus.FINISHED);
        assertThat(alice.record().scenarioId()).isEqualTo(TranscriptImport.NO_SCENARIO);
        assertThat(alice.turns().get(1).score().score(TurnScore.EMPATHY)).isEqualTo(4);
    }

    @Test
    void anInterruptedImportLeavesWholeTranscriptsAndCompletesOnTheNextRun() {
        List<Transcript> cohort = List.of(transcript("alice-week2", REFLECTION), transcript("alice-week3", QUESTION),
                transcript("alice-week4", ADVICE));
        RubricEngine failsOnQuestions = new RubricEngine() {
            public Rubric rubric() {
                return ScriptedRubricEngine.CORE;
            }

            public TurnScore score(ReplyContext reply) {
                if (reply.reply().endsWith("?")) throw new IllegalStateException("scoring interrupted");
                return ScriptedRubricEngine.judge(reply.reply());
            }
        };
        List<ImportOutcome> interrupted = new TranscriptImport(dataSource(), CLOCK)
                .importAll(cohort, failsOnQuestions, "alice", "gad-maya");
        assertThat(interrupted).extracting(ImportOutcome::kind).containsExactly(ImportOutcome.Kind.IMPORTED,
                ImportOutcome.Kind.FAILED, ImportOutcome.Kind.IMPORTED);
        assertThat(interrupted.get(1).message()).contains("scoring interrupted");

        List<ImportOutcome> rerun = new TranscriptImport(dataSource(), CLOCK)
                .importAll(cohort, new ScriptedRubricEngine(), "alice", "gad-maya");

        assertThat(rerun).extracting(ImportOutcome::kind).containsExactly(ImportOutcome.Kind.ALREADY_IMPORTED,
                ImportOutcome.Kind.IMPORTED, ImportOutcome.Kind.ALREADY_IMPORTED);
        assertThat(count("sessions")).isEqualTo(3);
        assertThat(journal.list("alice")).extracting(SessionRecord::scenarioId).containsOnly("gad-maya");
    }

    @Test
    void aTranscriptThatFailsHalfwayIntoTheDatabaseLeavesNoTrace() {
        // two turns with the same index: the second insert fails after the session row was written
        Transcript broken = new Transcript("carol-week1", "cohort/carol-week1.json", List.of(
                new Turn(0, Speaker.CLIENT, MAYA_OPENS), new Turn(1, Speaker.TRAINEE, REFLECTION),
                new Turn(1, Speaker.TRAINEE, QUESTION)));
        List<ImportOutcome> outcome = new TranscriptImport(dataSource(), CLOCK)
                .importAll(List.of(broken), new ScriptedRubricEngine(), null, null);

        assertThat(outcome.get(0).kind()).isEqualTo(ImportOutcome.Kind.FAILED);
        assertThat(count("sessions")).isZero();
        assertThat(count("turns")).isZero();
        assertThat(count("imports")).isZero();
    }

    // ---- progress and gradebook

    @Test
    void progressHasOneRowPerFinishedSessionWithSparklines() {
        finishedSession("p1", "alice", "gad-maya", Instant.parse("2026-03-01T10:00:00Z"), ADVICE);
        finishedSession("p2", "alice", "gad-maya", Instant.parse("2026-03-03T10:00:00Z"), QUESTION);
        finishedSession("p3", "alice", "panic-omar", Instant.parse("2026-03-05T10:00:00Z"), REFLECTION);
        journal.begin(new SessionRecord("p4", "panic-omar", "alice", "scripted", "core",
                Instant.parse("2026-03-06T10:00:00Z"), null, SessionStatus.IN_PROGRESS));
        finishedSession("q1", "bob", "gad-maya", Instant.parse("2026-03-02T10:00:00Z"), REFLECTION);

        ProgressReport progress = ProgressReport.of("alice", new SessionResults(dataSource()).of("alice"));

        assertThat(progress.rows()).extracting(ProgressReport.Row::sessionId).containsExactly("p1", "p2", "p3");
        assertThat(progress.rows()).extracting(r -> r.scores().get(TurnScore.EMPATHY)).containsExactly(1.0, 3.0, 4.0);
        assertThat(progress.sparkline(TurnScore.EMPATHY)).isEqualTo("▁▅▆");
        assertThat(progress.sparkline(TurnScore.BOUNDARY_SETTING)).isEqualTo("   ");
        assertThat(progress.overallSparkline()).hasSize(3);
    }

    @Test
    void theGradebookHasARowPerTraineeAndAssignment() {
        assigning.assign("alice", "gad-maya", LocalDate.parse("2026-03-10"), 3.5, "dr-lee");
        assigning.assign("alice", "ocd-sam", LocalDate.parse("2026-03-01"), null, "dr-lee");
        assigning.assign("Smith, Jo", "gad-maya", null, null, "dr-lee");
        finishedSession("g1", "alice", "gad-maya", Instant.parse("2026-03-04T10:00:00Z"), ADVICE);
        finishedSession("g2", "alice", "gad-maya", Instant.parse("2026-03-06T10:00:00Z"), REFLECTION, QUESTION);
        finishedSession("g3", "alice", "panic-omar", Instant.parse("2026-03-07T10:00:00Z"), QUESTION);
        roster.enrol("dana", "dr-lee");

        StringWriter csv = new StringWriter();
        Gradebook.writeCsv(gradebook.sheet(), csv);

        assertThat(csv.toString().split("\r\n")).containsExactly(
                "trainee,scenario,status,due,min_score,sessions,finished,best_overall,empathy_mean,"
                        + "active_listening_mean,boundary_setting_mean,last_session,risk_flags,client_rating_mean,client_rating_last,dropout_risk",
                // g1: empathy 1, listening 2, overall 1.5; g2: 3.5, 3.5, overall 3.5; no risk cue in play, no flag; written without the client's ratings
                "alice,gad-maya,passed,2026-03-10,3.5,2,2,3.5,2.3,2.8,,2026-03-06,,,,",
                "alice,ocd-sam,overdue,2026-03-01,,0,0,,,,,,,,,",
                "alice,panic-omar,unassigned,,,1,1,3.0,3.0,3.0,,2026-03-07,,,,",
                "dana,,,,,0,0,,,,,,,,,",
                "\"Smith, Jo\",gad-maya,not started,,,0,0,,,,,,,,,");
    }

    @Test
    void theClientsRatingsAreKeptWithTheSessionAndShowInProgressReviewAndGradebook() {
        roster.enrol("alice", "dr-lee");
        Instant start = Instant.parse("2026-03-04T10:00:00Z");
        journal.begin(new SessionRecord("r1", "gad-maya", "alice", "scripted", "core", start, null, SessionStatus.IN_PROGRESS));
        journal.append("r1", new SessionTurn(0, Speaker.CLIENT, MAYA_OPENS, null, new ClientState(2, 6, 0), "opening", start));
        journal.append("r1", trainee(1, REFLECTION, start.plusSeconds(5)));
        var rating = new org.rapport.alliance.StoredRating(org.rapport.alliance.OutcomeRating.of(4.5, 6, 6.5, 5.2),
                org.rapport.alliance.SessionRating.of(9.5, 8.5, 9, 9, "I felt rushed when you went to tips."), 2, 1, true);
        journal.rate("r1", rating);
        journal.finish("r1", start.plusSeconds(600));

        var results = new SessionResults(dataSource()).of("alice");
        assertThat(results.sessions()).singleElement().satisfies(s -> assertThat(s.rating()).isEqualTo(rating));
        assertThat(reviews.review("r1").clientRating()).isEqualTo(rating);
        ProgressReport progress = ProgressReport.of("alice", results);
        assertThat(progress.rows()).singleElement().satisfies(r -> {
            assertThat(r.clientRating()).isEqualTo(36.0);
            assertThat(r.clientRatingFlagged()).isTrue();
            assertThat(r.dropoutRisk()).isTrue();
        });
        StringWriter csv = new StringWriter();
        Gradebook.writeCsv(gradebook.sheet(), csv);
        assertThat(csv.toString().split("\r\n")).anyMatch(row -> row.startsWith("alice,gad-maya,unassigned,") && row.endsWith(",36.0,36.0,yes"));
    }

    // ---- untrusted names

    @Test
    void aNameThatLooksLikeSqlStaysAName() {
        String name = "Robert'); DROP TABLE sessions;--";
        assigning.assign(name, "gad-maya", null, null, "x' OR '1'='1");
        finishedSession("inj", name, "gad-maya", Instant.parse("2026-03-04T10:00:00Z"), REFLECTION);

        assertThat(roster.trainees()).extracting(Trainee::name).containsExactly(name);
        assertThat(roster.trainee(name).orElseThrow().supervisor()).isEqualTo("x' OR '1'='1");
        assertThat(journal.list(name)).extracting(SessionRecord::id).containsExactly("inj");
        assertThat(journal.list("x' OR '1'='1")).isEmpty();
        assertThat(assignments.standings(name).get(0).status()).isEqualTo(AssignmentStatus.DONE);
    }

    // ---- fixtures

    static SessionTurn trainee(int index, String reply, Instant at) {
        return new SessionTurn(index, Speaker.TRAINEE, reply, ScriptedRubricEngine.judge(reply), null, null, at);
    }

    /** A finished session: the client opens, then each reply is followed by a short client line. */
    void finishedSession(String id, String trainee, String scenario, Instant start, String... replies) {
        journal.begin(new SessionRecord(id, scenario, trainee, "scripted", "core", start, null,
                SessionStatus.IN_PROGRESS));
        int index = 0;
        journal.append(id, new SessionTurn(index++, Speaker.CLIENT, MAYA_OPENS, null, new ClientState(2, 6, 0),
                "opening", start));
        for (String reply : replies) {
            journal.append(id, trainee(index++, reply, start.plusSeconds(index * 10L)));
            journal.append(id, new SessionTurn(index++, Speaker.CLIENT, "Maybe. I don't know.", null,
                    new ClientState(3, 5, 1), null, start.plusSeconds(index * 10L)));
        }
        journal.finish(id, start.plusSeconds(900));
    }

    static Transcript transcript(String id, String reply) {
        List<Turn> turns = new ArrayList<>();
        turns.add(new Turn(0, Speaker.CLIENT, MAYA_OPENS));
        turns.add(new Turn(1, Speaker.TRAINEE, reply));
        return new Transcript(id, "cohort/" + id + ".json", turns);
    }

    AssignmentStatus status(String trainee, String scenario) {
        return assignments.standings(trainee).stream().filter(s -> s.assignment().scenarioId().equals(scenario))
                .findFirst().orElseThrow().status();
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
