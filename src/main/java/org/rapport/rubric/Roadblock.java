package org.rapport.rubric;

import com.fasterxml.jackson.annotation.JsonValue;

/** Gordon's roadblocks to listening that the engine names in feedback. */
public enum Roadblock {
    ORDERING, WARNING, MORALISING, ADVISING, PERSUADING, JUDGING, PRAISING, NAME_CALLING,
    ANALYSING, REASSURING, INTERROGATING, WITHDRAWING;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Roadblock parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
