package org.rapport.store;

import java.util.List;

/**
 * Whether a session's stored scores may be shown as its grade. A session whose scores a trainee's own
 * login wrote is graded only when the engine, re-scoring the stored text under the session's rubric,
 * gives the same scores; otherwise it is "not graded" and {@code problems} say why.
 */
public record ScoreCheck(boolean graded, boolean rescored, List<String> problems) {

    /** Scores written by a trusted login (a supervisor's import, the owner), or on the single-user store. */
    public static final ScoreCheck TRUSTED = new ScoreCheck(true, false, List.of());
    /** Re-scored by the engine, which gave the stored scores. */
    public static final ScoreCheck CONFIRMED = new ScoreCheck(true, true, List.of());

    public ScoreCheck {
        problems = List.copyOf(problems);
    }

    public static ScoreCheck notGraded(List<String> problems) {
        return new ScoreCheck(false, true, problems);
    }

    /** One line for a table or a heading: "graded", or "not graded: <first problem> (+N more)". */
    public String summary() {
        if (graded) return "graded";
        return "not graded: " + problems.get(0) + (problems.size() > 1 ? " (+" + (problems.size() - 1) + " more)" : "");
    }
}
