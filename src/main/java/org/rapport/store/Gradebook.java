package org.rapport.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The program's gradebook: one row per trainee and assignment, plus a row for each scenario a trainee
 * practised (or had imported) without it being assigned, and a row for a trainee with neither.
 */
public class Gradebook {

    public static final String UNASSIGNED = "unassigned";

    private final TraineeRoster roster;
    private final Assignments assignments;
    private final SessionResults results;
    private final Clock clock;

    public Gradebook(DataSource dataSource, Clock clock) {
        this(dataSource, clock, new SessionResults(dataSource));
    }

    public Gradebook(DataSource dataSource, Clock clock, SessionResults results) {
        this.roster = new TraineeRoster(dataSource, clock);
        this.assignments = new Assignments(dataSource, clock, results);
        this.results = results;
        this.clock = clock;
    }

    /**
     * @param criterionMeans     per criterion, the mean over finished sessions of each session's mean
     *                           (reviewed scores); null when no finished session was scored on it
     * @param riskFlags          replies, over the row's sessions, that missed or mishandled a risk cue
     * @param clientRatingMean   the mean of the client's session ratings (of 40, modelled on the SRS) over the
     *                           finished sessions that have one; null when none has
     * @param clientRatingLast   the latest of those ratings
     * @param dropoutRisk        the latest rated session carries a dropout risk (flagged alliance or an unrepaired
     *                           rupture); null without a rated session
     */
    public record Row(String trainee, String scenarioId, String status, LocalDate due, Double minScore, int sessions,
            int finished, Double bestOverall, Map<String, Double> criterionMeans, LocalDate lastSession, int riskFlags,
            Double clientRatingMean, Double clientRatingLast, Boolean dropoutRisk) {

        public Row(String trainee, String scenarioId, String status, LocalDate due, Double minScore, int sessions,
                int finished, Double bestOverall, Map<String, Double> criterionMeans, LocalDate lastSession) {
            this(trainee, scenarioId, status, due, minScore, sessions, finished, bestOverall, criterionMeans, lastSession, 0, null, null, null);
        }

        public Row(String trainee, String scenarioId, String status, LocalDate due, Double minScore, int sessions,
                int finished, Double bestOverall, Map<String, Double> criterionMeans, LocalDate lastSession, int riskFlags) {
            this(trainee, scenarioId, status, due, minScore, sessions, finished, bestOverall, criterionMeans, lastSession, riskFlags,
                    null, null, null);
        }
    }

    /** {@code notices}: the sessions left out of the figures (not graded), each said in a line. */
    public record Sheet(List<String> criteria, List<Row> rows, List<String> notices) {

        public Sheet(List<String> criteria, List<Row> rows) {
            this(criteria, rows, List.of());
        }
    }

    public Sheet sheet() {
        SessionResults.Results all = results.of(null);
        List<String> criteria = all.criteria().isEmpty()
                ? List.of(org.rapport.rubric.TurnScore.EMPATHY, org.rapport.rubric.TurnScore.ACTIVE_LISTENING,
                        org.rapport.rubric.TurnScore.BOUNDARY_SETTING)
                : all.criteria();
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        List<Assignment> assigned = assignments.list(null).stream()
                .sorted(Comparator.comparing(Assignment::scenarioId)).toList();
        Set<String> trainees = new LinkedHashSet<>();
        roster.trainees().stream().map(Trainee::name).sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(n -> n))
                .forEach(trainees::add);
        List<Row> rows = new ArrayList<>();
        for (String trainee : trainees) {
            Set<String> covered = new LinkedHashSet<>();
            for (Assignment a : assigned) {
                if (!a.trainee().equals(trainee)) continue;
                covered.add(a.scenarioId());
                List<ScoredSession> sessions = Assignments.since(a, all.ofScenario(trainee, a.scenarioId()));
                AssignmentStanding standing = Assignments.standing(a, sessions, today);
                rows.add(row(trainee, a.scenarioId(), standing.status().label(), a.due(), a.minScore(), sessions,
                        criteria, zone));
            }
            Set<String> practised = new LinkedHashSet<>();
            all.sessions().stream().filter(s -> s.record().trainee().equals(trainee))
                    .map(s -> s.record().scenarioId()).filter(Objects::nonNull).forEach(practised::add);
            for (String scenario : practised) {
                if (covered.add(scenario)) {
                    rows.add(row(trainee, scenario, UNASSIGNED, null, null, all.ofScenario(trainee, scenario),
                            criteria, zone));
                }
            }
            if (covered.isEmpty()) rows.add(row(trainee, "", "", null, null, List.of(), criteria, zone));
        }
        return new Sheet(criteria, rows, all.notices());
    }

    private static Row row(String trainee, String scenario, String status, LocalDate due, Double minScore,
            List<ScoredSession> sessions, List<String> criteria, ZoneId zone) {
        List<ScoredSession> finished = sessions.stream().filter(ScoredSession::completed).toList();
        Double best = finished.stream().map(s -> s.reviewed().overall()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        Map<String, Double> means = new LinkedHashMap<>();
        for (String criterion : criteria) {
            means.put(criterion, round(finished.stream().map(s -> s.reviewed().scores().get(criterion))
                    .filter(Objects::nonNull).mapToDouble(Double::doubleValue).average()));
        }
        LocalDate last = sessions.stream().map(s -> s.record().startedAt()).max(Comparator.naturalOrder())
                .map(i -> LocalDate.ofInstant(i, zone)).orElse(null);
        int riskFlags = sessions.stream().mapToInt(ScoredSession::riskFlags).sum();
        List<org.rapport.alliance.StoredRating> rated = finished.stream().map(ScoredSession::rating).filter(Objects::nonNull).toList();
        Double ratingMean = round(rated.stream().mapToDouble(r -> r.rating().total()).average());
        org.rapport.alliance.StoredRating latest = rated.isEmpty() ? null : rated.get(rated.size() - 1);
        return new Row(trainee, scenario, status, due, minScore, sessions.size(), finished.size(), best, means, last, riskFlags, ratingMean,
                latest == null ? null : latest.rating().total(), latest == null ? null : latest.dropoutRisk());
    }

    private static Double round(java.util.OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 10.0) / 10.0 : null;
    }

    /** Writes the sheet as CSV (RFC 4180, header first). */
    public static void writeCsv(Sheet sheet, Writer out) {
        try {
            List<String> header = new ArrayList<>(List.of("trainee", "scenario", "status", "due", "min_score",
                    "sessions", "finished", "best_overall"));
            sheet.criteria().forEach(c -> header.add(c + "_mean"));
            header.add("last_session");
            header.add("risk_flags");
            header.addAll(List.of("client_rating_mean", "client_rating_last", "dropout_risk"));
            line(out, header);
            for (Row row : sheet.rows()) {
                List<String> cells = new ArrayList<>(List.of(row.trainee(), row.scenarioId(), row.status(),
                        text(row.due()), number(row.minScore()), String.valueOf(row.sessions()),
                        String.valueOf(row.finished()), number(row.bestOverall())));
                sheet.criteria().forEach(c -> cells.add(number(row.criterionMeans().get(c))));
                cells.add(text(row.lastSession()));
                cells.add(row.riskFlags() == 0 ? "" : String.valueOf(row.riskFlags()));
                cells.add(number(row.clientRatingMean()));
                cells.add(number(row.clientRatingLast()));
                cells.add(row.dropoutRisk() == null ? "" : row.dropoutRisk() ? "yes" : "no");
                line(out, cells);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) line.append(',');
            line.append(cell(cells.get(i)));
        }
        out.write(line.append("\r\n").toString());
    }

    /**
     * Quotes a cell when it needs it, and defuses text a spreadsheet would run as a formula (names are
     * typed by people; a name starting with "=" must stay a name).
     */
    static String cell(String value) {
        if (value == null) return "";
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
