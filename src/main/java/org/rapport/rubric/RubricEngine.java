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

    /**
     * Which client lines show an alliance rupture, and of what kind (null where none, or where this
     * engine has no rupture judgement). One entry per line, in order; each line is read against the
     * client's line before it and the trainee's reply in between.
     */
    default List<RuptureKind> rupturesIn(List<ClientLine> clientLines) {
        return java.util.Collections.nCopies(clientLines.size(), null);
    }

    /**
     * Scores one reply and forgets the result: loads whatever the first score would otherwise wait for
     * (the embedding model, the exemplar vectors), so that the trainee's first reply does not.
     */
    default void warmUp() {
        score(ReplyContext.of("warm up", "warm up"));
    }

    /**
     * The sentence vector of a client line (the one kept from the call that just judged a reply to it, else
     * embedded now), or null for an engine without vectors. Lets the feedback layer rank the rubric's
     * exemplars by nearness to the line, the same whatever was embedded before.
     */
    default float[] clientVector(String clientLine) {
        return null;
    }

    /** Scores many replies at once; implementations batch the embedding work. */
    default List<TurnScore> scoreAll(List<ReplyContext> replies) {
        return replies.stream().map(this::score).toList();
    }
}
