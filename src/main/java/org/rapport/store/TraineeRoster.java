package org.rapport.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The trainees and supervisors on record. */
public class TraineeRoster {

    private final JdbcClient jdbc;
    private final Clock clock;

    public TraineeRoster(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    public List<Trainee> trainees() {
        return jdbc.sql("SELECT name, supervisor, created_at FROM trainees ORDER BY name")
                .query((rs, row) -> new Trainee(rs.getString("name"), rs.getString("supervisor"),
                        Columns.instant(rs, "created_at")))
                .list();
    }

    public Optional<Trainee> trainee(String name) {
        return jdbc.sql("SELECT name, supervisor, created_at FROM trainees WHERE name = ?").param(name)
                .query((rs, row) -> new Trainee(rs.getString("name"), rs.getString("supervisor"),
                        Columns.instant(rs, "created_at")))
                .optional();
    }

    /**
     * Puts a trainee on record if missing, and names their supervisor when one is given and none is set
     * yet (a supervisor is never silently replaced). Returns the trainee as stored.
     */
    public Trainee enrol(String name, String supervisor) {
        requireName("trainee", name);
        if (supervisor != null) ensureSupervisor(supervisor);
        Optional<Trainee> existing = trainee(name);
        if (existing.isEmpty()) {
            // asked before the insert: after a refusal PostgreSQL answers nothing more in the transaction
            boolean login = loginExists(name);
            try {
                jdbc.sql("INSERT INTO trainees (name, supervisor, created_at) VALUES (?, ?, ?)")
                        .params(name, supervisor, Columns.timestamp(clock.instant())).update();
            } catch (DuplicateKeyException hidden) {
                // On a shared server the row exists but row-level security hides it from this login.
                throw new IllegalStateException("trainee " + name + " is on record but not visible to this login"
                        + " (another supervisor's trainee?)");
            } catch (org.springframework.dao.DataAccessException refused) {
                // A supervisor enrols only a trainee who already has a login on the shared server.
                if (String.valueOf(refused.getMostSpecificCause().getMessage()).contains("row-level security")) {
                    String grant = "`db grant --trainee " + name + (supervisor == null ? "" : " --supervisor " + supervisor) + "`";
                    throw new IllegalStateException(login
                            ? "trainee " + name + " is not visible to this login (another supervisor's trainee, or not yet"
                                    + " put under you: the administrator runs " + grant + ")"
                            : "trainee " + name + " has no login on this server yet, so cannot be enrolled; the"
                                    + " administrator creates it with " + grant);
                }
                throw refused;
            }
        } else if (supervisor != null && existing.get().supervisor() == null) {
            jdbc.sql("UPDATE trainees SET supervisor = ? WHERE name = ? AND supervisor IS NULL")
                    .params(supervisor, name).update();
        }
        return trainee(name).orElseThrow(() -> new IllegalStateException("trainee " + name + " is not visible"));
    }

    /** Whether a database login of that name exists; false where there are no logins (the embedded store). */
    private boolean loginExists(String name) {
        try {
            return jdbc.sql("SELECT count(*) FROM pg_roles WHERE rolname = ?").param(name).query(Integer.class).single() > 0;
        } catch (org.springframework.dao.DataAccessException noLogins) {
            return false;
        }
    }

    public void ensureSupervisor(String name) {
        requireName("supervisor", name);
        boolean known = jdbc.sql("SELECT count(*) FROM supervisors WHERE name = ?").param(name)
                .query(Integer.class).single() > 0;
        if (known) return;
        try {
            jdbc.sql("INSERT INTO supervisors (name, created_at) VALUES (?, ?)")
                    .params(name, Columns.timestamp(clock.instant())).update();
        } catch (DuplicateKeyException raced) {
            // enrolled meanwhile
        }
    }

    static void requireName(String what, String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException(what + " name is empty");
        if (name.length() > 128) throw new IllegalArgumentException(what + " name is longer than 128 characters");
    }
}
