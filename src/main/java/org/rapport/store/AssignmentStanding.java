package org.rapport.store;

import java.time.Instant;

/**
 * An assignment with where it stands: its status, how many sessions of the scenario the trainee
 * started and finished, the best reviewed overall score of a finished one, and when the last began.
 */
public record AssignmentStanding(Assignment assignment, AssignmentStatus status, int sessions, int finished,
        Double bestOverall, Instant lastSession, int riskFlags) {

    public AssignmentStanding(Assignment assignment, AssignmentStatus status, int sessions, int finished,
            Double bestOverall, Instant lastSession) {
        this(assignment, status, sessions, finished, bestOverall, lastSession, 0);
    }
}
