package org.rapport.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Scenarios set for trainees, and where each stands. */
public class Assignments {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TraineeRoster roster;
    private final SessionResults results;
    private final Clock clock;

    public Assignments(DataSource dataSource, Clock clock) {
        this(dataSource, clock, new SessionResults(dataSource));
    }

    public Assignments(DataSource dataSource, Clock clock, SessionResults results) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = Transactions.template(dataSource);
        this.roster = new TraineeRoster(dataSource, clock);
        this.results = results;
        this.clock = clock;
    }

    /**
     * Sets a scenario for a trainee (enrolling the trainee under this supervisor if new). Assigning the
     * same scenario again updates its due date and minimum score.
     */
    public Assignment assign(String trainee, String scenarioId, LocalDate due, Double minScore, String by) {
        if (scenarioId == null || scenarioId.isBlank()) throw new IllegalArgumentException("scenario id is empty");
        if (minScore != null && (minScore < 1 || minScore > 5)) {
            throw new IllegalArgumentException("minimum score must be between 1 and 5, was " + minScore);
        }
        TraineeRoster.requireName("supervisor", by);
        return transaction.execute(status -> {
            roster.enrol(trainee, by);
            Optional<Assignment> existing = find(trainee, scenarioId);
            if (existing.isPresent()) {
                jdbc.sql("UPDATE assignments SET due = ?, min_score = ? WHERE id = ?")
                        .params(due, minScore == null ? null : java.math.BigDecimal.valueOf(minScore),
                                existing.get().id())
                        .update();
            } else {
                jdbc.sql("""
                        INSERT INTO assignments (trainee, scenario_id, due, min_score, assigned_by, assigned_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(trainee, scenarioId, due, minScore == null ? null : java.math.BigDecimal.valueOf(minScore),
                                by, Columns.timestamp(clock.instant()))
                        .update();
            }
            return find(trainee, scenarioId).orElseThrow();
        });
    }

    public Optional<Assignment> find(String trainee, String scenarioId) {
        return jdbc.sql("SELECT * FROM assignments WHERE trainee = ? AND scenario_id = ?")
                .params(trainee, scenarioId).query(Assignments::assignment).optional();
    }

    /** Assignments soonest due first (those without a due date last), then by trainee and scenario. */
    public List<Assignment> list(String trainee) {
        if (trainee == null) {
            return jdbc.sql("SELECT * FROM assignments ORDER BY due NULLS LAST, trainee, scenario_id")
                    .query(Assignments::assignment).list();
        }
        return jdbc.sql("SELECT * FROM assignments WHERE trainee = ? ORDER BY due NULLS LAST, scenario_id").param(trainee)
                .query(Assignments::assignment).list();
    }

    /** Every assignment (of one trainee, or of all when null) with its status as of today. */
    public List<AssignmentStanding> standings(String trainee) {
        return overview(trainee).standings();
    }

    /** The standings, and the sessions left out of them (not graded), each said in a line. */
    public record Overview(List<AssignmentStanding> standings, List<String> notices) {
    }

    public Overview overview(String trainee) {
        SessionResults.Results all = results.of(trainee);
        return new Overview(standings(list(trainee), all, LocalDate.now(clock)), all.notices());
    }

    static List<AssignmentStanding> standings(List<Assignment> assignments, SessionResults.Results results,
            LocalDate today) {
        return assignments.stream()
                .map(a -> standing(a, results.ofScenario(a.trainee(), a.scenarioId()), today))
                .toList();
    }

    /** The sessions of the scenario that answer the assignment: those started since it was assigned. */
    static List<ScoredSession> since(Assignment assignment, List<ScoredSession> ofScenario) {
        return ofScenario.stream()
                .filter(s -> assignment.assignedAt() == null || !s.record().startedAt().isBefore(assignment.assignedAt()))
                .toList();
    }

    static AssignmentStanding standing(Assignment assignment, List<ScoredSession> ofScenario, LocalDate today) {
        List<ScoredSession> sessions = since(assignment, ofScenario);
        List<ScoredSession> finished = sessions.stream().filter(ScoredSession::completed).toList();
        Double best = finished.stream().map(s -> s.reviewed().overall()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        var last = sessions.stream().map(s -> s.record().startedAt()).max(Comparator.naturalOrder()).orElse(null);
        return new AssignmentStanding(assignment, AssignmentStatus.derive(assignment, sessions, today),
                sessions.size(), finished.size(), best, last);
    }

    static Assignment assignment(ResultSet rs, int row) throws SQLException {
        return new Assignment(rs.getLong("id"), rs.getString("trainee"), rs.getString("scenario_id"),
                Columns.date(rs, "due"), Columns.decimal(rs, "min_score"), rs.getString("assigned_by"),
                Columns.instant(rs, "assigned_at"));
    }
}
