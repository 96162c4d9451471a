package org.rapport.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A scenario a supervisor set for a trainee, optionally by a due date and with a minimum overall score
 * (1–5, the mean of the criterion means of one finished session) to pass.
 */
public record Assignment(long id, String trainee, String scenarioId, LocalDate due, Double minScore,
        String assignedBy, Instant assignedAt) {
}
