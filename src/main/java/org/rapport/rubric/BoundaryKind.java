package org.rapport.rubric;

import com.fasterxml.jackson.annotation.JsonValue;

/** The ways a client can test the therapeutic frame (ACA 2014 Code, APA Ethics Code). */
public enum BoundaryKind {
    GIFT, SOCIAL_MEDIA, AFTER_HOURS_CONTACT, ROMANTIC_OR_PHYSICAL, PERSONAL_INFORMATION,
    DUAL_RELATIONSHIP, CONFIDENTIALITY, OUTSIDE_SCOPE, SESSION_TIME, PAYMENT;

    /** The kebab-case id used in scenario and rubric files, e.g. {@code after-hours-contact}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static BoundaryKind parse(String id) {
        return valueOf(id.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
