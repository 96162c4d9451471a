package org.rapport.rubric;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replies and client lines written into the rubric as typical of a label. The engine compares a reply's
 * sentence vector with them (all-MiniLM-L6-v2), so adding exemplars tunes the engine without code.
 *
 * @param behavior         by subtype id (open, closed, simple, complex, information, advice, negotiation,
 *                         options) and {@code other}
 * @param empathy          by mechanism (emotional_reactions, interpretations, explorations) and {@code none}
 * @param boundaryTests    client lines by boundary-kind id, and {@code none} for ordinary lines
 * @param boundaryReplies  boundary replies by quality: {@code high} and {@code low}
 */
public record Exemplars(
        Map<String, List<String>> behavior,
        Map<String, List<String>> empathy,
        @JsonProperty("boundary_tests") Map<String, List<String>> boundaryTests,
        @JsonProperty("boundary_replies") Map<String, List<String>> boundaryReplies) {

    public static final Exemplars EMPTY = new Exemplars(null, null, null, null);

    public Exemplars {
        behavior = copy(behavior);
        empathy = copy(empathy);
        boundaryTests = copy(boundaryTests);
        boundaryReplies = copy(boundaryReplies);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        if (m == null) return Map.of();
        LinkedHashMap<String, List<String>> c = new LinkedHashMap<>();
        m.forEach((k, v) -> c.put(k, v == null ? List.of() : List.copyOf(v)));
        return Collections.unmodifiableMap(c);
    }
}
