package org.rapport.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.rapport.report.GradeJson;
import org.rapport.report.GradeReport;
import org.rapport.report.GradedTranscript;
import org.rapport.report.GradedTurn;
import org.rapport.report.RubricRef;

/**
 * A session as the grade output JSON of the command-line contract (one transcript, graded by the
 * session's own scores), with the client's final state added to the transcript's summary as
 * {@code client_state}.
 */
public final class SessionGradeJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SessionGradeJson() {
    }

    public static String of(PracticeSession session) {
        List<GradedTurn> turns = session.turns().stream()
                .map(t -> new GradedTurn(t.index(), t.speaker(), t.text(), t.score())).toList();
        GradedTranscript transcript = new GradedTranscript(session.id(), session.transcript().source(), turns,
                session.summary());
        GradeReport report = new GradeReport(RubricRef.of(session.engine().rubric()), List.of(transcript), List.of());
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(GradeJson.toJson(report));
            ObjectNode summary = (ObjectNode) root.withArray("transcripts").get(0).get("summary");
            summary.set("client_state", JSON.valueToTree(session.clientState()));
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write session " + session.id() + " as JSON", e);
        }
    }
}
