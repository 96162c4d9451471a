package org.rapport.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.rubric.TurnScore;

/** A transcript with every trainee reply scored, and its summary (criterion means, MITI figures, overall). */
@JsonPropertyOrder({"id", "source", "turns", "summary", "risk_flagged_turns"})
public record GradedTranscript(String id, String source, List<GradedTurn> turns, TranscriptSummary summary) {

    public GradedTranscript {
        turns = List.copyOf(turns);
    }

    /** The scored trainee replies, in order. */
    @JsonIgnore
    public List<TurnScore> replyScores() {
        return turns.stream().filter(GradedTurn::byTrainee).map(GradedTurn::score).toList();
    }

    /** Indexes of the replies that missed or mishandled a risk cue: the turns a supervisor must see. */
    @com.fasterxml.jackson.annotation.JsonProperty("risk_flagged_turns")
    public List<Integer> riskFlaggedTurns() {
        return turns.stream().filter(t -> t.byTrainee() && t.score().riskMishandled()).map(GradedTurn::index).toList();
    }

    @JsonIgnore
    public int replyCount() {
        return (int) turns.stream().filter(GradedTurn::byTrainee).count();
    }
}
