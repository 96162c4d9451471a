package org.rapport.client;

import java.util.Locale;

/**
 * Where a client line came from, so that a supervisor reading a session knows which lines are the
 * scenario's, which the model's, and which are not what the model would have said: an answer cut short
 * (its stream broke off, it ran past the turn's deadline or the length cap, or a later sentence broke
 * character and was withheld) or an authored line standing in for a model that gave no usable answer.
 *
 * @param cause for a cut-short or fallback line, why (e.g. "HTTP 503", "unusable answer (no words in
 *              it)"); null otherwise or when unknown
 */
public record ClientLineOrigin(Kind kind, String cause) {

    /** The longest cause kept: a short reason, never a stack of provider messages. */
    public static final int MAX_CAUSE_CHARS = 200;

    public enum Kind {
        /** The scenario's authored line for this moment (a scripted client, an injected beat, an authored opening). */
        SCRIPT,
        /** The language model's complete answer. */
        MODEL,
        /** The model's answer, stopped before it was complete; the line is what the trainee was shown. */
        CUT_SHORT,
        /** The model gave no usable answer; one of the scenario's authored lines stood in. */
        FALLBACK;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind named by {@link #json()}; null for null. */
        public static Kind of(String json) {
            if (json == null) return null;
            for (Kind k : values()) {
                if (k.json().equals(json)) return k;
            }
            throw new IllegalArgumentException("unknown client line origin '" + json + "'");
        }
    }

    public static final ClientLineOrigin SCRIPT = new ClientLineOrigin(Kind.SCRIPT, null);
    public static final ClientLineOrigin MODEL = new ClientLineOrigin(Kind.MODEL, null);

    public ClientLineOrigin {
        java.util.Objects.requireNonNull(kind, "kind");
        if (cause != null) {
            cause = cause.strip();
            if (cause.isEmpty()) cause = null;
            else if (cause.length() > MAX_CAUSE_CHARS) cause = cause.substring(0, MAX_CAUSE_CHARS - 1) + "…";
        }
    }

    public static ClientLineOrigin cutShort(String cause) {
        return new ClientLineOrigin(Kind.CUT_SHORT, cause);
    }

    public static ClientLineOrigin fallback(String cause) {
        return new ClientLineOrigin(Kind.FALLBACK, cause);
    }

    /** True for a line that is not what the model would have said whole: cut short, or a fallback. */
    public boolean marked() {
        return kind == Kind.CUT_SHORT || kind == Kind.FALLBACK;
    }

    /**
     * For a review: "cut short: the stream fell silent", "fallback line (the scenario's words, not the
     * model's): HTTP 503"; null for an unmarked line.
     */
    public String describe() {
        if (!marked()) return null;
        String what = kind == Kind.CUT_SHORT ? "cut short" : "fallback line (the scenario's words, not the model's)";
        return cause == null ? what : what + ": " + cause;
    }
}
