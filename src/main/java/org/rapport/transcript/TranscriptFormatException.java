package org.rapport.transcript;

/** A transcript file that breaks its format, at a line when one is known. */
public class TranscriptFormatException extends Exception {

    private final Integer line;

    public TranscriptFormatException(Integer line, String message) {
        super(message);
        this.line = line;
    }

    public Integer line() {
        return line;
    }
}
