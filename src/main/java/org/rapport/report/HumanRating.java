package org.rapport.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rapport.rubric.Behavior;
import org.rapport.rubric.BoundaryKind;

/**
 * One row of a program's own ratings: a trainee reply (and the client line it answers) as a human rater
 * scored it. {@code scores} holds only the criteria the rater scored; {@code behavior} and
 * {@code boundary} are null when not given.
 */
public record HumanRating(int line, String itemId, String rater, String client, String reply, BoundaryKind boundary,
        Behavior behavior, Map<String, Integer> scores) {

    public HumanRating {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }
}
