package org.rapport.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rapport.session.SessionRecord;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Grades the engine confirmed: a finished session that re-scored to exactly what was stored, confirmed
 * by the reader's login (a supervisor or the owner). Its grade then stands under the judgement it was
 * scored with, even after an upgrade gives the program another one, and it is not re-scored on every read.
 */
final class Confirmations {

    /** A confirmed grade: the judgement it was confirmed under, by whom (a database login) and when. */
    record Confirmation(String judgement, String confirmedBy, Instant confirmedAt) {
    }

    private Confirmations() {
    }

    /** The database login this connection acts as. */
    static String login(JdbcClient jdbc) {
        return jdbc.sql("SELECT CURRENT_USER").query(String.class).single();
    }

    /** The confirmations of one trainee's sessions (null: everyone's), by session id. */
    static Map<String, Confirmation> of(JdbcClient jdbc, String trainee) {
        String where = trainee == null ? "" : " WHERE s.trainee = ?";
        Map<String, Confirmation> found = new LinkedHashMap<>();
        jdbc.sql("SELECT c.* FROM confirmed_grades c JOIN sessions s ON s.id = c.session_id" + where)
                .params(trainee == null ? java.util.List.of() : java.util.List.of(trainee))
                .query(rs -> {
                    found.put(rs.getString("session_id"), new Confirmation(rs.getString("judgement"),
                            rs.getString("confirmed_by"), Columns.instant(rs, "confirmed_at")));
                });
        return found;
    }

    /**
     * Records that this session's grade is confirmed, when the check confirmed all of it and the session
     * is finished. The database names the login and the time, and refuses a trainee's own login: a
     * refusal (or another reader confirming it first) leaves the grade as it was, re-scored on each read.
     */
    static void confirmIfDue(JdbcClient jdbc, String login, SessionRecord record, Rescoring.Result result, Confirmation already) {
        // the trainee's own reads never confirm (the database would refuse): not asked on every view
        if (already != null || record.trainee().equals(login) || !Rescoring.confirmable(record, result)) return;
        try {
            jdbc.sql("INSERT INTO confirmed_grades (session_id, judgement, confirmed_by, confirmed_at)"
                            + " VALUES (?, ?, CURRENT_USER, CURRENT_TIMESTAMP)")
                    .params(record.id(), record.rubricVersion()).update();
        } catch (DataAccessException refused) {
            // not this login's to confirm; the session stays graded by re-scoring
        }
    }
}
