package org.rapport.store;

import org.rapport.session.SessionTurn;

/**
 * A turn as read from the store: the turn (its score null when the stored one cannot be read), the
 * login that wrote it (null when unknown: written before the store recorded it, or on the embedded
 * store), and why the stored score could not be read (null when it could).
 */
public record StoredTurn(SessionTurn turn, String writtenBy, String unreadable) {

    public boolean readable() {
        return unreadable == null;
    }
}
