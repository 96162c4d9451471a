package org.rapport.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.rubric.TurnScore;

/** A transcript with every trainee reply scored, and its summary (criterion means, MITI figures, overall). */
@JsonPropertyOrder({"id", "source", "turns", "summary"})
public record GradedTranscript(String id, String source, List<GradedTurn> turns, TranscriptSummary summary) {

    public GradedTranscript {
        turns = List.copyOf(turns);
    }

    /** The scored trainee replies, in order. */
    @JsonIgnore
    public List<TurnScore> replyScores() {
        return turns.stream().filter(GradedTurn::byTrainee).map(GradedTurn::score).toList();
    }

    @JsonIgnore
    public int replyCount() {
        return (int) turns.stream().filter(GradedTurn::byTrainee).count();
    }
}
