package org.rapport.transcript;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who spoke a turn. The trainee is the counselor in training; the client is simulated or recorded. */
public enum Speaker {
    CLIENT, TRAINEE;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
