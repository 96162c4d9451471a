package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionStatus;
import org.rapport.session.SessionTurn;
import org.rapport.transcript.Speaker;
import org.springframework.jdbc.core.simple.JdbcClient;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 file database, as a trainee's own machine runs it. */
class H2StoreTest extends StoreContractTest {

    @TempDir
    static Path home;
    static MigratingDataSource dataSource;

    @BeforeAll
    static void openDatabase() {
        dataSource = StoreConfiguration.embeddedIn(home);
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        dataSource.close();
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    /** The embedded store has no trigger guarding the rows: one that cannot be read is skipped and named. */
    @Test
    void aRowThatCannotBeReadIsSkippedAndNamedNotFatal() {
        finishedSession("fine", "alice", "gad-maya", Instant.parse("2026-03-05T10:00:00Z"), REFLECTION);
        journal.begin(new SessionRecord("broken", "gad-maya", "alice", "scripted", "core",
                Instant.parse("2026-03-06T10:00:00Z"), null, SessionStatus.IN_PROGRESS));
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO turns (session_id, turn_index, speaker, text, score_json, spoken_at)"
                + " VALUES ('broken', 1, 'trainee', 'hmm', '{\"codes\":{\"behavior\":\"telepathy\"}}', CURRENT_TIMESTAMP)")
                .update();
        jdbc.sql("INSERT INTO turns (session_id, turn_index, speaker, text, score_json, spoken_at)"
                + " VALUES ('broken', 2, 'trainee', 'hmm', ?, CURRENT_TIMESTAMP)")
                .param(TurnScoreJson.write(ScriptedRubricEngine.judge(REFLECTION)).replace("\"empathy\":4", "\"empathy\":99"))
                .update();
        new Assignments(dataSource, CLOCK).assign("alice", "gad-maya", null, null, "dr-lee");

        SessionResults.Results results = new SessionResults(dataSource).of(null);
        assertThat(results.notices()).singleElement().asString()
                .contains("broken", "turn 1", "telepathy", "+1 more");
        assertThat(results.sessions()).extracting(s -> s.record().id()).containsExactly("fine", "broken");
        assertThat(new Gradebook(dataSource, CLOCK).sheet().rows()).hasSize(1);
        SessionReview review = new Reviews(dataSource, CLOCK).review("broken");
        assertThat(review.check().problems()).hasSize(2).last().asString().contains("99, off the 1-5 scale");
        assertThat(SupervisorViews.review(review, java.time.ZoneOffset.UTC)).contains("NOT GRADED", "(not scored)");
    }

    /** Re-scoring where the author of a row is not known: the engine's score stands, a changed one does not. */
    @Test
    void rescoringGradesOnlyWhatTheEngineGives() {
        finishedSession("honest", "alice", "gad-maya", Instant.parse("2026-03-05T10:00:00Z"), REFLECTION, ADVICE);
        journal.begin(new SessionRecord("edited", "gad-maya", "alice", "scripted", "core",
                Instant.parse("2026-03-06T10:00:00Z"), null, SessionStatus.IN_PROGRESS));
        journal.append("edited", new SessionTurn(0, Speaker.CLIENT, MAYA_OPENS, null, null, null, Instant.EPOCH));
        journal.append("edited", new SessionTurn(1, Speaker.TRAINEE, ADVICE, ScriptedRubricEngine.judge(REFLECTION),
                null, null, Instant.EPOCH));
        journal.append("edited", new SessionTurn(2, Speaker.TRAINEE, QUESTION, null, null, null, Instant.EPOCH));
        journal.finish("edited", Instant.parse("2026-03-06T10:10:00Z"));
        ScriptedRubricEngine engine = new ScriptedRubricEngine();

        SessionResults.Results results = new SessionResults(dataSource, new Rescoring(() -> id -> engine)).of("alice");
        assertThat(results.sessions()).extracting(ScoredSession::check)
                .containsExactly(ScoreCheck.CONFIRMED, results.sessions().get(1).check());
        ScoreCheck edited = results.sessions().get(1).check();
        assertThat(edited.graded()).isFalse();
        assertThat(edited.problems()).containsExactly(
                "turn 1: scores do not match the engine's (code stored reflection/complex, engine input/advice;"
                        + " empathy stored 4, engine 1; active_listening stored 4, engine 2)",
                "turn 2: scores do not match the engine's (stored none, engine empathy 3, active_listening 3,"
                        + " boundary_setting n/a)");
        assertThat(results.sessions().get(1).reviewed().overall()).isNull();
        assertThat(results.sessions().get(0).reviewed().overall()).isNotNull();
        assertThat(engine.calls).isEqualTo(4);
    }
}
