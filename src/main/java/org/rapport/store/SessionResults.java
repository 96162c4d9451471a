package org.rapport.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.rubric.TurnScore;
import org.rapport.session.SessionRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions with their scores summarised, overrides applied: the raw material of assignment status,
 * progress and the gradebook. Three queries whatever the number of sessions.
 */
public class SessionResults {

    private final JdbcClient jdbc;
    private final Rescoring rescoring;

    /** Scores taken as stored: for the single-user embedded store. */
    public SessionResults(DataSource dataSource) {
        this(dataSource, Rescoring.TRUST_STORED);
    }

    public SessionResults(DataSource dataSource, Rescoring rescoring) {
        this.jdbc = JdbcClient.create(dataSource);
        this.rescoring = rescoring;
    }

    /**
     * All sessions of one trainee (null: of everyone), oldest first, and the criteria they were scored
     * on. Replies a trainee's own login wrote are re-scored; a session whose stored scores the engine
     * does not give, or with a score that cannot be read, is kept but not graded, and said so in
     * {@link Results#notices()}.
     */
    public Results of(String trainee) {
        String where = trainee == null ? "" : " WHERE s.trainee = ?";
        List<Object> params = trainee == null ? List.of() : List.of(trainee);
        List<SessionRecord> sessions = jdbc.sql("SELECT s.* FROM sessions s" + where + " ORDER BY s.started_at, s.id")
                .params(params).query(JdbcSessionJournal::sessionRecord).list();
        Map<String, List<StoredTurn>> turns = new LinkedHashMap<>();
        jdbc.sql("SELECT t.* FROM turns t JOIN sessions s ON s.id = t.session_id" + where
                        + " ORDER BY t.session_id, t.turn_index")
                .params(params)
                .query(rs -> {
                    turns.computeIfAbsent(rs.getString("session_id"), k -> new ArrayList<>())
                            .add(JdbcSessionJournal.storedTurn(rs, 0));
                });
        Map<String, Map<Integer, Map<String, Integer>>> overrides = new LinkedHashMap<>();
        jdbc.sql("SELECT o.session_id, o.turn_index, o.criterion, o.supervisor_score FROM overrides o"
                        + " JOIN sessions s ON s.id = o.session_id" + where + " ORDER BY o.id")
                .params(params)
                .query(rs -> {
                    // later overrides of the same score supersede earlier ones
                    overrides.computeIfAbsent(rs.getString("session_id"), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getInt("turn_index"), k -> new LinkedHashMap<>())
                            .put(rs.getString("criterion"), Columns.integer(rs, "supervisor_score"));
                });

        Map<String, org.rapport.alliance.StoredRating> storedRatings = JdbcSessionJournal.ratings(jdbc, trainee);
        Map<String, String> raters = JdbcSessionJournal.raters(jdbc, trainee);
        Map<String, Confirmations.Confirmation> confirmed = Confirmations.of(jdbc, trainee);
        String login = Confirmations.login(jdbc);
        // the ratings as they may be shown: a trainee's that the session does not give are left out
        Map<String, org.rapport.alliance.StoredRating> ratings = new LinkedHashMap<>();
        Map<String, Map<Integer, TurnScore>> scores = new LinkedHashMap<>();
        Map<String, ScoreCheck> checks = new LinkedHashMap<>();
        List<String> notices = new ArrayList<>();
        for (SessionRecord record : sessions) {
            List<StoredTurn> stored = turns.getOrDefault(record.id(), List.of());
            Rescoring.Result result = rescoring.check(record, stored, storedRatings.get(record.id()), raters.get(record.id()),
                    confirmed.get(record.id()));
            Confirmations.confirmIfDue(jdbc, login, record, result, confirmed.get(record.id()));
            checks.put(record.id(), result.check());
            if (result.rating() != null) ratings.put(record.id(), result.rating());
            if (!result.check().graded()) {
                notices.add("session " + record.id() + " (" + record.trainee() + ") " + result.check().summary());
            }
            if (result.check().ratingProblem() != null) {
                notices.add("session " + record.id() + " (" + record.trainee() + "): " + result.check().ratingProblem());
            }
            Map<Integer, TurnScore> mine = new LinkedHashMap<>();
            for (StoredTurn t : stored) {
                if (t.turn().score() != null) mine.put(t.turn().index(), t.turn().score());
            }
            scores.put(record.id(), mine);
        }

        Set<String> criteria = new LinkedHashSet<>();
        scores.values().forEach(ts -> ts.values().forEach(s -> criteria.addAll(s.scores().keySet())));
        List<String> criterionIds = List.copyOf(criteria);
        List<ScoredSession> results = new ArrayList<>();
        for (SessionRecord record : sessions) {
            ScoreCheck check = checks.get(record.id());
            // scores the engine does not stand behind are never summarised as a grade
            Map<Integer, TurnScore> engine = check.graded() ? scores.getOrDefault(record.id(), Map.of()) : Map.of();
            Map<Integer, Map<String, Integer>> changed = overrides.getOrDefault(record.id(), Map.of());
            List<TurnScore> reviewed = new ArrayList<>();
            engine.forEach((index, score) -> reviewed.add(reviewed(score, changed.get(index))));
            int replies = (int) turns.getOrDefault(record.id(), List.of()).stream()
                    .filter(t -> t.turn().score() != null).count();
            int riskFlags = (int) engine.values().stream().filter(TurnScore::riskMishandled).count();
            results.add(new ScoredSession(record, TranscriptSummary.of(criterionIds, List.copyOf(engine.values())),
                    TranscriptSummary.of(criterionIds, reviewed), replies, check, riskFlags, ratings.get(record.id())));
        }
        results.sort(Comparator.comparing((ScoredSession s) -> s.record().startedAt()));
        return new Results(criterionIds, results, notices);
    }

    /**
     * The engine's judgement with the supervisor's scores in place of those they override; a null score
     * (a withdrawn override) leaves the engine's.
     */
    static TurnScore reviewed(TurnScore engine, Map<String, Integer> overrides) {
        if (overrides == null || overrides.values().stream().allMatch(java.util.Objects::isNull)) return engine;
        Map<String, Integer> scores = new LinkedHashMap<>(engine.scores());
        overrides.forEach((criterion, score) -> {
            if (score != null) scores.put(criterion, score);
        });
        return engine.withScores(scores, engine.evidence(), engine.feedback());
    }

    /** Sessions oldest first, and the criterion ids met in their scores (first-seen order). */
    public record Results(List<String> criteria, List<ScoredSession> sessions, List<String> notices) {

        public Results {
            criteria = List.copyOf(criteria);
            sessions = List.copyOf(sessions);
            notices = List.copyOf(notices);
        }

        public Results(List<String> criteria, List<ScoredSession> sessions) {
            this(criteria, sessions, List.of());
        }

        /** The notices about sessions of one trainee (all when null). */
        public List<String> noticesOf(String trainee) {
            if (trainee == null) return notices;
            List<String> out = new ArrayList<>();
            for (ScoredSession s : sessions) {
                if (!s.record().trainee().equals(trainee)) continue;
                if (!s.graded()) out.add("session " + s.record().id() + " (" + trainee + ") " + s.check().summary());
                if (s.check().ratingProblem() != null) {
                    out.add("session " + s.record().id() + " (" + trainee + "): " + s.check().ratingProblem());
                }
            }
            return out;
        }

        public List<ScoredSession> ofScenario(String trainee, String scenarioId) {
            return sessions.stream()
                    .filter(s -> s.record().trainee().equals(trainee))
                    .filter(s -> scenarioId.equals(s.record().scenarioId()))
                    .toList();
        }
    }
}
