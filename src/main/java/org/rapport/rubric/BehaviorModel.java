package org.rapport.rubric;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the engine weighs the evidence for a behaviour code: each label's score is its bias plus the
 * weighted sum of named reply features ({@link ReplyFeatures#NAMES}) plus {@code semantic_weight} times
 * how much closer the reply is to that label's exemplars than to the average label. The highest-scoring
 * behaviour wins, then the highest-scoring subtype within it.
 */
public record BehaviorModel(
        @JsonProperty("semantic_weight") double semanticWeight,
        Map<String, LabelWeights> behaviors,
        Map<String, LabelWeights> subtypes) {

    public static final BehaviorModel EMPTY = new BehaviorModel(0, null, null);

    public BehaviorModel {
        behaviors = behaviors == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(behaviors));
        subtypes = subtypes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(subtypes));
    }

    /** One label's bias and feature weights. */
    public record LabelWeights(double bias, Map<String, Double> weights) {
        public LabelWeights {
            weights = weights == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        }
    }
}
