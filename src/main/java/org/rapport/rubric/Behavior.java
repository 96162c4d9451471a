package org.rapport.rubric;

import com.fasterxml.jackson.annotation.JsonValue;

/** Therapist behaviour codes as used by the AnnoMI corpus (MITI-derived). */
public enum Behavior {
    QUESTION, REFLECTION, INPUT, OTHER;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Behavior parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
