package org.rapport.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rapport.rubric.TurnScore;

/**
 * The engine's whole judgement of a reply as stored in {@code turns.score_json}: the records serialise
 * as they are and come back through their canonical constructors.
 */
public final class TurnScoreJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private TurnScoreJson() {
    }

    public static String write(TurnScore score) {
        if (score == null) return null;
        try {
            return MAPPER.writeValueAsString(score);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a turn score as JSON", e);
        }
    }

    public static TurnScore read(String json) {
        if (json == null) return null;
        try {
            return MAPPER.readValue(json, TurnScore.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored turn score is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
