package org.rapport.rubric;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * EPITOME's three empathy mechanisms (Sharma et al., 2020), each 0 = none, 1 = weak, 2 = strong.
 */
public record EmpathyMechanisms(
        @JsonProperty("emotional_reactions") int emotionalReactions,
        @JsonProperty("interpretations") int interpretations,
        @JsonProperty("explorations") int explorations) {

    public static final EmpathyMechanisms NONE = new EmpathyMechanisms(0, 0, 0);

    public EmpathyMechanisms {
        check("emotional_reactions", emotionalReactions);
        check("interpretations", interpretations);
        check("explorations", explorations);
    }

    private static void check(String name, int level) {
        if (level < 0 || level > 2) throw new IllegalArgumentException(name + " must be 0, 1 or 2, was " + level);
    }

    public int total() {
        return emotionalReactions + interpretations + explorations;
    }
}
