package org.rapport.transcript;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An input that could not be read or graded: the file as it was named, the line where the problem was
 * found (null when no line applies, e.g. a missing file), the field it is in (a JSON path such as
 * {@code turns[2].speaker}, a CSV column, or null when the problem is not in one field), and what was wrong.
 */
@JsonPropertyOrder({"source", "line", "field", "message"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InputError(String source, Integer line, String field, String message) {

    public InputError {
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(message, "message");
    }

    /** A problem with no single field, such as a missing file or a file that is not JSON at all. */
    public InputError(String source, Integer line, String message) {
        this(source, line, null, message);
    }

    /** "cohort/t7.json:3: turns[2].speaker: unknown speaker", the way compilers and linters name a place. */
    @Override
    public String toString() {
        return source + (line == null ? "" : ":" + line) + ": " + (field == null ? "" : field + ": ") + message;
    }
}
