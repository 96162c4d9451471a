package org.rapport.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.rapport.client.ClientLineOrigin;
import org.rapport.client.ClientState;
import org.rapport.rubric.TurnScore;
import org.rapport.session.SavedSession;
import org.rapport.session.SessionJournal;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionStatus;
import org.rapport.session.SessionTurn;
import org.rapport.transcript.Speaker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session journal in the database. Each call commits before it returns (one statement in
 * auto-commit, or one short transaction), so a crash loses at most the reply being typed.
 */
public class JdbcSessionJournal implements SessionJournal {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TraineeRoster roster;
    private final Clock clock;

    public JdbcSessionJournal(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = Transactions.template(dataSource);
        this.roster = new TraineeRoster(dataSource, clock);
        this.clock = clock;
    }

    @Override
    public void begin(SessionRecord session) {
        transaction.executeWithoutResult(status -> {
            roster.enrol(session.trainee(), null);
            insertSession(jdbc, session);
        });
    }

    static void insertSession(JdbcClient jdbc, SessionRecord session) {
        jdbc.sql("""
                INSERT INTO sessions (id, trainee, scenario_id, client_mode, rubric_id, rubric_version, started_at, ended_at,
                                      status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(session.id(), session.trainee(), session.scenarioId(), session.clientMode(), session.rubricId(),
                        session.rubricVersion(), Columns.timestamp(session.startedAt()), Columns.timestamp(session.endedAt()),
                        (session.status() == null ? SessionStatus.IN_PROGRESS : session.status()).name())
                .update();
    }

    @Override
    public void append(String sessionId, SessionTurn turn) {
        insertTurn(jdbc, sessionId, turn, clock);
    }

    static void insertTurn(JdbcClient jdbc, String sessionId, SessionTurn turn, Clock clock) {
        TurnScore score = turn.score();
        ClientState state = turn.clientState();
        ClientLineOrigin origin = turn.origin();
        jdbc.sql("""
                INSERT INTO turns (session_id, turn_index, speaker, text, behavior, subtype,
                                   score_empathy, score_active_listening, score_boundary_setting, score_json,
                                   trust, distress, disclosure, beat_id, spoken_at, client_line_origin, client_line_cause)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sessionId, turn.index(), turn.speaker().json(), turn.text(),
                        score == null ? null : score.codes().behavior().json(),
                        score == null || score.codes().subtype() == null ? null : score.codes().subtype().json(),
                        score == null ? null : score.score(TurnScore.EMPATHY),
                        score == null ? null : score.score(TurnScore.ACTIVE_LISTENING),
                        score == null ? null : score.score(TurnScore.BOUNDARY_SETTING),
                        TurnScoreJson.write(score),
                        state == null ? null : state.trust(),
                        state == null ? null : state.distress(),
                        state == null ? null : state.disclosure(),
                        turn.beatId(),
                        Columns.timestamp(turn.at() == null ? clock.instant() : turn.at()),
                        origin == null ? null : origin.kind().json(),
                        origin == null || !origin.marked() ? null : origin.cause())
                .update();
    }

    @Override
    public void rate(String sessionId, org.rapport.alliance.StoredRating r) {
        jdbc.sql("""
                INSERT INTO session_ratings (session_id, checkin_individually, checkin_interpersonally, checkin_socially,
                                             checkin_overall, relationship, goals, approach, overall, total, flagged,
                                             client_comment, ruptures, unrepaired, dropout_risk, rated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sessionId, r.checkIn().individually(), r.checkIn().interpersonally(), r.checkIn().socially(),
                        r.checkIn().overall(), r.rating().relationship(), r.rating().goals(), r.rating().approach(),
                        r.rating().overall(), r.rating().total(), r.rating().flagged(), r.rating().comment(), r.ruptures(),
                        r.unrepaired(), r.dropoutRisk(), Columns.timestamp(clock.instant()))
                .update();
    }

    /** The stored ratings of sessions, by session id (of one trainee, or everyone's for null). */
    static java.util.Map<String, org.rapport.alliance.StoredRating> ratings(JdbcClient jdbc, String trainee) {
        String where = trainee == null ? "" : " WHERE s.trainee = ?";
        java.util.Map<String, org.rapport.alliance.StoredRating> out = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT r.* FROM session_ratings r JOIN sessions s ON s.id = r.session_id" + where)
                .params(trainee == null ? List.of() : List.of(trainee))
                .query(rs -> {
                    var checkIn = org.rapport.alliance.OutcomeRating.of(rs.getDouble("checkin_individually"),
                            rs.getDouble("checkin_interpersonally"), rs.getDouble("checkin_socially"), rs.getDouble("checkin_overall"));
                    var rating = org.rapport.alliance.SessionRating.of(rs.getDouble("relationship"), rs.getDouble("goals"),
                            rs.getDouble("approach"), rs.getDouble("overall"), rs.getString("client_comment"));
                    out.put(rs.getString("session_id"), new org.rapport.alliance.StoredRating(checkIn, rating, rs.getInt("ruptures"),
                            rs.getInt("unrepaired"), rs.getBoolean("dropout_risk")));
                });
        return out;
    }

    /** Who wrote the stored ratings, by session id (of one trainee, or everyone's for null); null where not on record. */
    static java.util.Map<String, String> raters(JdbcClient jdbc, String trainee) {
        String where = trainee == null ? "" : " WHERE s.trainee = ?";
        java.util.Map<String, String> out = new java.util.HashMap<>();
        jdbc.sql("SELECT r.session_id, r.rated_by FROM session_ratings r JOIN sessions s ON s.id = r.session_id" + where)
                .params(trainee == null ? List.of() : List.of(trainee))
                .query(rs -> {
                    out.put(rs.getString("session_id"), rs.getString("rated_by"));
                });
        return out;
    }

    @Override
    public void finish(String sessionId, Instant endedAt) {
        int updated = jdbc.sql("UPDATE sessions SET ended_at = ?, status = ? WHERE id = ?")
                .params(Columns.timestamp(endedAt), SessionStatus.FINISHED.name(), sessionId)
                .update();
        if (updated == 0) throw new IllegalArgumentException("no session " + sessionId);
    }

    @Override
    public Optional<SavedSession> load(String sessionId) {
        return record(sessionId).map(record -> new SavedSession(record, turns(sessionId)));
    }

    Optional<SessionRecord> record(String sessionId) {
        return jdbc.sql("SELECT * FROM sessions WHERE id = ?").param(sessionId)
                .query(JdbcSessionJournal::sessionRecord).optional();
    }

    /** The turns, oldest first; a turn whose stored score cannot be read comes with no score. */
    List<SessionTurn> turns(String sessionId) {
        return storedTurns(sessionId).stream().map(StoredTurn::turn).toList();
    }

    /** The turns as stored, with who wrote each and any score that cannot be read. */
    List<StoredTurn> storedTurns(String sessionId) {
        return jdbc.sql("SELECT * FROM turns WHERE session_id = ? ORDER BY turn_index").param(sessionId)
                .query(JdbcSessionJournal::storedTurn).list();
    }

    @Override
    public List<SessionRecord> list(String trainee) {
        if (trainee == null) {
            return jdbc.sql("SELECT * FROM sessions ORDER BY started_at DESC, id DESC")
                    .query(JdbcSessionJournal::sessionRecord).list();
        }
        return jdbc.sql("SELECT * FROM sessions WHERE trainee = ? ORDER BY started_at DESC, id DESC").param(trainee)
                .query(JdbcSessionJournal::sessionRecord).list();
    }

    static SessionRecord sessionRecord(ResultSet rs, int row) throws SQLException {
        return new SessionRecord(rs.getString("id"), rs.getString("scenario_id"), rs.getString("trainee"),
                rs.getString("client_mode"), rs.getString("rubric_id"), Columns.instant(rs, "started_at"),
                Columns.instant(rs, "ended_at"), SessionStatus.valueOf(rs.getString("status")), rs.getString("rubric_version"));
    }

    /**
     * One stored turn. A score that cannot be read (malformed JSON, an unknown code, a value off the
     * scale) leaves the turn unscored and says why, so that one bad row does not take down a whole view.
     */
    static StoredTurn storedTurn(ResultSet rs, int row) throws SQLException {
        Integer trust = Columns.integer(rs, "trust");
        ClientState state;
        String unreadable = null;
        try {
            state = trust == null ? null
                    : new ClientState(trust, Columns.integer(rs, "distress"), Columns.integer(rs, "disclosure"));
        } catch (IllegalArgumentException e) {
            state = null;
            unreadable = "client state: " + e.getMessage();
        }
        Speaker speaker = Speaker.valueOf(rs.getString("speaker").toUpperCase(java.util.Locale.ROOT));
        TurnScore score = null;
        try {
            score = TurnScoreJson.read(rs.getString("score_json"));
        } catch (IllegalStateException | IllegalArgumentException e) {
            unreadable = e.getMessage();
        }
        ClientLineOrigin origin = null;
        try {
            ClientLineOrigin.Kind kind = speaker == Speaker.CLIENT ? ClientLineOrigin.Kind.of(rs.getString("client_line_origin")) : null;
            origin = kind == null ? null : new ClientLineOrigin(kind, rs.getString("client_line_cause"));
        } catch (IllegalArgumentException e) {
            // the database's constraint keeps this from happening; an unknown origin is read as not on record
        }
        SessionTurn turn = new SessionTurn(rs.getInt("turn_index"), speaker, rs.getString("text"), score, state,
                rs.getString("beat_id"), Columns.instant(rs, "spoken_at"), origin);
        return new StoredTurn(turn, rs.getString("written_by"), unreadable);
    }

    static SessionTurn sessionTurn(ResultSet rs, int row) throws SQLException {
        return storedTurn(rs, row).turn();
    }
}
