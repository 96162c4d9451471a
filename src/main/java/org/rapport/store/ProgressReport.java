package org.rapport.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A trainee's scores over time: one row per finished session, oldest first, with the reviewed mean of
 * each criterion and the overall mean, and a sparkline per criterion.
 */
public record ProgressReport(String trainee, List<String> criteria, List<Row> rows, List<String> notices) {

    private static final char[] BARS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    public ProgressReport {
        criteria = List.copyOf(criteria);
        rows = List.copyOf(rows);
        notices = List.copyOf(notices);
    }

    public ProgressReport(String trainee, List<String> criteria, List<Row> rows) {
        this(trainee, criteria, rows, List.of());
    }

    public record Row(String sessionId, String scenarioId, Instant startedAt, Map<String, Double> scores,
            Double overall, int replies) {
    }

    public static ProgressReport of(String trainee, SessionResults.Results results) {
        List<Row> rows = new ArrayList<>();
        for (ScoredSession s : results.sessions()) {
            if (!s.finished() || !s.record().trainee().equals(trainee)) continue;
            rows.add(new Row(s.record().id(), s.record().scenarioId(), s.record().startedAt(),
                    new LinkedHashMap<>(s.reviewed().scores()), s.reviewed().overall(), s.replies()));
        }
        return new ProgressReport(trainee, results.criteria(), rows, results.noticesOf(trainee));
    }

    /** One character per session, ▁ for 1 up to █ for 5, a space where the criterion never applied. */
    public String sparkline(String criterion) {
        return sparkline(r -> r.scores().get(criterion));
    }

    public String overallSparkline() {
        return sparkline(Row::overall);
    }

    private String sparkline(Function<Row, Double> value) {
        StringBuilder line = new StringBuilder();
        for (Row row : rows) line.append(bar(value.apply(row)));
        return line.toString();
    }

    static char bar(Double score) {
        if (score == null) return ' ';
        double clamped = Math.max(1, Math.min(5, score));
        return BARS[(int) Math.round((clamped - 1) / 4 * (BARS.length - 1))];
    }

    public Map<String, String> sparklines() {
        Map<String, String> lines = new LinkedHashMap<>();
        criteria.forEach(c -> lines.put(c, sparkline(c)));
        lines.put("overall", overallSparkline());
        return lines;
    }
}
