package org.rapport.judgement;

/**
 * What a head looks at: the conversation before the client's line (may be empty), the client's line
 * (may be empty when the trainee speaks first) and the trainee's reply (empty for heads that judge the
 * client's line alone).
 */
public record JudgedText(String context, String client, String reply) {

    public JudgedText {
        context = context == null ? "" : context;
        client = client == null ? "" : client;
        reply = reply == null ? "" : reply;
    }

    /** A client line judged on its own (boundary tests, risk). */
    public static JudgedText clientLine(String client) {
        return new JudgedText("", client, "");
    }

    /** A reply to a client line, without earlier context. */
    public static JudgedText reply(String client, String reply) {
        return new JudgedText("", client, reply);
    }
}
