package org.rapport.report;

import java.util.ArrayList;
import java.util.List;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RuptureKind;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.rubric.TurnScore;
import org.rapport.transcript.InputError;
import org.rapport.transcript.Transcript;
import org.rapport.transcript.TranscriptBatch;
import org.rapport.transcript.Turn;

/**
 * Grades transcripts with a rubric engine: every trainee reply is scored with the conversation before
 * it, replies of several transcripts are sent to the engine together so that it can batch its
 * embedding work, and each transcript gets its summary.
 */
public final class TranscriptGrader {

    /** Replies per engine call: large enough for batching to pay, small enough for steady progress. */
    public static final int DEFAULT_BATCH = 64;

    private final RubricEngine engine;
    private final int batchSize;

    public TranscriptGrader(RubricEngine engine) {
        this(engine, DEFAULT_BATCH);
    }

    public TranscriptGrader(RubricEngine engine, int batchSize) {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1");
        this.engine = java.util.Objects.requireNonNull(engine, "engine");
        this.batchSize = batchSize;
    }

    /** Total trainee replies in the transcripts: the length of the progress bar. */
    public static int replyCount(List<Transcript> transcripts) {
        return (int) transcripts.stream().flatMap(t -> t.turns().stream()).filter(Turn::byTrainee).count();
    }

    /**
     * Grades every transcript of the batch. The batch's read errors are carried into the report; a
     * transcript the engine fails on is reported as an error too, and the others are still graded.
     */
    public GradeReport grade(TranscriptBatch batch, GradingProgress progress) {
        List<Transcript> transcripts = batch.transcripts();
        int total = replyCount(transcripts);
        List<GradedTranscript> graded = new ArrayList<>();
        List<InputError> errors = new ArrayList<>(batch.errors());
        int scored = 0;
        progress.update(0, total);
        int start = 0;
        while (start < transcripts.size()) {
            // a group of whole transcripts with about batchSize replies between them
            int end = start, replies = 0;
            while (end < transcripts.size() && (end == start || replies + replies(transcripts.get(end)) <= batchSize)) {
                replies += replies(transcripts.get(end));
                end++;
            }
            List<Transcript> group = transcripts.subList(start, end);
            try {
                List<List<TurnScore>> scores = scoreTogether(group);
                List<List<RuptureKind>> ruptures = rupturesTogether(group);
                for (int k = 0; k < group.size(); k++) graded.add(assemble(group.get(k), scores.get(k), ruptures.get(k)));
            } catch (RuntimeException groupFailure) {
                // find out which transcript the engine cannot score; grade the rest
                for (Transcript t : group) {
                    try {
                        graded.add(assemble(t, scoreTogether(List.of(t)).get(0), rupturesTogether(List.of(t)).get(0)));
                    } catch (RuntimeException e) {
                        errors.add(new InputError(t.source(), null, "transcript '" + t.id()
                                + "' could not be scored: " + describe(e)));
                    }
                }
            }
            scored += replies;
            progress.update(scored, total);
            start = end;
        }
        return new GradeReport(RubricRef.of(engine.rubric()), graded, errors);
    }

    private static int replies(Transcript t) {
        return (int) t.turns().stream().filter(Turn::byTrainee).count();
    }

    private List<List<TurnScore>> scoreTogether(List<Transcript> group) {
        List<ReplyContext> contexts = new ArrayList<>();
        for (Transcript t : group) contexts.addAll(contexts(t));
        List<TurnScore> all = contexts.isEmpty() ? List.of() : engine.scoreAll(contexts);
        if (all.size() != contexts.size()) {
            throw new IllegalStateException("the engine returned " + all.size() + " scores for " + contexts.size()
                    + " replies");
        }
        List<List<TurnScore>> perTranscript = new ArrayList<>();
        int offset = 0;
        for (Transcript t : group) {
            int n = replies(t);
            perTranscript.add(all.subList(offset, offset + n));
            offset += n;
        }
        return perTranscript;
    }

    /** The rupture the engine reads in each client line, one list per transcript (one batch for the group). */
    private List<List<RuptureKind>> rupturesTogether(List<Transcript> group) {
        List<String> lines = new ArrayList<>();
        for (Transcript t : group) for (Turn turn : t.turns()) if (!turn.byTrainee()) lines.add(turn.text());
        List<RuptureKind> all = lines.isEmpty() ? List.of() : engine.rupturesIn(lines);
        List<List<RuptureKind>> out = new ArrayList<>();
        int offset = 0;
        for (Transcript t : group) {
            int n = (int) t.turns().stream().filter(turn -> !turn.byTrainee()).count();
            out.add(all.subList(offset, offset + n));
            offset += n;
        }
        return out;
    }

    /** Each trainee reply with everything said before it, oldest first. */
    static List<ReplyContext> contexts(Transcript t) {
        List<ReplyContext> contexts = new ArrayList<>();
        List<Turn> turns = t.turns();
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).byTrainee()) {
                contexts.add(new ReplyContext(turns.subList(0, i), turns.get(i).text(), null));
            }
        }
        return contexts;
    }

    private GradedTranscript assemble(Transcript t, List<TurnScore> scores, List<RuptureKind> ruptures) {
        List<GradedTurn> turns = new ArrayList<>();
        int next = 0, client = 0;
        for (Turn turn : t.turns()) {
            turns.add(turn.byTrainee() ? GradedTurn.of(turn, scores.get(next++)) : GradedTurn.of(turn, null, ruptures.get(client++)));
        }
        return new GradedTranscript(t.id(), t.source(), turns,
                TranscriptSummary.of(engine.rubric().criterionIds(), scores));
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
