package org.rapport.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.rubric.TurnScore;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionTurn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** A supervisor's review of a session: reading it turn by turn, overriding scores, commenting. */
public class Reviews {

    private final JdbcClient jdbc;
    private final JdbcSessionJournal journal;
    private final Clock clock;
    private final Rescoring rescoring;

    /** Scores taken as stored: for the single-user embedded store. */
    public Reviews(DataSource dataSource, Clock clock) {
        this(dataSource, clock, Rescoring.TRUST_STORED);
    }

    public Reviews(DataSource dataSource, Clock clock, Rescoring rescoring) {
        this.jdbc = JdbcClient.create(dataSource);
        this.journal = new JdbcSessionJournal(dataSource, clock);
        this.clock = clock;
        this.rescoring = rescoring;
    }

    public SessionReview review(String sessionId) {
        SessionRecord record = journal.record(sessionId).orElseThrow(() -> unknown(sessionId));
        List<StoredTurn> stored = journal.storedTurns(sessionId);
        List<SessionTurn> turns = stored.stream().map(StoredTurn::turn).toList();
        Confirmations.Confirmation confirmed = Confirmations.of(jdbc, record.trainee()).get(record.id());
        Rescoring.Result check = rescoring.check(record, stored,
                JdbcSessionJournal.ratings(jdbc, record.trainee()).get(record.id()),
                JdbcSessionJournal.raters(jdbc, record.trainee()).get(record.id()), confirmed);
        Confirmations.confirmIfDue(jdbc, Confirmations.login(jdbc), record, check, confirmed);
        List<ScoreOverride> overrides = overrides(sessionId);
        List<SupervisorComment> comments = comments(sessionId);

        Set<String> criteria = new LinkedHashSet<>();
        turns.stream().filter(t -> t.score() != null).forEach(t -> criteria.addAll(t.score().scores().keySet()));
        List<TurnScore> engineScores = new ArrayList<>();
        List<TurnScore> reviewedScores = new ArrayList<>();
        List<SessionReview.ReviewedTurn> reviewed = new ArrayList<>();
        for (SessionTurn turn : turns) {
            List<ScoreOverride> mine = overrides.stream().filter(o -> o.turnIndex() == turn.index()).toList();
            Map<String, Integer> scores = Map.of();
            if (turn.score() != null) {
                Map<String, Integer> changed = new LinkedHashMap<>();
                mine.forEach(o -> changed.put(o.criterion(), o.supervisorScore()));
                TurnScore after = SessionResults.reviewed(turn.score(), changed);
                // scores the engine does not stand behind are shown turn by turn but never summarised
                if (check.check().graded()) {
                    engineScores.add(turn.score());
                    reviewedScores.add(after);
                }
                scores = after.scores();
            }
            reviewed.add(new SessionReview.ReviewedTurn(turn, scores, mine,
                    comments.stream().filter(c -> c.turnIndex() != null && c.turnIndex() == turn.index()).toList()));
        }
        List<String> ids = List.copyOf(criteria);
        return new SessionReview(record, reviewed, comments.stream().filter(c -> c.turnIndex() == null).toList(),
                TranscriptSummary.of(ids, engineScores), TranscriptSummary.of(ids, reviewedScores), check.check(),
                check.engineScores(), check.rating());
    }

    /**
     * Records a supervisor's score for one criterion of one reply. The engine's score is copied beside
     * it and stays on record; nothing is updated in place. Where the engine judged the criterion not to
     * apply (n/a), a score is refused unless {@code applies}: the supervisor says it did apply.
     */
    public ScoreOverride override(String sessionId, int turnIndex, String criterion, int score, String note, String by,
            boolean applies) {
        if (score < 1 || score > 5) throw new IllegalArgumentException("a score is 1 to 5, was " + score);
        SessionTurn turn = scoredTurn(sessionId, turnIndex, criterion);
        if (turn.score().score(criterion) == null && !applies) {
            throw new IllegalArgumentException("the engine found " + criterion + " not applicable to turn " + turnIndex
                    + " (n/a); add --applies if it did apply and you want to score it");
        }
        return record(sessionId, turn, criterion, score, note, by);
    }

    /** An override where the engine scored the criterion (refused where it found it n/a). */
    public ScoreOverride override(String sessionId, int turnIndex, String criterion, int score, String note, String by) {
        return override(sessionId, turnIndex, criterion, score, note, by, false);
    }

    /**
     * Withdraws the supervisor's score for one criterion of one reply, so that the engine's counts again.
     * The withdrawal is recorded beside the override it withdraws; nothing is deleted.
     */
    public ScoreOverride withdraw(String sessionId, int turnIndex, String criterion, String note, String by) {
        SessionTurn turn = scoredTurn(sessionId, turnIndex, criterion);
        List<ScoreOverride> history = overrides(sessionId).stream()
                .filter(o -> o.turnIndex() == turnIndex && o.criterion().equals(criterion)).toList();
        if (history.isEmpty() || history.get(history.size() - 1).withdrawn()) {
            throw new IllegalArgumentException("turn " + turnIndex + " " + criterion + " has no override in effect to clear");
        }
        return record(sessionId, turn, criterion, null, note, by);
    }

    private SessionTurn scoredTurn(String sessionId, int turnIndex, String criterion) {
        journal.record(sessionId).orElseThrow(() -> unknown(sessionId));
        SessionTurn turn = journal.turns(sessionId).stream().filter(t -> t.index() == turnIndex).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("session " + sessionId + " has no turn " + turnIndex));
        if (turn.score() == null) {
            throw new IllegalArgumentException("turn " + turnIndex + " of session " + sessionId
                    + " is not a scored trainee reply");
        }
        if (!turn.score().scores().containsKey(criterion)) {
            throw new IllegalArgumentException("unknown criterion '" + criterion + "'; this reply was scored on "
                    + String.join(", ", turn.score().scores().keySet()));
        }
        return turn;
    }

    private ScoreOverride record(String sessionId, SessionTurn turn, String criterion, Integer score, String note,
            String by) {
        if (note == null || note.isBlank()) throw new IllegalArgumentException("an override needs a note saying why");
        TraineeRoster.requireName("supervisor", by);
        int turnIndex = turn.index();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO overrides (session_id, turn_index, criterion, engine_score, supervisor_score,
                                       overridden_by, overridden_at, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sessionId, turnIndex, criterion, turn.score().score(criterion), score, by,
                        Columns.timestamp(clock.instant()), note)
                .update(keys, "id");
        long id = generatedId(keys);
        return overrides(sessionId).stream().filter(o -> o.id() == id).findFirst()
                .orElseThrow(() -> new IllegalStateException("override was not recorded"));
    }

    public SupervisorComment comment(String sessionId, Integer turnIndex, String text, String by) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a comment needs text");
        TraineeRoster.requireName("supervisor", by);
        journal.record(sessionId).orElseThrow(() -> unknown(sessionId));
        if (turnIndex != null && journal.turns(sessionId).stream().noneMatch(t -> t.index() == turnIndex)) {
            throw new IllegalArgumentException("session " + sessionId + " has no turn " + turnIndex);
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO comments (session_id, turn_index, author, written_at, text) VALUES (?, ?, ?, ?, ?)")
                .params(sessionId, turnIndex, by, Columns.timestamp(clock.instant()), text)
                .update(keys, "id");
        long id = generatedId(keys);
        return comments(sessionId).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new IllegalStateException("comment was not recorded"));
    }

    public List<ScoreOverride> overrides(String sessionId) {
        return jdbc.sql("SELECT * FROM overrides WHERE session_id = ? ORDER BY id").param(sessionId)
                .query(Reviews::scoreOverride).list();
    }

    public List<SupervisorComment> comments(String sessionId) {
        return jdbc.sql("SELECT * FROM comments WHERE session_id = ? ORDER BY id").param(sessionId)
                .query((rs, row) -> new SupervisorComment(rs.getLong("id"), rs.getString("session_id"),
                        Columns.integer(rs, "turn_index"), rs.getString("author"), Columns.instant(rs, "written_at"),
                        rs.getString("text")))
                .list();
    }

    static ScoreOverride scoreOverride(ResultSet rs, int row) throws SQLException {
        return new ScoreOverride(rs.getLong("id"), rs.getString("session_id"), rs.getInt("turn_index"),
                rs.getString("criterion"), Columns.integer(rs, "engine_score"), Columns.integer(rs, "supervisor_score"),
                rs.getString("overridden_by"), rs.getString("db_login"), Columns.instant(rs, "overridden_at"),
                rs.getString("note"));
    }

    static long generatedId(KeyHolder keys) {
        Number key = keys.getKey();
        if (key == null) throw new IllegalStateException("the database returned no generated id");
        return key.longValue();
    }

    private static IllegalArgumentException unknown(String sessionId) {
        return new IllegalArgumentException("no session " + sessionId);
    }
}
