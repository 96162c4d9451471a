package org.rapport.session;

import java.util.List;

/** A session as read back from the journal. */
public record SavedSession(SessionRecord record, List<SessionTurn> turns) {

    public SavedSession {
        turns = List.copyOf(turns);
    }
}
