package org.rapport.session;

/** Where a practice session stands. */
public enum SessionStatus {
    IN_PROGRESS, FINISHED
}
