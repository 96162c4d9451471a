package org.rapport.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.rapport.report.GradeReport;
import org.rapport.report.GradedTranscript;
import org.rapport.report.GradedTurn;
import org.rapport.report.GradingProgress;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.TurnScore;
import org.rapport.transcript.Turn;

/**
 * {@code grade --judge llm}: the LLM judge scores every reply of a graded batch, seeing the same
 * conversation and boundary the engine saw, and its agreement with the engine is reported beside the
 * engine's grades (which stay the grades of record).
 */
public final class JudgeCrossCheck {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JudgeCrossCheck() {
    }

    /** Judges every trainee reply in the report; {@code progress} hears how many replies are done. */
    public static JudgeAgreement run(GradeReport report, LlmJudge judge, GradingProgress progress) {
        List<ReplyContext> replies = new ArrayList<>();
        List<TurnScore> scores = new ArrayList<>();
        for (GradedTranscript transcript : report.transcripts()) {
            List<Turn> before = new ArrayList<>();
            for (GradedTurn turn : transcript.turns()) {
                if (turn.byTrainee()) {
                    // the judge hears the boundary and the risk the engine judged the reply against
                    replies.add(new ReplyContext(before, turn.text(), turn.score().boundary()).withRisk(turn.score().risk()));
                    scores.add(turn.score());
                }
                before.add(new Turn(turn.index(), turn.speaker(), turn.text()));
            }
        }
        int total = replies.size();
        return judge.compare(replies, scores, done -> progress.update(done, total));
    }

    /**
     * The grade JSON with a {@code judge} member added: which model judged, and its agreement with the
     * engine per criterion. Every other member is left as it was.
     */
    public static String withJudge(String gradeJson, JudgeAgreement agreement, LlmSettings settings) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(gradeJson);
            ObjectNode judge = root.putObject("judge");
            judge.put("provider", settings.provider().id()).put("model", settings.model());
            judge.setAll(agreement.toJson());
            return JSON.writeValueAsString(root);
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("not a grade JSON object: " + e.getMessage(), e);
        }
    }
}
