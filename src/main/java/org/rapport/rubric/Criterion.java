package org.rapport.rubric;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One scored dimension of a rubric, e.g. empathy, active_listening, boundary_setting.
 *
 * @param levels   anchored descriptions of scores 1 to 5 (what a reply at that level does)
 * @param feedback feedback texts by situation key (e.g. {@code no_feeling}, {@code advising}); the engine
 *                 picks the ones that fit a reply, so a program can reword them without touching code
 */
public record Criterion(String id, String name, String description, Map<Integer, String> levels,
        Map<String, String> feedback) {

    public Criterion {
        levels = levels == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(levels));
        feedback = feedback == null ? Map.of() : Collections.unmodifiableMap(new java.util.LinkedHashMap<>(feedback));
    }

    public Criterion(String id, String name, String description) {
        this(id, name, description, Map.of(), Map.of());
    }

    /** The anchored description of a score, or "" when the rubric gives none. */
    public String level(int score) {
        return levels.getOrDefault(score, "");
    }

    /** The feedback text for a situation, or null when the rubric has none for it. */
    public String feedback(String key) {
        return feedback.get(key);
    }

    public List<Integer> scale() {
        return List.copyOf(levels.keySet());
    }
}
