package org.rapport.transcript;

import java.util.List;

/** A conversation between a trainee and a client, as read from a file or recorded by a session. */
public record Transcript(String id, String source, List<Turn> turns) {

    public Transcript {
        turns = List.copyOf(turns);
    }
}
