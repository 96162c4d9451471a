package org.rapport.feedback;

import java.util.Optional;

/**
 * Writes a better reply to a client line with a language model. The engine still scores what it writes:
 * it is shown only when it scores at least one level above the trainee's reply.
 */
public interface SuggestionModel {

    /**
     * @param clientLine what the client said
     * @param reply      the trainee's reply
     * @param priority   the feedback's priority item, which the better reply should put right
     * @param hint       the scenario's coaching for this line, or null
     * @return the model's reply, or empty when it could not write one (unreachable, empty answer)
     */
    Optional<String> write(String clientLine, String reply, String priority, String hint);
}
