package org.rapport.rubric;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A worked example the engine must agree with ({@code rubric check}): a client line, a trainee reply and
 * the judgement a supervisor expects. Every expectation is optional.
 *
 * @param boundary the boundary a scenario beat would declare; null lets the engine detect it
 */
public record CalibrationCase(String name, String client, String reply, String boundary, Expectation expect) {

    public CalibrationCase {
        client = client == null ? "" : client;
    }

    /**
     * Expected judgements. Scores and mechanism levels take a bound: {@code 4}, {@code >=4}, {@code <=2},
     * {@code 2-4}; {@code boundary_setting: none} expects the criterion not to apply. {@code boundary} is
     * a boundary-kind id or {@code none}.
     */
    public record Expectation(
            String behavior,
            String subtype,
            String empathy,
            @JsonProperty("active_listening") String activeListening,
            @JsonProperty("boundary_setting") String boundarySetting,
            @JsonProperty("emotional_reactions") String emotionalReactions,
            String interpretations,
            String explorations,
            String boundary,
            List<String> roadblocks) {

        public Expectation {
            roadblocks = roadblocks == null ? null : List.copyOf(roadblocks);
        }
    }
}
