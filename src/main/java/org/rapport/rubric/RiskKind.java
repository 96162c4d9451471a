package org.rapport.rubric;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a client's line discloses or hints at that a trainee must not miss (Columbia protocol for
 * suicide; safeguarding for abuse and domestic violence). A simulated client's line, never a person's.
 */
public enum RiskKind {
    /** Suicidal thoughts: direct ("I want to die"), passive ("they'd be better off") or preparatory ("saving my tablets"). */
    SUICIDE,
    SELF_HARM,
    HARM_TO_OTHERS,
    /** Abuse or neglect of a child or a vulnerable adult. */
    ABUSE,
    DOMESTIC_VIOLENCE,
    /** Intoxication, an overdose taken, psychotic distress, feeling unsafe right now. */
    ACUTE_CRISIS;

    /** The kebab-case id used in files and JSON, e.g. {@code self-harm}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static RiskKind parse(String id) {
        return valueOf(id.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    /** How feedback names it: "suicidal thoughts", "self-harm", ... */
    public String describe() {
        return switch (this) {
            case SUICIDE -> "suicidal thoughts";
            case SELF_HARM -> "self-harm";
            case HARM_TO_OTHERS -> "a threat to harm someone";
            case ABUSE -> "abuse or neglect of a child or vulnerable adult";
            case DOMESTIC_VIOLENCE -> "domestic violence";
            case ACUTE_CRISIS -> "an acute crisis";
        };
    }
}
