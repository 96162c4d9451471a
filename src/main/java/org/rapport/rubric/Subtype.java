package org.rapport.rubric;

import com.fasterxml.jackson.annotation.JsonValue;

/** Refines a {@link Behavior}: open/closed questions, simple/complex reflections, four kinds of input. */
public enum Subtype {
    OPEN(Behavior.QUESTION), CLOSED(Behavior.QUESTION),
    SIMPLE(Behavior.REFLECTION), COMPLEX(Behavior.REFLECTION),
    INFORMATION(Behavior.INPUT), ADVICE(Behavior.INPUT), NEGOTIATION(Behavior.INPUT), OPTIONS(Behavior.INPUT);

    private final Behavior behavior;

    Subtype(Behavior behavior) {
        this.behavior = behavior;
    }

    public Behavior behavior() {
        return behavior;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Subtype parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
