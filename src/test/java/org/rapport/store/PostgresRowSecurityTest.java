package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.client.ClientState;
import org.rapport.rubric.TurnScore;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionStatus;
import org.rapport.session.SessionTurn;
import org.rapport.transcript.Speaker;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may do what on a shared PostgreSQL server, enforced by the database: each person connects with
 * their own login, as made by "db grant", and row-level security decides what they see and change.
 * Alice and Bob are trainees; Dr Lee supervises Alice, Dr Kim supervises Bob.
 */
class PostgresRowSecurityTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-08T12:00:00Z"), ZoneOffset.UTC);
    static final String ALICE = "rls_alice", BOB = "rls_bob", LEE = "rls_dr_lee", KIM = "rls_dr_kim";
    static final String PASSWORD = "practice-makes-progress";
    static final Instant START = Instant.parse("2026-03-05T10:00:00Z");

    static MigratingDataSource owner, alice, lee;
    static DatabaseLogins logins;

    @BeforeAll
    static void connect() {
        if (!TestPostgres.configured()) return;
        owner = TestPostgres.ownerDataSource();
        StoreSettings ownerSettings = new StoreSettings(TestPostgres.URL, null, null, null, true);
        logins = new DatabaseLogins(owner, ownerSettings);
        JdbcClient.create(owner).sql("SELECT 1").query(Integer.class).single(); // migrate as the owner
        alice = TestPostgres.login(ALICE, PASSWORD);
        lee = TestPostgres.login(LEE, PASSWORD);
    }

    @AfterAll
    static void disconnect() throws Exception {
        for (MigratingDataSource ds : new MigratingDataSource[] {alice, lee, owner}) {
            if (ds != null) ds.close();
        }
    }

    @BeforeEach
    void twoTraineesWithOneSessionEach() {
        TestPostgres.assumeConfigured();
        JdbcClient jdbc = JdbcClient.create(owner);
        StoreContractTest.emptyEveryTable(jdbc);
        logins.grant(DatabaseLogins.Kind.SUPERVISOR, LEE, null, PASSWORD, true);
        logins.grant(DatabaseLogins.Kind.SUPERVISOR, KIM, null, PASSWORD, true);
        logins.grant(DatabaseLogins.Kind.TRAINEE, ALICE, LEE, PASSWORD, true);
        logins.grant(DatabaseLogins.Kind.TRAINEE, BOB, KIM, PASSWORD, true);
        JdbcSessionJournal asOwner = new JdbcSessionJournal(owner, CLOCK);
        session(asOwner, "alice-1", ALICE, StoreContractTest.ADVICE);
        session(asOwner, "bob-1", BOB, StoreContractTest.REFLECTION);
    }

    // ---- trainees

    @Test
    void aTraineeSeesOnlyOwnSessions() {
        JdbcSessionJournal journal = new JdbcSessionJournal(alice, CLOCK);

        assertThat(journal.list(null)).extracting(SessionRecord::id).containsExactly("alice-1");
        assertThat(journal.load("bob-1")).isEmpty();
        assertThat(JdbcClient.create(alice).sql("SELECT count(*) FROM turns WHERE session_id = 'bob-1'")
                .query(Long.class).single()).isZero();
        assertThat(new TraineeRoster(alice, CLOCK).trainees()).extracting(Trainee::name).containsExactly(ALICE);
    }

    @Test
    void aTraineePractisesAndFinishesOwnSession() {
        JdbcSessionJournal journal = new JdbcSessionJournal(alice, CLOCK);
        session(journal, "alice-2", ALICE, StoreContractTest.REFLECTION);

        assertThat(journal.load("alice-2").orElseThrow().record().status()).isEqualTo(SessionStatus.FINISHED);
        assertThat(journal.load("alice-2").orElseThrow().turns()).hasSize(3);
    }

    @Test
    void aTraineeCannotWriteIntoAnotherTraineesRecords() {
        JdbcSessionJournal journal = new JdbcSessionJournal(alice, CLOCK);

        refused(() -> journal.begin(new SessionRecord("forged", "gad-maya", BOB, "scripted", "core", START,
                null, SessionStatus.IN_PROGRESS)), "permission denied");
        refused(() -> journal.append("bob-1", StoreContractTest.trainee(9, "padding", START)), "row-level security");
        assertThat(JdbcClient.create(owner).sql("SELECT count(*) FROM turns WHERE session_id = 'bob-1'")
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aTraineeCannotChangeAScore() {
        JdbcClient jdbc = JdbcClient.create(alice);

        refused(() -> jdbc.sql("UPDATE turns SET score_empathy = 5 WHERE session_id = 'alice-1'").update(),
                "permission denied");
        refused(() -> jdbc.sql("UPDATE turns SET score_json = NULL WHERE session_id = 'alice-1'").update(),
                "permission denied");
        refused(() -> jdbc.sql("DELETE FROM turns WHERE session_id = 'alice-1'").update(), "permission denied");
        refused(() -> new Reviews(alice, CLOCK).override("alice-1", 1, TurnScore.EMPATHY, 5,
                "I think it was better", ALICE), "permission denied");
        // a finished session takes no more turns, so no better-scored reply can be slipped in
        refused(() -> new JdbcSessionJournal(alice, CLOCK).append("alice-1",
                StoreContractTest.trainee(3, StoreContractTest.REFLECTION, START)), "is finished");
        refused(() -> jdbc.sql("UPDATE sessions SET status = 'IN_PROGRESS' WHERE id = 'alice-1'").update(),
                "stays finished");
        assertThat(JdbcClient.create(owner).sql("SELECT score_empathy FROM turns WHERE session_id = 'alice-1'"
                + " AND turn_index = 1").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aTraineeRatesOnlyAnOwnOpenSessionReadsOnlyOwnRatingsAndCannotChangeThem() {
        JdbcSessionJournal journal = new JdbcSessionJournal(alice, CLOCK);
        var rating = new org.rapport.alliance.StoredRating(org.rapport.alliance.OutcomeRating.of(5, 5, 5, 5),
                org.rapport.alliance.SessionRating.of(9.5, 9.5, 9.5, 9.5, "I felt heard."), 0, 0, false);
        journal.begin(new SessionRecord("alice-3", "gad-maya", ALICE, "scripted", "core", START, null, SessionStatus.IN_PROGRESS));
        journal.rate("alice-3", rating);

        assertThat(JdbcSessionJournal.ratings(JdbcClient.create(alice), null)).containsOnlyKeys("alice-3");
        refused(() -> journal.rate("bob-1", rating), "row-level security");
        refused(() -> journal.rate("alice-1", rating), "row-level security"); // finished: too late to rate
        refused(() -> JdbcClient.create(alice).sql("UPDATE session_ratings SET total = 40").update(), "permission denied");
        assertThat(JdbcSessionJournal.ratings(JdbcClient.create(lee), null)).containsOnlyKeys("alice-3");
    }

    // ---- supervisors

    @Test
    void aSupervisorReviewsOverridesAndCommentsForOwnTraineesOnly() {
        Reviews reviews = new Reviews(lee, CLOCK);

        ScoreOverride override = reviews.override("alice-1", 1, TurnScore.EMPATHY, 2,
                "Acknowledged the sister's care before advising.", LEE);
        reviews.comment("alice-1", 1, "Reflect first, then ask before advising.", LEE);

        assertThat(override.engineScore()).isEqualTo(1);
        assertThat(override.dbLogin()).isEqualTo(LEE);
        assertThat(reviews.review("alice-1").turns().get(1).reviewedScores().get(TurnScore.EMPATHY)).isEqualTo(2);
        assertThatThrownBy(() -> reviews.review("bob-1")).hasMessageContaining("no session bob-1");
        refused(() -> JdbcClient.create(lee).sql("""
                INSERT INTO overrides (session_id, turn_index, criterion, engine_score, supervisor_score,
                                       overridden_by, overridden_at, note)
                VALUES ('bob-1', 1, 'empathy', 4, 1, 'rls_dr_lee', CURRENT_TIMESTAMP, 'not my trainee')""").update(), "row-level security");
        refused(() -> JdbcClient.create(lee).sql("UPDATE turns SET score_empathy = 5").update(), "permission denied");
        refused(() -> JdbcClient.create(lee).sql("DELETE FROM overrides").update(), "permission denied");
    }

    @Test
    void aSupervisorCannotForgeAnotherSupervisorsLoginOnAnOverride() {
        // the database records the login that wrote the row, and the score stored on the turn
        JdbcClient.create(lee).sql("""
                INSERT INTO overrides (session_id, turn_index, criterion, engine_score, supervisor_score,
                                       overridden_by, db_login, overridden_at, note)
                VALUES ('alice-1', 1, 'empathy', 4, 5, 'rls_dr_kim', 'rls_dr_kim', CURRENT_TIMESTAMP, 'forged')""")
                .update();
        ScoreOverride recorded = new Reviews(owner, CLOCK).overrides("alice-1").get(0);
        assertThat(recorded.by()).isEqualTo(LEE);
        assertThat(recorded.dbLogin()).isEqualTo(LEE);
        assertThat(recorded.engineScore()).as("the engine's stored score, not the one claimed").isEqualTo(1);
    }

    @Test
    void aSupervisorAssignsOwnTraineesOnlyAndSeesTheirProgress() {
        Assignments assignments = new Assignments(lee, CLOCK);

        assignments.assign(ALICE, "gad-maya", LocalDate.parse("2026-03-10"), 3.5, LEE);
        assertThatThrownBy(() -> assignments.assign(BOB, "gad-maya", null, null, LEE))
                .hasMessageContaining("not visible to this login");

        assertThat(assignments.standings(null)).extracting(s -> s.assignment().trainee()).containsExactly(ALICE);
        assertThat(new SessionResults(lee).of(null).sessions()).extracting(s -> s.record().id())
                .containsExactly("alice-1");
        assertThat(new Assignments(alice, CLOCK).standings(null)).hasSize(1);
        refused(() -> new Assignments(alice, CLOCK).assign(ALICE, "ocd-sam", null, null, LEE), "permission denied");
    }

    @Test
    void aSupervisorImportsTranscriptsForOwnTraineesOnly() {
        TranscriptImport importer = new TranscriptImport(lee, CLOCK);
        List<ImportOutcome> outcomes = importer.importAll(List.of(
                StoreContractTest.transcript("week2", StoreContractTest.REFLECTION),
                StoreContractTest.transcript("week3", StoreContractTest.QUESTION)), new ScriptedRubricEngine(), ALICE,
                "gad-maya");
        assertThat(outcomes).extracting(ImportOutcome::kind).containsOnly(ImportOutcome.Kind.IMPORTED);

        List<ImportOutcome> forBob = importer.importAll(List.of(StoreContractTest.transcript("bob-week2",
                StoreContractTest.REFLECTION)), new ScriptedRubricEngine(), null, "gad-maya");
        assertThat(forBob.get(0).kind()).isEqualTo(ImportOutcome.Kind.FAILED);
        // the id names "bob", who has no login here: a supervisor cannot claim him
        assertThat(forBob.get(0).message()).contains("has no login on this server yet");
        List<ImportOutcome> forRlsBob = importer.importAll(List.of(StoreContractTest.transcript("bob-week2",
                StoreContractTest.REFLECTION)), new ScriptedRubricEngine(), BOB, "gad-maya");
        assertThat(forRlsBob.get(0).kind()).isEqualTo(ImportOutcome.Kind.FAILED);
        assertThat(forRlsBob.get(0).message()).contains("not visible to this login");
        assertThat(new JdbcSessionJournal(owner, CLOCK).list(BOB)).hasSize(1);
        assertThat(new JdbcSessionJournal(alice, CLOCK).list(null)).hasSize(3);
    }

    @Test
    void aLoginWhoseNameLooksLikeSqlIsJustALogin() {
        String name = "rls_o'hara\"; DROP TABLE turns; --";
        DatabaseLogins.Grant grant = logins.grant(DatabaseLogins.Kind.TRAINEE, name, LEE, PASSWORD, true);
        assertThat(grant.statements()).allMatch(s -> !s.contains(PASSWORD));

        try (MigratingDataSource ohara = TestPostgres.login(name, PASSWORD)) {
            JdbcSessionJournal journal = new JdbcSessionJournal(ohara, CLOCK);
            session(journal, "ohara-1", name, StoreContractTest.QUESTION);
            assertThat(journal.list(null)).extracting(SessionRecord::trainee).containsExactly(name);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(JdbcClient.create(owner).sql("SELECT count(*) FROM turns").query(Long.class).single()).isEqualTo(9);
    }

    @Test
    void statusTellsEachLoginWhatItIs() {
        StoreSettings settings = new StoreSettings(TestPostgres.URL, null, null, null, true);
        assertThat(new DatabaseLogins(owner, settings).status().standing()).startsWith("owner");
        assertThat(new DatabaseLogins(alice, settings).status().standing()).isEqualTo("trainee");
        StoreStatus lee = new DatabaseLogins(PostgresRowSecurityTest.lee, settings).status();
        assertThat(lee.standing()).isEqualTo("supervisor");
        assertThat(lee.visibleRecords().get("sessions")).isEqualTo(1);
    }

    /** The database refused: the root cause carries PostgreSQL's own reason. */
    static void refused(ThrowingCallable call, String reason) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refused by the database").isNotNull();
        Throwable root = thrown;
        while (root.getCause() != null) root = root.getCause();
        assertThat(root.getMessage()).contains(reason);
    }

    static void session(JdbcSessionJournal journal, String id, String trainee, String reply) {
        journal.begin(new SessionRecord(id, "gad-maya", trainee, "scripted", "core", START, null,
                SessionStatus.IN_PROGRESS));
        journal.append(id, new SessionTurn(0, Speaker.CLIENT, StoreContractTest.MAYA_OPENS, null,
                new ClientState(2, 6, 0), "opening", START));
        journal.append(id, StoreContractTest.trainee(1, reply, START.plusSeconds(20)));
        journal.append(id, new SessionTurn(2, Speaker.CLIENT, "Maybe.", null, new ClientState(3, 5, 1), null,
                START.plusSeconds(30)));
        journal.finish(id, START.plusSeconds(600));
    }
}
