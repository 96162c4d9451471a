package org.rapport.transcript;

/** A transcript file that breaks its format, at a line and in a field when they are known. */
public class TranscriptFormatException extends Exception {

    private final Integer line;
    private final String field;

    public TranscriptFormatException(Integer line, String message) {
        this(line, null, message);
    }

    public TranscriptFormatException(Integer line, String field, String message) {
        super(message);
        this.line = line;
        this.field = field;
    }

    public Integer line() {
        return line;
    }

    /** The JSON path or CSV column the problem is in; null when it is not in one field. */
    public String field() {
        return field;
    }
}
