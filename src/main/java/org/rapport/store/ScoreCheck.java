package org.rapport.store;

import java.util.List;

/**
 * Whether a session's stored scores may be shown as its grade. A session whose scores a trainee's own
 * login wrote is graded only when the engine, re-scoring the stored text under the session's rubric,
 * gives the same scores and, where it is replayed against its scenario, the client's lines are the
 * scenario's; otherwise it is "not graded" and {@code problems} say why.
 *
 * @param unverifiedLines turn indexes of client lines a language model wrote in its own words, in the
 *                        trainee's own process: nothing can replay them, so they are reported, not checked
 * @param ratingProblem   why the client's ratings are not shown (they differ from the ones the session
 *                        gives, or could not be checked); null when they are shown or there are none
 */
public record ScoreCheck(boolean graded, boolean rescored, List<String> problems, List<Integer> unverifiedLines,
        String ratingProblem) {

    /** Scores written by a trusted login (a supervisor's import, the owner), or on the single-user store. */
    public static final ScoreCheck TRUSTED = new ScoreCheck(true, false, List.of());
    /** Re-scored by the engine, which gave the stored scores. */
    public static final ScoreCheck CONFIRMED = new ScoreCheck(true, true, List.of());

    public ScoreCheck {
        problems = List.copyOf(problems);
        unverifiedLines = unverifiedLines == null ? List.of() : List.copyOf(unverifiedLines);
    }

    public ScoreCheck(boolean graded, boolean rescored, List<String> problems) {
        this(graded, rescored, problems, List.of(), null);
    }

    public static ScoreCheck notGraded(List<String> problems) {
        return new ScoreCheck(false, true, problems);
    }

    public static ScoreCheck notGraded(List<String> problems, List<Integer> unverifiedLines, String ratingProblem) {
        return new ScoreCheck(false, true, problems, unverifiedLines, ratingProblem);
    }

    /** One line for a table or a heading: "graded", or "not graded: <first problem> (+N more)". */
    public String summary() {
        if (graded) return "graded";
        return "not graded: " + problems.get(0) + (problems.size() > 1 ? " (+" + (problems.size() - 1) + " more)" : "");
    }

    /** For a review: what could not be verified about the client's lines, or null when nothing. */
    public String unverifiedSummary() {
        if (unverifiedLines.isEmpty()) return null;
        return (unverifiedLines.size() == 1 ? "1 client line was" : unverifiedLines.size() + " client lines were")
                + " written by a language model in the trainee's own process (turn "
                + String.join(", ", unverifiedLines.stream().map(String::valueOf).toList())
                + "): nothing can replay a model's own words, so Rapport cannot check that the client said them,"
                + " and the replies to them are scored against lines it cannot vouch for";
    }
}
