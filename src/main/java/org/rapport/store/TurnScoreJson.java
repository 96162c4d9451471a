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

    /** Jackson's messages can quote the whole input; one line of it is enough to say what is wrong. */
    private static String brief(String message) {
        if (message == null) return "malformed JSON";
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    public static TurnScore read(String json) {
        if (json == null) return null;
        TurnScore score;
        try {
            score = MAPPER.readValue(json, TurnScore.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored turn score is not readable: " + brief(e.getOriginalMessage()), e);
        }
        if (score == null) throw new IllegalStateException("stored turn score is not readable: it is JSON null");
        score.scores().forEach((criterion, value) -> {
            if (value != null && (value < 1 || value > 5)) {
                throw new IllegalStateException("stored turn score is not readable: " + criterion + " is " + value
                        + ", off the 1-5 scale");
            }
        });
        return score;
    }
}
