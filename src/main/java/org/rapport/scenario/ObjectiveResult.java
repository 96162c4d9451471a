package org.rapport.scenario;

import java.util.List;

/**
 * Whether a session met one learning objective; {@code shortfalls} says, for each check that did not
 * hold, what was needed and what the session showed (e.g. "empathy mean >=3.5 (was 3.1)").
 */
public record ObjectiveResult(Objective objective, boolean met, List<String> shortfalls) {

    public ObjectiveResult {
        shortfalls = List.copyOf(shortfalls);
    }
}
