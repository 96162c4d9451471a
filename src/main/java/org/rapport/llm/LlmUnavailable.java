package org.rapport.llm;

/**
 * The model could not give an answer: every retry failed, or the fault was one retrying cannot fix.
 * The message is a short cause for people (status code, "timed out"), never a request or a key.
 */
public class LlmUnavailable extends RuntimeException {

    private final int attempts;
    private final boolean retriable;

    public LlmUnavailable(String message, Throwable cause, int attempts) {
        super(message, cause);
        this.attempts = attempts;
        this.retriable = false;
    }

    /** A fault raised by this code itself (a stream that fell silent), retriable as the flag says. */
    public LlmUnavailable(String message, boolean retriable) {
        super(message);
        this.attempts = 1;
        this.retriable = retriable;
    }

    public int attempts() {
        return attempts;
    }

    boolean retriable() {
        return retriable;
    }
}
