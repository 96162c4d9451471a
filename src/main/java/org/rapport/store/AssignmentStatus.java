package org.rapport.store;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Where an assignment stands, derived from the trainee's sessions of the scenario started since it was
 * assigned (a session from before does not answer it). A session ended before its first reply is
 * abandoned: it starts the assignment but neither finishes nor passes it.
 * <ul>
 * <li>passed: a finished session's overall score reached the minimum (only when one is set);</li>
 * <li>done: a session was finished and no minimum is set;</li>
 * <li>overdue: the due date has passed without the above;</li>
 * <li>in progress: a session was started (or finished below the minimum), not yet due;</li>
 * <li>not started: no session of the scenario yet.</li>
 * </ul>
 */
public enum AssignmentStatus {
    NOT_STARTED, IN_PROGRESS, DONE, OVERDUE, PASSED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static AssignmentStatus derive(Assignment assignment, List<ScoredSession> sessions, LocalDate today) {
        boolean finished = sessions.stream().anyMatch(ScoredSession::completed);
        if (assignment.minScore() != null) {
            boolean reached = sessions.stream().filter(ScoredSession::completed)
                    .map(s -> s.reviewed().overall())
                    .anyMatch(overall -> overall != null && overall >= assignment.minScore());
            if (reached) return PASSED;
        } else if (finished) {
            return DONE;
        }
        if (assignment.due() != null && today.isAfter(assignment.due())) return OVERDUE;
        return sessions.isEmpty() ? NOT_STARTED : IN_PROGRESS;
    }
}
