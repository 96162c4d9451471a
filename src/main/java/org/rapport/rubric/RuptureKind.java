package org.rapport.rubric;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The two markers of an alliance rupture in what the client says (Safran &amp; Muran): withdrawal
 * (going quiet, minimal or over-ready agreement, deflecting, changing the topic, intellectualising) and
 * confrontation (complaints about the counsellor or the work, challenges to competence).
 */
public enum RuptureKind {
    WITHDRAWAL, CONFRONTATION;

    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind for a head label, or null for "none". */
    public static RuptureKind ofLabel(String label) {
        return label == null || label.equals("none") ? null : valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
}
