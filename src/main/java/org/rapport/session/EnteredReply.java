package org.rapport.session;

import java.time.Instant;
import java.util.Objects;

/**
 * A reply as the trainee entered it, kept before it is scored: if the process dies while the reply is
 * being scored or answered, resuming the session scores it then, so an entered reply is never lost.
 *
 * @param index the turn it will be in the session
 */
public record EnteredReply(int index, String text, Instant at) {

    public EnteredReply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        if (index < 1) throw new IllegalArgumentException("a reply follows the client's opening: index " + index);
    }
}
