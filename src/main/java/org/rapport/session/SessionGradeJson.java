package org.rapport.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;
import org.rapport.client.ClientState;
import org.rapport.rubric.Behavior;
import org.rapport.rubric.EmpathyMechanisms;
import org.rapport.rubric.MitiFigures;
import org.rapport.rubric.Rubric;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.transcript.Speaker;

/**
 * A session in the grade output JSON of the command-line contract (one transcript), with the client's
 * final state added to the transcript's summary as {@code client_state}.
 */
public final class SessionGradeJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Output(RubricRef rubric, List<TranscriptOut> transcripts, List<Object> errors) {
    }

    record RubricRef(String id, String version) {
    }

    record TranscriptOut(String id, String source, List<TurnOut> turns, SummaryOut summary) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TurnOut(int index, Speaker speaker, String text, Codes codes, EmpathyMechanisms empathy,
            Map<String, Integer> scores, List<String> evidence, List<String> feedback) {
    }

    record Codes(Behavior behavior, Subtype subtype) {
    }

    record SummaryOut(Map<String, Double> scores, MitiFigures miti, Double overall,
            @JsonProperty("client_state") ClientState clientState) {
    }

    private SessionGradeJson() {
    }

    public static String of(PracticeSession session) {
        Rubric rubric = session.engine().rubric();
        List<TurnOut> turns = session.turns().stream().map(t -> t.score() == null
                ? new TurnOut(t.index(), t.speaker(), t.text(), null, null, null, null, null)
                : new TurnOut(t.index(), t.speaker(), t.text(),
                        new Codes(t.score().codes().behavior(), t.score().codes().subtype()), t.score().empathy(),
                        t.score().scores(), t.score().evidence(), t.score().feedback()))
                .toList();
        TranscriptSummary summary = session.summary();
        TranscriptOut transcript = new TranscriptOut(session.id(), session.transcript().source(), turns,
                new SummaryOut(summary.scores(), summary.miti(), summary.overall(), session.clientState()));
        try {
            return JSON.writeValueAsString(new Output(new RubricRef(rubric.id(), rubric.version()), List.of(transcript), List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write session " + session.id() + " as JSON", e);
        }
    }
}
