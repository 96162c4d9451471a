package org.rapport.rubric;

import java.util.List;

/**
 * Scores trainee replies against one rubric. The same engine drives live feedback, scripted branching
 * and batch grading; it needs no shell, store or network.
 */
public interface RubricEngine {

    /** The rubric this engine scores against. */
    Rubric rubric();

    /**
     * The version a session's scores are recorded under and re-scored against. For an engine whose
     * judgement lives in files beside the rubric (trained heads, a programme's rater scales, the rubric
     * file itself), it is the rubric's version followed by a fingerprint of those files
     * ({@code 1+3f2a9c1b07de}): retraining a head or editing a lexicon changes the scores a reply gets
     * even when nobody changes the version line, and a session must not be re-scored by a judgement it
     * was not scored with.
     */
    default String judgementVersion() {
        return rubric().version();
    }

    /**
     * Whether scores recorded under {@code recorded} are this engine's: the same judgement, or a version
     * on record from before judgements were fingerprinted (the number alone) that matches this rubric's,
     * or none on record at all.
     */
    default boolean judgesAs(String recorded) {
        return recorded == null || recorded.equals(judgementVersion())
                || (!recorded.contains("+") && recorded.equals(rubric().version()));
    }

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
     * Does ahead, while the trainee reads the client's line and types, the work a reply to it needs that does
     * not depend on the reply: reading the client's line, and scoring the suggestions likeliest to be offered.
     * {@code next} is the moment the reply will answer, with any reply text. Scores never depend on it; the
     * trainee's wait after Enter does.
     */
    default void prepare(ReplyContext next) {
    }

    /** Forgets the readings and scores kept from earlier calls, so that a benchmark starts each phase cold. */
    default void forgetRemembered() {
    }

    /**
     * The sentence vector of a client line (the one kept from the call that just judged a reply to it, else
     * embedded now), or null for an engine without vectors. Lets the feedback layer rank the rubric's
     * exemplars by nearness to the line, the same whatever was embedded before.
     */
    default float[] clientVector(String clientLine) {
        return null;
    }

    /**
     * The encoders whose sentence vectors this engine's judgement reads, by name (empty for an engine without
     * vectors): what a benchmark times the encoders alone over, to compare the engine's rate with theirs.
     */
    default List<String> encoders() {
        return List.of();
    }

    /** Scores many replies at once; implementations batch the embedding work. */
    default List<TurnScore> scoreAll(List<ReplyContext> replies) {
        return replies.stream().map(this::score).toList();
    }
}
