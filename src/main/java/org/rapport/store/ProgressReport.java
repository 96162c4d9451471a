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

    /**
     * @param clientRating the client's session rating (total of 40, modelled on the SRS), null when the
     *                     session has none
     * @param dropoutRisk  true when that rating was flagged or a rupture went unrepaired; null without a rating
     */
    public record Row(String sessionId, String scenarioId, Instant startedAt, Map<String, Double> scores,
            Double overall, int replies, @com.fasterxml.jackson.annotation.JsonProperty("client_rating") Double clientRating,
            @com.fasterxml.jackson.annotation.JsonProperty("client_rating_flagged") Boolean clientRatingFlagged,
            @com.fasterxml.jackson.annotation.JsonProperty("dropout_risk") Boolean dropoutRisk) {

        public Row(String sessionId, String scenarioId, Instant startedAt, Map<String, Double> scores, Double overall, int replies) {
            this(sessionId, scenarioId, startedAt, scores, overall, replies, null, null, null);
        }
    }

    public static ProgressReport of(String trainee, SessionResults.Results results) {
        List<Row> rows = new ArrayList<>();
        for (ScoredSession s : results.sessions()) {
            if (!s.finished() || !s.record().trainee().equals(trainee)) continue;
            var rated = s.rating();
            rows.add(new Row(s.record().id(), s.record().scenarioId(), s.record().startedAt(),
                    new LinkedHashMap<>(s.reviewed().scores()), s.reviewed().overall(), s.replies(),
                    rated == null ? null : rated.rating().total(), rated == null ? null : rated.rating().flagged(),
                    rated == null ? null : rated.dropoutRisk()));
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

    /** The client's session ratings over the sessions, on the same bars (0-40 read as 1-5). */
    public String clientRatingSparkline() {
        return sparkline(r -> r.clientRating() == null ? null : 1 + r.clientRating() / 10);
    }

    public Map<String, String> sparklines() {
        Map<String, String> lines = new LinkedHashMap<>();
        criteria.forEach(c -> lines.put(c, sparkline(c)));
        lines.put("overall", overallSparkline());
        if (rows.stream().anyMatch(r -> r.clientRating() != null)) lines.put("client rating", clientRatingSparkline());
        return lines;
    }
}
