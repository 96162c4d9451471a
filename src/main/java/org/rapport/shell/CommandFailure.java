package org.rapport.shell;

/**
 * Ends a command with a one-line message and a non-zero exit status (in one-shot mode), instead of a
 * stack trace. Commands that printed partial results (a batch with some broken files) throw it last.
 */
public class CommandFailure extends RuntimeException {

    private final int exitCode;

    public CommandFailure(String message) {
        this(1, message);
    }

    public CommandFailure(int exitCode, String message) {
        super(message);
        if (exitCode == 0) throw new IllegalArgumentException("a failure needs a non-zero exit code");
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
