package org.rapport.rubric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A transcript's or session's summary: mean score per criterion over the replies it applied to
 * (null when it never applied), MITI figures, and the overall mean of the criterion means.
 */
public record TranscriptSummary(Map<String, Double> scores, MitiFigures miti, Double overall) {

    public TranscriptSummary {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    public static TranscriptSummary of(List<String> criterionIds, List<TurnScore> replies) {
        Map<String, Double> means = new LinkedHashMap<>();
        List<Double> present = new ArrayList<>();
        for (String id : criterionIds) {
            double sum = 0;
            int n = 0;
            for (TurnScore s : replies) {
                Integer v = s.score(id);
                if (v != null) {
                    sum += v;
                    n++;
                }
            }
            Double mean = n == 0 ? null : Math.round(sum / n * 10.0) / 10.0;
            means.put(id, mean);
            if (mean != null) present.add(mean);
        }
        Double overall = present.isEmpty() ? null
                : Math.round(present.stream().mapToDouble(Double::doubleValue).average().orElseThrow() * 10.0) / 10.0;
        return new TranscriptSummary(means, MitiFigures.ofScores(replies), overall);
    }
}
