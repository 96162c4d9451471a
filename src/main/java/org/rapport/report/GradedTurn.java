package org.rapport.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.rapport.rubric.BehaviorCode;
import org.rapport.rubric.EmpathyMechanisms;
import org.rapport.rubric.RuptureKind;
import org.rapport.rubric.TurnScore;
import org.rapport.transcript.Speaker;
import org.rapport.transcript.Turn;

/**
 * One turn of a graded transcript. Client turns carry only index, speaker and text; trainee turns add
 * the engine's codes, EPITOME empathy mechanisms, criterion scores (null where a criterion does not
 * apply), evidence, feedback (the priority item first) and the suggested reply, the fields of the grade JSON.
 * Client turns also carry {@code rupture}: the alliance rupture the line shows ({@code withdrawal},
 * {@code confrontation}) or null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"index", "speaker", "text", "rupture", "codes", "code_probability", "behavior_probabilities", "empathy", "scores", "risk", "evidence", "feedback"})
public record GradedTurn(int index, Speaker speaker, String text, @JsonIgnore TurnScore score,
        @JsonIgnore RuptureKind clientRupture) {

    /** A turn without a rupture judgement (a client line read as no rupture). */
    public GradedTurn(int index, Speaker speaker, String text, TurnScore score) {
        this(index, speaker, text, score, null);
    }

    public GradedTurn {
        if (speaker == Speaker.TRAINEE && clientRupture != null) throw new IllegalArgumentException("ruptures are read in client lines");
        java.util.Objects.requireNonNull(speaker, "speaker");
        java.util.Objects.requireNonNull(text, "text");
        if (speaker == Speaker.TRAINEE) java.util.Objects.requireNonNull(score, "a trainee turn needs its score");
        if (speaker == Speaker.CLIENT && score != null) throw new IllegalArgumentException("client turns are not scored");
    }

    public static GradedTurn of(Turn turn, TurnScore score) {
        return new GradedTurn(turn.index(), turn.speaker(), turn.text(), score);
    }

    public static GradedTurn of(Turn turn, TurnScore score, RuptureKind rupture) {
        return new GradedTurn(turn.index(), turn.speaker(), turn.text(), score, rupture);
    }

    /** On client turns, the rupture or an explicit null; absent on trainee turns. */
    @JsonProperty("rupture")
    public RuptureMark rupture() {
        return speaker == Speaker.CLIENT ? new RuptureMark(clientRupture) : null;
    }

    /** Writes a client turn's rupture as its id, or as JSON null when the line shows none. */
    public record RuptureMark(RuptureKind kind) {
        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return kind == null ? null : kind.id();
        }
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

    /**
     * "One way to say it": written beside {@code feedback} on every trainee turn, null where the reply
     * needs none; absent on client turns (so it is not a plain property, which the class-wide non-null
     * rule would drop).
     */
    @com.fasterxml.jackson.annotation.JsonAnyGetter
    public Map<String, String> suggestionField() {
        if (score == null) return Map.of();
        Map<String, String> field = new java.util.HashMap<>();
        field.put("suggestion", score.suggestion());
        return field;
    }

    @JsonIgnore
    public String suggestion() {
        return score == null ? null : score.suggestion();
    }

    @JsonIgnore
    public boolean byTrainee() {
        return speaker == Speaker.TRAINEE;
    }
}
