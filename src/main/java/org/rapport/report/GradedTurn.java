package org.rapport.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.rapport.rubric.BehaviorCode;
import org.rapport.rubric.EmpathyMechanisms;
import org.rapport.rubric.TurnScore;
import org.rapport.transcript.Speaker;
import org.rapport.transcript.Turn;

/**
 * One turn of a graded transcript. Client turns carry only index, speaker and text; trainee turns add
 * the engine's codes, EPITOME empathy mechanisms, criterion scores (null where a criterion does not
 * apply), evidence and feedback, the fields of the grade JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"index", "speaker", "text", "codes", "code_probability", "behavior_probabilities", "empathy", "scores", "risk", "evidence", "feedback"})
public record GradedTurn(int index, Speaker speaker, String text, @JsonIgnore TurnScore score) {

    public GradedTurn {
        java.util.Objects.requireNonNull(speaker, "speaker");
        java.util.Objects.requireNonNull(text, "text");
        if (speaker == Speaker.TRAINEE) java.util.Objects.requireNonNull(score, "a trainee turn needs its score");
        if (speaker == Speaker.CLIENT && score != null) throw new IllegalArgumentException("client turns are not scored");
    }

    public static GradedTurn of(Turn turn, TurnScore score) {
        return new GradedTurn(turn.index(), turn.speaker(), turn.text(), score);
    }

    @JsonProperty("codes")
    public BehaviorCode codes() {
        return score == null ? null : score.codes();
    }

    /** The learned heads' probability of the code given (absent when the rubric has no trained heads). */
    @JsonProperty("code_probability")
    public Double codeProbability() {
        if (score == null || score.confidence().behaviours().isEmpty()) return null;
        return Math.round(score.confidence().code() * 1000) / 1000.0;
    }

    /** The probability of each of the four behaviours (absent without trained heads). */
    @JsonProperty("behavior_probabilities")
    public Map<String, Double> behaviorProbabilities() {
        if (score == null || score.confidence().behaviours().isEmpty()) return null;
        Map<String, Double> p = new java.util.LinkedHashMap<>();
        score.confidence().behaviours().forEach((k, v) -> p.put(k, Math.round(v * 1000) / 1000.0));
        return p;
    }

    @JsonProperty("empathy")
    public EmpathyMechanisms empathy() {
        return score == null ? null : score.empathy();
    }

    /** Criterion id to score, nulls included: a null says the criterion did not apply to this reply. */
    @JsonProperty("scores")
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS)
    public Map<String, Integer> scores() {
        return score == null ? null : score.scores();
    }

    /**
     * Trainee turns: the risk the client's line pointed to and this reply answered ({@code suicide},
     * {@code self-harm}, ...), or JSON null; absent on client turns.
     */
    @JsonProperty("risk")
    public com.fasterxml.jackson.databind.JsonNode risk() {
        if (score == null) return null;
        return score.risk() == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance()
                : com.fasterxml.jackson.databind.node.TextNode.valueOf(score.risk().id());
    }

    @JsonProperty("evidence")
    public List<String> evidence() {
        return score == null ? null : score.evidence();
    }

    @JsonProperty("feedback")
    public List<String> feedback() {
        return score == null ? null : score.feedback();
    }

    @JsonIgnore
    public boolean byTrainee() {
        return speaker == Speaker.TRAINEE;
    }
}
