package org.rapport.rubric;

import java.util.List;

/**
 * A rubric file: the criteria a reply is scored on. (The engine work fills in levels, indicators,
 * exemplars and calibration cases; other packages only read id, version and criterion ids.)
 */
public record Rubric(String id, String version, String title, List<Criterion> criteria) {

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    public List<String> criterionIds() {
        return criteria.stream().map(Criterion::id).toList();
    }
}
