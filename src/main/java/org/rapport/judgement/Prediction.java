package org.rapport.judgement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a head predicts for one input: a probability for each of its labels (summing to 1), in the
 * head's label order.
 */
public record Prediction(Map<String, Double> probabilities) {

    public Prediction {
        if (probabilities.isEmpty()) throw new IllegalArgumentException("a prediction needs at least one label");
        probabilities = Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
    }

    /** The most probable label (the first in label order on a tie). */
    public String label() {
        String best = null;
        double p = -1;
        for (Map.Entry<String, Double> e : probabilities.entrySet()) {
            if (e.getValue() > p) {
                p = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** The probability of the most probable label. */
    public double probability() {
        return probabilities.get(label());
    }

    /** The probability of one label; 0 for a label the head does not know. */
    public double probabilityOf(String label) {
        return probabilities.getOrDefault(label, 0.0);
    }
}
