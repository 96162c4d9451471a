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
 * {@code client_state}, and the client's own ratings: {@code outcome_rating} (the check-in at the start),
 * {@code session_rating} (the rating at the end), {@code ruptures} and {@code dropout_risk}. Each client
 * turn adds {@code origin} (where the line came from: {@code script}, {@code model}, {@code cut_short} or
 * {@code fallback}) and {@code origin_cause} (why it was cut short or a fallback line, else null).
 */
public final class SessionGradeJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SessionGradeJson() {
    }

    /** A rupture as the JSON shows it: where, what kind, whether and where repaired, trust before and after. */
    record RuptureJson(int turn, org.rapport.rubric.RuptureKind kind, boolean repaired,
            @com.fasterxml.jackson.annotation.JsonProperty("repaired_at") Integer repairedAt,
            @com.fasterxml.jackson.annotation.JsonProperty("trust_before") Integer trustBefore,
            @com.fasterxml.jackson.annotation.JsonProperty("trust_after") Integer trustAfter) {
    }

    private static RuptureJson rupture(org.rapport.alliance.RuptureEpisode r) {
        return new RuptureJson(r.turn(), r.kind(), r.repaired(), r.repairedAt(), r.before() == null ? null : r.before().trust(),
                r.after() == null ? null : r.after().trust());
    }

    public static String of(PracticeSession session) {
        List<org.rapport.rubric.RuptureKind> ruptures = session.ruptures();
        List<SessionTurn> saved = session.turns();
        List<GradedTurn> turns = new java.util.ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            SessionTurn t = saved.get(i);
            turns.add(new GradedTurn(t.index(), t.speaker(), t.text(), t.score(), ruptures.get(i)));
        }
        org.rapport.alliance.AllianceReport alliance = session.alliance(ruptures);
        GradedTranscript transcript = new GradedTranscript(session.id(), session.transcript().source(), turns,
                session.summary());
        GradeReport report = new GradeReport(RubricRef.of(session.engine().rubric()), List.of(transcript), List.of());
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(GradeJson.toJson(report));
            com.fasterxml.jackson.databind.JsonNode written = root.withArray("transcripts").get(0).get("turns");
            for (int i = 0; i < saved.size(); i++) {
                SessionTurn t = saved.get(i);
                if (t.speaker() != org.rapport.transcript.Speaker.CLIENT || t.origin() == null) continue;
                ObjectNode turn = (ObjectNode) written.get(i);
                turn.put("origin", t.origin().kind().json());
                turn.put("origin_cause", t.origin().cause());
            }
            ObjectNode summary = (ObjectNode) root.withArray("transcripts").get(0).get("summary");
            summary.set("client_state", JSON.valueToTree(session.clientState()));
            summary.set("outcome_rating", JSON.valueToTree(alliance.checkIn()));
            summary.set("session_rating", JSON.valueToTree(alliance.rating()));
            summary.set("ruptures", JSON.valueToTree(alliance.ruptures().stream().map(SessionGradeJson::rupture).toList()));
            summary.put("dropout_risk", alliance.dropoutRisk());
            summary.set("dropout_reasons", JSON.valueToTree(alliance.dropoutReasons()));
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write session " + session.id() + " as JSON", e);
        }
    }
}
