package org.rapport.rubric;

import java.util.List;

/**
 * Scores trainee replies against one rubric. The same engine drives live feedback, scripted branching
 * and batch grading; it needs no shell, store or network.
 */
public interface RubricEngine {

    /** The rubric this engine scores against. */
    Rubric rubric();

    TurnScore score(ReplyContext reply);

    /** Scores many replies at once; implementations batch the embedding work. */
    default List<TurnScore> scoreAll(List<ReplyContext> replies) {
        return replies.stream().map(this::score).toList();
    }
}
