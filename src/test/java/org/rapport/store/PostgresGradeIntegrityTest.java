package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.store.PostgresRowSecurityTest.refused;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.rubric.RubricEngines;
import org.rapport.rubric.TurnScore;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionStatus;
import org.rapport.session.SessionTurn;
import org.rapport.transcript.Speaker;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a supervisor, an assignment or the gradebook shows as a grade is the engine's score of the
 * stored text, whoever wrote the row. Each attack is made as a person would make it: with their own
 * login on the shared server, writing SQL directly. Alice is a trainee under Dr Lee; Dr Kim supervises
 * nobody here; Dave has no login yet.
 */
class PostgresGradeIntegrityTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-08T12:00:00Z"), ZoneOffset.UTC);
    static final String ALICE = "gi_alice", LEE = "gi_dr_lee", KIM = "gi_dr_kim", DAVE = "gi_dave";
    static final String PASSWORD = "reflect-before-you-advise";
    static final Instant LATER = Instant.parse("2026-03-08T13:00:00Z");

    /** The supervisor's process re-scores with the same engine the trainee's practice scored with. */
    static final RubricEngines ENGINES = id -> new ScriptedRubricEngine();

    static MigratingDataSource owner, alice, lee, kim;
    static DatabaseLogins logins;

    @BeforeAll
    static void connect() {
        if (!TestPostgres.configured()) return;
        owner = TestPostgres.ownerDataSource();
        logins = new DatabaseLogins(owner, new StoreSettings(TestPostgres.URL, null, null, null, true));
        JdbcClient.create(owner).sql("SELECT 1").query(Integer.class).single();
        alice = TestPostgres.login(ALICE, PASSWORD);
        lee = TestPostgres.login(LEE, PASSWORD);
        kim = TestPostgres.login(KIM, PASSWORD);
    }

    @AfterAll
    static void disconnect() throws Exception {
        for (MigratingDataSource ds : new MigratingDataSource[] {alice, lee, kim, owner}) {
            if (ds != null) ds.close();
        }
    }

    @BeforeEach
    void aliceUnderDrLeeWithOneHonestSession() {
        TestPostgres.assumeConfigured();
        JdbcClient jdbc = JdbcClient.create(owner);
        StoreContractTest.emptyEveryTable(jdbc);
        jdbc.sql("DROP ROLE IF EXISTS " + DAVE).update();
        logins.grant(DatabaseLogins.Kind.SUPERVISOR, LEE, null, PASSWORD, true);
        logins.grant(DatabaseLogins.Kind.SUPERVISOR, KIM, null, PASSWORD, true);
        logins.grant(DatabaseLogins.Kind.TRAINEE, ALICE, LEE, PASSWORD, true);
        PostgresRowSecurityTest.session(new JdbcSessionJournal(alice, CLOCK), "alice-honest", ALICE,
                StoreContractTest.ADVICE);
    }

    static SessionResults results(MigratingDataSource login) {
        return new SessionResults(login, new Rescoring(() -> ENGINES));
    }

    static Assignments assignments(MigratingDataSource login) {
        return new Assignments(login, CLOCK, results(login));
    }

    /** Alice, in psql: a session of her own with a reply she never had scored, claiming fives, then closed. */
    static void forgeAFinishedSession(String id, String reply, int claimed) {
        JdbcClient psql = JdbcClient.create(alice);
        psql.sql("INSERT INTO sessions (id, trainee, scenario_id, client_mode, rubric_id, started_at, status)"
                + " VALUES (?, ?, 'gad-maya', 'scripted', 'core', ?, 'IN_PROGRESS')")
                .params(id, ALICE, Columns.timestamp(LATER)).update();
        psql.sql("INSERT INTO turns (session_id, turn_index, speaker, text, spoken_at) VALUES (?, 0, 'client', ?, ?)")
                .params(id, StoreContractTest.MAYA_OPENS, Columns.timestamp(LATER)).update();
        TurnScore honest = ScriptedRubricEngine.judge(reply);
        Map<String, Integer> fives = new LinkedHashMap<>(honest.scores());
        fives.put(TurnScore.EMPATHY, claimed);
        fives.put(TurnScore.ACTIVE_LISTENING, claimed);
        TurnScore forged = new TurnScore(honest.codes(), honest.empathy(), fives, honest.evidence(), honest.feedback(),
                honest.roadblocks(), honest.boundary());
        psql.sql("""
                INSERT INTO turns (session_id, turn_index, speaker, text, behavior, subtype, score_empathy,
                                   score_active_listening, score_json, written_by, spoken_at)
                VALUES (?, 1, 'trainee', ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reply, honest.codes().behavior().json(), honest.codes().subtype().json(), claimed, claimed,
                        TurnScoreJson.write(forged), LEE, Columns.timestamp(LATER.plusSeconds(20)))
                .update();
        psql.sql("UPDATE sessions SET status = 'FINISHED', ended_at = ? WHERE id = ?")
                .params(Columns.timestamp(LATER.plusSeconds(600)), id).update();
    }

    // ---- forged grades

    @Test
    void aTraineeCannotForgeAPassingGrade() {
        assignments(lee).assign(ALICE, "gad-maya", null, 3.5, LEE);
        forgeAFinishedSession("alice-forged", StoreContractTest.ADVICE, 5);

        Assignments.Overview overview = assignments(lee).overview(ALICE);
        AssignmentStanding standing = overview.standings().get(0);
        assertThat(standing.status()).isNotEqualTo(AssignmentStatus.PASSED);
        assertThat(standing.bestOverall()).isNull();
        assertThat(overview.notices()).singleElement().asString()
                .contains("alice-forged", "not graded", "scores do not match", "empathy stored 5, engine 1");
        assertThat(JdbcClient.create(owner).sql("SELECT written_by FROM turns WHERE session_id = 'alice-forged'"
                + " AND turn_index = 1").query(String.class).single())
                .as("the login that wrote the row, not the one claimed").isEqualTo(ALICE);

        SessionReview review = new Reviews(lee, CLOCK, new Rescoring(() -> ENGINES)).review("alice-forged");
        assertThat(review.check().graded()).isFalse();
        assertThat(review.reviewedSummary().overall()).isNull();
        assertThat(SupervisorViews.review(review, ZoneOffset.UTC)).contains("NOT GRADED",
                "the engine gives this reply: empathy 1 active_listening 2");
        assertThat(ReviewDocuments.json(review)).contains("\"graded\" : false");

        ProgressReport progress = ProgressReport.of(ALICE, results(lee).of(ALICE));
        assertThat(progress.rows()).filteredOn(r -> r.sessionId().equals("alice-forged"))
                .singleElement().satisfies(r -> assertThat(r.overall()).isNull());
        assertThat(progress.notices()).hasSize(1);

        Gradebook.Sheet sheet = new Gradebook(owner, CLOCK, results(owner)).sheet();
        assertThat(sheet.rows()).singleElement().satisfies(r -> assertThat(r.bestOverall()).isNull());
        assertThat(sheet.notices()).singleElement().asString().contains("alice-forged");

        // the same reply practised honestly is graded and counts
        PostgresRowSecurityTest.session(new JdbcSessionJournal(alice, CLOCK), "alice-later", ALICE,
                StoreContractTest.REFLECTION);
        JdbcClient.create(owner).sql("UPDATE sessions SET started_at = ? WHERE id = 'alice-later'")
                .param(Columns.timestamp(LATER)).update();
        Assignments.Overview after = assignments(lee).overview(ALICE);
        assertThat(after.standings().get(0).status()).isEqualTo(AssignmentStatus.PASSED);
        assertThat(after.standings().get(0).bestOverall()).isEqualTo(4.0);
        assertThat(results(lee).of(ALICE).sessions()).filteredOn(s -> s.record().id().equals("alice-later"))
                .singleElement().satisfies(s -> assertThat(s.check()).isEqualTo(ScoreCheck.CONFIRMED));
    }

    @Test
    void theDatabaseRefusesScoresOffTheScaleAndUnknownCodes() {
        JdbcClient psql = JdbcClient.create(alice);
        psql.sql("INSERT INTO sessions (id, trainee, started_at, status) VALUES ('alice-open', ?, ?, 'IN_PROGRESS')")
                .params(ALICE, Columns.timestamp(LATER)).update();
        String insert = "INSERT INTO turns (session_id, turn_index, speaker, text, behavior, subtype, score_empathy,"
                + " score_active_listening, score_json, spoken_at)"
                + " VALUES ('alice-open', ?, 'trainee', 'hello', ?, 'open', ?, 3, ?, CURRENT_TIMESTAMP)";
        String valid = TurnScoreJson.write(ScriptedRubricEngine.judge(StoreContractTest.QUESTION));
        assertThat(valid).contains("\"empathy\":3", "\"behavior\":\"question\"");

        refused(() -> psql.sql(insert).params(1, "question", 99, valid.replace("\"empathy\":3", "\"empathy\":99"))
                .update(), "not a whole number from 1 to 5");
        refused(() -> psql.sql(insert).params(2, "question", 3, valid.replace("\"empathy\":3", "\"empathy\":4.5"))
                .update(), "not a whole number from 1 to 5");
        refused(() -> psql.sql(insert).params(3, "telepathy", 3,
                valid.replace("\"behavior\":\"question\"", "\"behavior\":\"telepathy\"")).update(), "turn_behavior_code");
        refused(() -> psql.sql(insert).params(4, null, null, "{\"codes\":{\"behavior\":\"telepathy\"}}").update(),
                "lacks codes, empathy or scores");
        refused(() -> psql.sql(insert).params(5, "question", 5, valid).update(), "differ from the judgement");
        refused(() -> psql.sql(insert).params(6, "question", 3, "not json").update(), "not JSON");
        refused(() -> psql.sql(insert).params(7, "question", 3, null).update(), "without the judgement");
        psql.sql(insert).params(8, "question", 3, valid).update();
        assertThat(psql.sql("SELECT count(*) FROM turns WHERE session_id = 'alice-open'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void oneUnreadableRowIsSkippedAndReportedInEveryView() {
        JdbcClient asOwner = JdbcClient.create(owner);
        asOwner.sql("INSERT INTO sessions (id, trainee, scenario_id, rubric_id, started_at, status)"
                + " VALUES ('alice-broken', ?, 'gad-maya', 'core', ?, 'IN_PROGRESS')")
                .params(ALICE, Columns.timestamp(LATER)).update();
        // a row from before the database checked scores, or written around the check by the owner
        asOwner.sql("ALTER TABLE turns DISABLE TRIGGER turn_is_sound").update();
        try {
            asOwner.sql("INSERT INTO turns (session_id, turn_index, speaker, text, score_json, spoken_at)"
                    + " VALUES ('alice-broken', 1, 'trainee', 'hmm', '{\"codes\":{\"behavior\":\"telepathy\"}}', ?)")
                    .param(Columns.timestamp(LATER)).update();
        } finally {
            asOwner.sql("ALTER TABLE turns ENABLE TRIGGER turn_is_sound").update();
        }
        assignments(lee).assign(ALICE, "gad-maya", null, null, LEE);

        Assignments.Overview overview = assignments(lee).overview(null);
        assertThat(overview.standings()).hasSize(1);
        assertThat(overview.notices()).singleElement().asString()
                .contains("alice-broken", "turn 1", "cannot be read", "telepathy");
        assertThat(SupervisorViews.withNotices(SupervisorViews.trainees(new TraineeRoster(lee, CLOCK).trainees(),
                overview.standings()), overview.notices())).contains(ALICE, "1 session not counted");
        assertThat(ProgressReport.of(ALICE, results(lee).of(ALICE)).rows()).extracting(ProgressReport.Row::sessionId)
                .containsExactly("alice-honest");
        assertThat(new Gradebook(owner, CLOCK, results(owner)).sheet().notices()).hasSize(1);
        SessionReview review = new Reviews(lee, CLOCK, new Rescoring(() -> ENGINES)).review("alice-broken");
        assertThat(review.turns()).singleElement().satisfies(t -> assertThat(t.turn().score()).isNull());
        assertThat(review.check().problems()).singleElement().asString().contains("cannot be read");
    }

    // ---- what a supervisor may write

    @Test
    void aFinishedSessionTakesNoTurnsFromAnyone() {
        SessionTurn padding = StoreContractTest.trainee(3, StoreContractTest.REFLECTION, LATER);
        refused(() -> new JdbcSessionJournal(lee, CLOCK).append("alice-honest", padding), "is finished");
        refused(() -> new JdbcSessionJournal(owner, CLOCK).append("alice-honest", padding), "is finished");
        refused(() -> JdbcClient.create(owner).sql("UPDATE turns SET text = 'I never said that'"
                + " WHERE session_id = 'alice-honest'").update(), "is finished");
        refused(() -> JdbcClient.create(owner).sql("UPDATE sessions SET status = 'IN_PROGRESS'"
                + " WHERE id = 'alice-honest'").update(), "stays finished");

        // nor may a supervisor write into a session of the trainee's still in progress
        new JdbcSessionJournal(alice, CLOCK).begin(new SessionRecord("alice-live", "gad-maya", ALICE, "scripted",
                "core", LATER, null, SessionStatus.IN_PROGRESS));
        refused(() -> new JdbcSessionJournal(lee, CLOCK).append("alice-live", new SessionTurn(0, Speaker.TRAINEE,
                StoreContractTest.REFLECTION, ScriptedRubricEngine.judge(StoreContractTest.REFLECTION), null, null,
                LATER)), "row-level security");
        assertThat(JdbcClient.create(lee).sql("UPDATE sessions SET status = 'FINISHED' WHERE id = 'alice-live'")
                .update()).as("rows a supervisor may close").isZero();
        assertThat(JdbcClient.create(owner).sql("SELECT status FROM sessions WHERE id = 'alice-live'")
                .query(String.class).single()).isEqualTo("IN_PROGRESS");
        assertThat(JdbcClient.create(owner).sql("SELECT count(*) FROM turns WHERE session_id = 'alice-honest'")
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void anImportBySupervisorStillWorksAndIsTakenAsScored() {
        TranscriptImport importer = new TranscriptImport(lee, CLOCK);
        List<ImportOutcome> outcomes = importer.importAll(List.of(StoreContractTest.transcript("week2",
                StoreContractTest.REFLECTION)), new ScriptedRubricEngine(), ALICE, "gad-maya");
        assertThat(outcomes).extracting(ImportOutcome::kind).containsExactly(ImportOutcome.Kind.IMPORTED);
        ScoredSession imported = results(lee).of(ALICE).sessions().stream()
                .filter(s -> s.record().clientMode().equals(TranscriptImport.CLIENT_MODE)).findFirst().orElseThrow();
        assertThat(imported.finished()).isTrue();
        assertThat(imported.check()).as("written by the supervisor's login").isEqualTo(ScoreCheck.TRUSTED);
    }

    @Test
    void commentsAndOverridesAreRecordedUnderTheLoginThatWroteThem() {
        JdbcClient.create(lee).sql("INSERT INTO comments (session_id, turn_index, author, db_login, written_at, text)"
                + " VALUES ('alice-honest', 1, ?, ?, CURRENT_TIMESTAMP, 'signed as a colleague')")
                .params(KIM, KIM).update();
        Reviews reviews = new Reviews(lee, CLOCK, new Rescoring(() -> ENGINES));
        SupervisorComment comment = reviews.comment("alice-honest", null, "Good pacing.", "Dr Somebody Else");
        ScoreOverride override = reviews.override("alice-honest", 1, TurnScore.EMPATHY, 2, "warm despite advising",
                "Dr Somebody Else");

        assertThat(reviews.comments("alice-honest")).extracting(SupervisorComment::author).containsOnly(LEE);
        assertThat(comment.author()).isEqualTo(LEE);
        assertThat(override.by()).isEqualTo(LEE);
        assertThat(SupervisorViews.review(reviews.review("alice-honest"), ZoneOffset.UTC))
                .contains("empathy 1 -> 2 by " + LEE).doesNotContain("Somebody", KIM);
    }

    // ---- who supervises whom

    @Test
    void aSupervisorCannotClaimATraineeWithoutALogin() {
        assertThatThrownBy(() -> assignments(kim).assign(DAVE, "gad-maya", null, null, KIM))
                .hasMessageContaining("has no login on this server yet").hasMessageContaining("db grant --trainee " + DAVE);
        assertThat(new TraineeRoster(owner, CLOCK).trainee(DAVE)).isEmpty();
    }

    @Test
    void grantSaysWhatItDidAndMovesATraineeOnlyWhenAsked() {
        DatabaseLogins.Grant first = logins.grant(DatabaseLogins.Kind.TRAINEE, DAVE, LEE, PASSWORD, true);
        assertThat(first.outcome()).isEqualTo("login " + DAVE + " created; on record, supervised by " + LEE);

        assertThatThrownBy(() -> logins.grant(DatabaseLogins.Kind.TRAINEE, DAVE, KIM, PASSWORD, true))
                .hasMessageContaining("is supervised by " + LEE + "; nothing was changed")
                .hasMessageContaining("--move");
        assertThat(new TraineeRoster(owner, CLOCK).trainee(DAVE).orElseThrow().supervisor()).isEqualTo(LEE);

        assertThat(logins.grant(DatabaseLogins.Kind.TRAINEE, DAVE, LEE, PASSWORD, true).outcome())
                .endsWith("already supervised by " + LEE + " (unchanged)");
        assertThat(logins.grant(DatabaseLogins.Kind.TRAINEE, DAVE, KIM, PASSWORD, true, true).outcome())
                .endsWith("moved from " + LEE + " to " + KIM + " (their sessions go with them)");
        assertThat(new TraineeRoster(owner, CLOCK).trainee(DAVE).orElseThrow().supervisor()).isEqualTo(KIM);
        assertThatThrownBy(() -> logins.grant(DatabaseLogins.Kind.SUPERVISOR, DAVE, null, PASSWORD, true))
                .hasMessageContaining("not both");
    }
}
