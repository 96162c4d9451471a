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

    public SessionResults(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** All sessions of one trainee (null: of everyone), oldest first, and the criteria they were scored on. */
    public Results of(String trainee) {
        String where = trainee == null ? "" : " WHERE s.trainee = ?";
        List<Object> params = trainee == null ? List.of() : List.of(trainee);
        List<SessionRecord> sessions = jdbc.sql("SELECT s.* FROM sessions s" + where + " ORDER BY s.started_at, s.id")
                .params(params).query(JdbcSessionJournal::sessionRecord).list();
        Map<String, Map<Integer, TurnScore>> scores = new LinkedHashMap<>();
        jdbc.sql("SELECT t.session_id, t.turn_index, t.score_json FROM turns t JOIN sessions s ON s.id = t.session_id"
                        + where + (where.isEmpty() ? " WHERE" : " AND") + " t.score_json IS NOT NULL"
                        + " ORDER BY t.session_id, t.turn_index")
                .params(params)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getString("session_id"), k -> new LinkedHashMap<>())
                            .put(rs.getInt("turn_index"), TurnScoreJson.read(rs.getString("score_json")));
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

        Map<String, org.rapport.alliance.StoredRating> ratings = JdbcSessionJournal.ratings(jdbc, trainee);
        Set<String> criteria = new LinkedHashSet<>();
        scores.values().forEach(turns -> turns.values().forEach(s -> criteria.addAll(s.scores().keySet())));
        List<String> criterionIds = List.copyOf(criteria);
        List<ScoredSession> results = new ArrayList<>();
        for (SessionRecord record : sessions) {
            Map<Integer, TurnScore> engine = scores.getOrDefault(record.id(), Map.of());
            Map<Integer, Map<String, Integer>> changed = overrides.getOrDefault(record.id(), Map.of());
            List<TurnScore> reviewed = new ArrayList<>();
            engine.forEach((index, score) -> reviewed.add(reviewed(score, changed.get(index))));
            results.add(new ScoredSession(record, TranscriptSummary.of(criterionIds, List.copyOf(engine.values())),
                    TranscriptSummary.of(criterionIds, reviewed), engine.size(), ratings.get(record.id())));
        }
        results.sort(Comparator.comparing((ScoredSession s) -> s.record().startedAt()));
        return new Results(criterionIds, results);
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
        return new TurnScore(engine.codes(), engine.empathy(), scores, engine.evidence(), engine.feedback(),
                engine.roadblocks(), engine.boundary());
    }

    /** Sessions oldest first, and the criterion ids met in their scores (first-seen order). */
    public record Results(List<String> criteria, List<ScoredSession> sessions) {

        public List<ScoredSession> ofScenario(String trainee, String scenarioId) {
            return sessions.stream()
                    .filter(s -> s.record().trainee().equals(trainee))
                    .filter(s -> scenarioId.equals(s.record().scenarioId()))
                    .toList();
        }
    }
}
