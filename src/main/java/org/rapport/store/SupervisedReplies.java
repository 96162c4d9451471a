package org.rapport.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Replies a supervisor scored by hand: each criterion's latest standing override, with the reply and
 * the client line it answered. A programme's supervisors are raters too, so {@code calibrate --fit}
 * learns from these beside the programme's ratings file. Withdrawn overrides are left out, and on
 * PostgreSQL row security decides whose sessions the login sees.
 */
public final class SupervisedReplies {

    /** One supervisor's standing score for one criterion of one reply. */
    public record SupervisedScore(String sessionId, int turnIndex, String client, String reply, String criterion, int score,
            String by) {
    }

    private final JdbcClient jdbc;

    public SupervisedReplies(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The standing overrides of sessions scored with this rubric (sessions with no rubric id count as the default's). */
    public List<SupervisedScore> standing(String rubricId, boolean isDefault) {
        // Earlier client line of the same session: the line the reply answered.
        List<Row> rows = jdbc.sql("""
                SELECT o.id, o.session_id, o.turn_index, o.criterion, o.supervisor_score, o.overridden_by, t.text AS reply,
                       (SELECT c.text FROM turns c WHERE c.session_id = t.session_id AND c.speaker = 'client'
                          AND c.turn_index < t.turn_index ORDER BY c.turn_index DESC LIMIT 1) AS client
                FROM overrides o
                JOIN turns t ON t.session_id = o.session_id AND t.turn_index = o.turn_index
                JOIN sessions s ON s.id = o.session_id
                WHERE t.speaker = 'trainee' AND (s.rubric_id = ? OR (s.rubric_id IS NULL AND ?))
                ORDER BY o.id""")
                .params(rubricId, isDefault)
                .query((rs, n) -> new Row(rs.getString("session_id"), rs.getInt("turn_index"), rs.getString("criterion"),
                        Columns.integer(rs, "supervisor_score"), rs.getString("overridden_by"), rs.getString("client"),
                        rs.getString("reply")))
                .list();
        // A later row for the same score supersedes an earlier one; a withdrawal removes it.
        Map<String, Row> latest = new LinkedHashMap<>();
        for (Row r : rows) {
            String key = r.sessionId + "\u0000" + r.turnIndex + "\u0000" + r.criterion;
            latest.remove(key);
            if (r.score != null) latest.put(key, r);
        }
        List<SupervisedScore> out = new ArrayList<>();
        for (Row r : latest.values()) {
            out.add(new SupervisedScore(r.sessionId, r.turnIndex, r.client == null ? "" : r.client, r.reply, r.criterion, r.score, r.by));
        }
        return out;
    }

    private record Row(String sessionId, int turnIndex, String criterion, Integer score, String by, String client, String reply) {
    }
}
