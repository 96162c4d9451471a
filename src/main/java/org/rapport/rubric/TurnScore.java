package org.rapport.rubric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine's judgement of one trainee reply.
 *
 * @param codes      the therapist behaviour code (MITI/AnnoMI)
 * @param empathy    EPITOME mechanisms
 * @param scores     criterion id to 1–5 score, or null where the criterion does not apply (in rubric order)
 * @param evidence   what in the reply (and the client's line) the scores rest on
 * @param feedback   what the trainee can do next, in words a student learns from
 * @param roadblocks roadblocks to listening found in the reply
 * @param boundary   the boundary the client was testing, or null when none
 * @param confidence the learned heads' probabilities for the code ({@link Confidence#NONE} without heads)
 * @param risk       the risk the client's line disclosed or hinted at, which this reply answers, or null
 * @param riskEnquiry whether the reply asks directly about suicide or self-harm (the Columbia protocol's
 *                   plain question), whatever the client said
 * @param suggestion "one way to say it": a better reply to the same client line, or null where none is needed
 *                   (or none the engine scored higher was found)
 * @param suggestionFor the criterion the suggestion improves on (the one the turn's feedback addresses), or null
 *                   without a suggestion or in scores stored before it was recorded
 */
public record TurnScore(BehaviorCode codes, EmpathyMechanisms empathy, Map<String, Integer> scores,
        List<String> evidence, List<String> feedback, Set<Roadblock> roadblocks, BoundaryKind boundary, Confidence confidence,
        RiskKind risk, boolean riskEnquiry, String suggestion, String suggestionFor) {

    public static final String EMPATHY = "empathy";
    public static final String ACTIVE_LISTENING = "active_listening";
    public static final String BOUNDARY_SETTING = "boundary_setting";
    public static final String RISK_AND_SAFETY = "risk_and_safety";
    public static final String CULTURAL_HUMILITY = "cultural_humility";

    public TurnScore {
        java.util.Objects.requireNonNull(codes, "codes");
        java.util.Objects.requireNonNull(empathy, "empathy");
        // Map.copyOf refuses null values, and a null score is meaningful (criterion not applicable).
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        evidence = List.copyOf(evidence);
        feedback = List.copyOf(feedback);
        // in the enum's order, so that the same grade is written the same way in every run
        roadblocks = roadblocks.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(roadblocks));
        confidence = confidence == null ? Confidence.NONE : confidence;
    }

    /** A judgement of a reply to a line with no risk in play, without a suggested reply. */
    public TurnScore(BehaviorCode codes, EmpathyMechanisms empathy, Map<String, Integer> scores,
            List<String> evidence, List<String> feedback, Set<Roadblock> roadblocks, BoundaryKind boundary, Confidence confidence) {
        this(codes, empathy, scores, evidence, feedback, roadblocks, boundary, confidence, null, false, null, null);
    }

    /** The engine's judgement (the feedback layer adds the suggested reply). */
    public TurnScore(BehaviorCode codes, EmpathyMechanisms empathy, Map<String, Integer> scores,
            List<String> evidence, List<String> feedback, Set<Roadblock> roadblocks, BoundaryKind boundary, Confidence confidence,
            RiskKind risk, boolean riskEnquiry) {
        this(codes, empathy, scores, evidence, feedback, roadblocks, boundary, confidence, risk, riskEnquiry, null, null);
    }

    /**
     * The same judgement with the feedback a trainee reads in place of the engine's, and a suggested reply
     * that improves on {@code criterion}.
     */
    public TurnScore withFeedback(List<String> teaching, String suggested, String criterion) {
        return new TurnScore(codes, empathy, scores, evidence, teaching, roadblocks, boundary, confidence, risk, riskEnquiry, suggested,
                suggested == null ? null : criterion);
    }

    /** The suggested reply when it improves on {@code criterion}, else null (it answers another part of the turn). */
    public String suggestionFor(String criterion) {
        return suggestion != null && criterion.equals(suggestionFor) ? suggestion : null;
    }

    /** Whether this reply answered a risk cue poorly (risk and safety 1-3): the turn a supervisor must see. */
    public boolean riskMishandled() {
        Integer s = scores.get(RISK_AND_SAFETY);
        return risk != null && s != null && s <= 3;
    }

    /** A judgement without probabilities (rule-only engines, stored scores from before heads). */
    public TurnScore(BehaviorCode codes, EmpathyMechanisms empathy, Map<String, Integer> scores,
            List<String> evidence, List<String> feedback, Set<Roadblock> roadblocks, BoundaryKind boundary) {
        this(codes, empathy, scores, evidence, feedback, roadblocks, boundary, Confidence.NONE);
    }

    /** The same judgement with other criterion scores, evidence and feedback (a cap or a programme's scale applied). */
    public TurnScore withScores(Map<String, Integer> newScores, List<String> newEvidence, List<String> newFeedback) {
        return new TurnScore(codes, empathy, newScores, newEvidence, newFeedback, roadblocks, boundary, confidence, risk, riskEnquiry,
                suggestion, suggestionFor);
    }

    /** The score for a criterion, or null when it did not apply or the rubric lacks it. */
    public Integer score(String criterionId) {
        return scores.get(criterionId);
    }
}
