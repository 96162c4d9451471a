package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.client.ScriptedClient;
import org.rapport.rubric.RubricEngines;
import org.rapport.rubric.RubricLibrary;
import org.rapport.scenario.Scenario;
import org.rapport.scenario.ScenarioLibrary;
import org.rapport.scenario.ScenarioLoader;
import org.rapport.session.PracticeSession;
import org.rapport.session.RepliesFile;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The re-scoring a supervisor's process does, as the program wires it, with the real engine: a session
 * a trainee practised honestly (beats, boundary tests and all) is re-scored to exactly the scores it
 * was given live, so it counts as graded.
 */
class PostgresRescoringTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-08T12:00:00Z"), ZoneOffset.UTC);
    static final String TRAINEE = "rs_maia", SUPERVISOR = "rs_dr_okafor", PASSWORD = "what-else-is-there";
    static final ScenarioLibrary SCENARIOS = new ScenarioLibrary(Path.of("scenarios"), new ScenarioLoader());
    static final RubricLibrary RUBRICS = RubricLibrary.load(Path.of("rubrics"));

    static MigratingDataSource owner, trainee, supervisor;

    @BeforeAll
    static void connect() {
        if (!TestPostgres.configured()) return;
        owner = TestPostgres.ownerDataSource();
        DatabaseLogins logins = new DatabaseLogins(owner, new StoreSettings(TestPostgres.URL, null, null, null, true));
        JdbcClient jdbc = JdbcClient.create(owner);
        jdbc.sql("SELECT 1").query(Integer.class).single();
        for (String table : List.of("imports", "overrides", "comments", "session_ratings", "turns", "sessions", "assignments", "trainees",
                "supervisors")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        logins.grant(DatabaseLogins.Kind.SUPERVISOR, SUPERVISOR, null, PASSWORD, true);
        logins.grant(DatabaseLogins.Kind.TRAINEE, TRAINEE, SUPERVISOR, PASSWORD, true);
        trainee = TestPostgres.login(TRAINEE, PASSWORD);
        supervisor = TestPostgres.login(SUPERVISOR, PASSWORD);
    }

    @AfterAll
    static void disconnect() throws Exception {
        for (MigratingDataSource ds : new MigratingDataSource[] {trainee, supervisor, owner}) {
            if (ds != null) ds.close();
        }
    }

    /** The store's own wiring: no engines bean, the rubric library found when first needed. */
    static Rescoring wired() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("rubricLibrary", RUBRICS));
        return new StoreConfiguration().rescoring(new StoreSettings(TestPostgres.URL, null, null, null, true),
                beans.getBeanProvider(RubricEngines.class), beans.getBeanProvider(RubricLibrary.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"boundaries-leilani-good", "boundaries-leilani-poor", "trauma-grace-good", "gad-hector-poor"})
    void anHonestSessionIsReScoredToTheScoresItWasGiven(String replies) throws Exception {
        PracticeSession session = practise(replies, replies);

        ScoredSession read = read(replies);

        assertThat(read.check()).as(read.check().problems().toString()).isEqualTo(ScoreCheck.CONFIRMED);
        assertThat(read.replies()).isEqualTo(session.replies().size()).isPositive();
        assertThat(read.reviewed().overall()).isNotNull();
        assertThat(read.record().rubricVersion()).isEqualTo(RUBRICS.engine("core").rubric().version());
    }

    @Test
    void aSessionScoredUnderARubricVersionNoLongerAvailableIsNotGradedAndSaysWhy() throws Exception {
        practise("older-rubric", "gad-hector-poor");
        // practised before the rubric was revised: the program now has another version of it
        JdbcClient.create(owner).sql("UPDATE sessions SET rubric_version = '0.9' WHERE id = 'older-rubric'").update();

        ScoredSession read = read("older-rubric");

        assertThat(read.graded()).isFalse();
        assertThat(read.reviewed().overall()).isNull();
        assertThat(read.check().summary()).contains("not graded", "scored under rubric core version 0.9",
                "no longer available", "this program has version " + RUBRICS.engine("core").rubric().version());
        SessionReview review = new Reviews(supervisor, CLOCK, wired()).review("older-rubric");
        assertThat(SupervisorViews.review(review, ZoneOffset.UTC)).contains("NOT GRADED", "rubric core version 0.9",
                "re-scoring under another version would not be this session's grade");
        assertThat(review.rescored()).as("nothing is scored under another version").isEmpty();
    }

    /** The trainee practises {@code scenario-…} with the replies file {@code replies}, under their own login. */
    static PracticeSession practise(String id, String replies) throws Exception {
        TestPostgres.assumeConfigured();
        String scenarioId = replies.substring(0, replies.lastIndexOf('-'));
        Scenario scenario = SCENARIOS.get(scenarioId);
        PracticeSession session = PracticeSession.start(id, scenario, new ScriptedClient(scenario),
                RUBRICS.engine("core"), new JdbcSessionJournal(trainee, CLOCK), TRAINEE, "scripted", CLOCK);
        for (String reply : RepliesFile.read(Path.of("src/test/resources/replies", replies + ".txt"))) {
            if (!session.ended()) session.reply(reply, t -> { });
        }
        session.end();
        return session;
    }

    /** The session as the supervisor's process reads it. */
    static ScoredSession read(String id) {
        return new SessionResults(supervisor, wired()).of(TRAINEE).sessions().stream()
                .filter(s -> s.record().id().equals(id)).findFirst().orElseThrow();
    }
}
