package org.rapport.rubric;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The word and phrase lists a rubric's detectors use (see {@link org.rapport.nlp.PhraseList} for the
 * pattern syntax). Keys of the grouped lists are roadblock ids, boundary-kind ids and the parts of a
 * boundary reply; the loader checks them.
 */
public record Lexicons(
        List<String> feelings,
        @JsonProperty("reflection_stems") List<String> reflectionStems,
        @JsonProperty("open_question_stems") List<String> openQuestionStems,
        @JsonProperty("closed_question_stems") List<String> closedQuestionStems,
        @JsonProperty("elaboration_requests") List<String> elaborationRequests,
        @JsonProperty("complex_reflection_markers") List<String> complexReflectionMarkers,
        List<String> acknowledgements,
        List<String> affirmations,
        List<String> structuring,
        List<String> advice,
        List<String> information,
        List<String> negotiation,
        List<String> options,
        @JsonProperty("emotional_reactions") Map<String, List<String>> emotionalReactions,
        Map<String, List<String>> interpretations,
        Map<String, List<String>> explorations,
        Map<String, List<String>> roadblocks,
        @JsonProperty("boundary_tests") Map<String, List<String>> boundaryTests,
        @JsonProperty("boundary_reply") Map<String, List<String>> boundaryReply,
        List<String> repair,
        @JsonProperty("rupture_naming") List<String> ruptureNaming,
        @JsonProperty("repair_invitation") List<String> repairInvitation,
        @JsonProperty("advice_questions") List<String> adviceQuestions,
        @JsonProperty("felt_experiences") List<String> feltExperiences,
        List<String> discounting) {

    public static final Lexicons EMPTY = new Lexicons(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** Keys allowed under {@code emotional_reactions} and {@code interpretations}. */
    public static final List<String> STRENGTHS = List.of("strong", "weak");
    /** Keys allowed under {@code explorations}. */
    public static final List<String> EXPLORATION_KEYS = List.of("generic", "not_exploring");
    /** Keys allowed under {@code boundary_reply}: the parts of a good boundary reply, then the faults. */
    public static final List<String> BOUNDARY_REPLY_KEYS = List.of("validates", "limit", "reason", "alternative",
            "explores", "accepts", "secrecy_promise", "self_disclosure", "cold");

    public Lexicons {
        feelings = list(feelings);
        reflectionStems = list(reflectionStems);
        openQuestionStems = list(openQuestionStems);
        closedQuestionStems = list(closedQuestionStems);
        elaborationRequests = list(elaborationRequests);
        complexReflectionMarkers = list(complexReflectionMarkers);
        acknowledgements = list(acknowledgements);
        affirmations = list(affirmations);
        structuring = list(structuring);
        advice = list(advice);
        information = list(information);
        negotiation = list(negotiation);
        options = list(options);
        emotionalReactions = map(emotionalReactions);
        interpretations = map(interpretations);
        explorations = map(explorations);
        roadblocks = map(roadblocks);
        boundaryTests = map(boundaryTests);
        boundaryReply = map(boundaryReply);
        repair = list(repair);
        ruptureNaming = list(ruptureNaming);
        repairInvitation = list(repairInvitation);
        adviceQuestions = list(adviceQuestions);
        feltExperiences = list(feltExperiences);
        discounting = list(discounting);
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    private static Map<String, List<String>> map(Map<String, List<String>> m) {
        if (m == null) return Map.of();
        java.util.LinkedHashMap<String, List<String>> copy = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(k, list(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
