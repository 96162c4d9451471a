package org.rapport.transcript;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An input that could not be read or graded: the file as it was named, the line where the problem was
 * found (null when no line applies, e.g. a missing file), and what was wrong.
 */
@JsonPropertyOrder({"source", "line", "message"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InputError(String source, Integer line, String message) {

    public InputError {
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(message, "message");
    }

    /** "cohort/t7.json:3: unexpected end of input", the way compilers and linters name a place. */
    @Override
    public String toString() {
        return source + (line == null ? "" : ":" + line) + ": " + message;
    }
}
