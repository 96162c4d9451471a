package org.rapport.scenario;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a client talks (the conversational styles of Patient-Psi). */
public enum ConversationalStyle {
    PLAIN, UPSET, VERBOSE, RESERVED, TANGENT, PLEASING;

    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ConversationalStyle parse(String id) {
        return valueOf(id.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
