package org.rapport.rubric;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How sure the learned heads are of a reply's judgement: the probability of each behaviour, of each
 * subtype of the chosen behaviour, and of the code given (behaviour times subtype). Empty when the
 * rubric has no trained heads.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Confidence(Map<String, Double> behaviours, Map<String, Double> subtypes, double code) {

    public static final Confidence NONE = new Confidence(Map.of(), Map.of(), 1.0);
    /** Below this the feedback is worded as a suggestion, not a verdict. */
    public static final double TENTATIVE_BELOW = 0.6;

    public Confidence {
        // Stored scores omit empty maps (and scores from before the heads have no confidence at all).
        behaviours = behaviours == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(behaviours));
        subtypes = subtypes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(subtypes));
    }

    /** After a rule recoded the reply (a "reflection" that directs): the heads' probability of the new behaviour. */
    public Confidence recoded(BehaviorCode code) {
        return new Confidence(behaviours, Map.of(), behaviours.getOrDefault(code.behavior().json(), 0.0));
    }

    /** The code's probability once the subtype is chosen: the behaviour's times the subtype head's for it. */
    public Confidence withSubtype(String subtype) {
        double b = behaviours.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
        return new Confidence(behaviours, subtypes, b * subtypes.getOrDefault(subtype, subtypes.isEmpty() ? 1.0 : 0.0));
    }

    public boolean tentative() {
        return !behaviours.isEmpty() && code < TENTATIVE_BELOW;
    }
}
