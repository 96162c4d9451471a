package org.rapport.report;

import java.util.ArrayList;
import java.util.List;
import org.rapport.locale.LocaleCatalogue;
import org.rapport.locale.ServiceLocale;
import org.rapport.rubric.ClientLine;
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
    private final LocaleCatalogue locales;
    /** The locale of transcripts that name none. */
    private final ServiceLocale fallback;

    public TranscriptGrader(RubricEngine engine) {
        this(engine, DEFAULT_BATCH);
    }

    public TranscriptGrader(RubricEngine engine, int batchSize) {
        this(engine, batchSize, LocaleCatalogue.shipped(), null);
    }

    /**
     * @param locales  the catalogue a transcript's {@code locale} is looked up in
     * @param fallback the locale of transcripts that name none (null: the catalogue's programme default)
     */
    public TranscriptGrader(RubricEngine engine, int batchSize, LocaleCatalogue locales, ServiceLocale fallback) {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1");
        this.engine = java.util.Objects.requireNonNull(engine, "engine");
        this.batchSize = batchSize;
        this.locales = java.util.Objects.requireNonNull(locales, "locales");
        this.fallback = fallback != null ? fallback : locales.defaultLocale();
    }

    /** The same grader, with this locale for transcripts that name none. */
    public TranscriptGrader withDefaultLocale(ServiceLocale locale) {
        return new TranscriptGrader(engine, batchSize, locales, locale);
    }

    /** Where a transcript's client lives: its own {@code locale}, else this grader's default. */
    ServiceLocale localeOf(Transcript t) {
        if (t.locale() == null) return fallback;
        return locales.find(t.locale()).orElseThrow(() -> new IllegalArgumentException("locale '" + t.locale()
                + "' is not in the catalogue; use one of " + String.join(", ", new java.util.TreeSet<>(locales.ids()))));
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
        List<GradedTranscript> graded = new ArrayList<>();
        List<InputError> errors = new ArrayList<>(batch.errors());
        // A locale the catalogue does not know would give the client no crisis line at all: not graded.
        List<Transcript> transcripts = new ArrayList<>();
        for (Transcript t : batch.transcripts()) {
            try {
                localeOf(t);
                transcripts.add(t);
            } catch (IllegalArgumentException e) {
                errors.add(new InputError(t.source(), t.line(), "locale", "transcript '" + t.id() + "': " + e.getMessage()
                        + "; the transcript is not graded"));
            }
        }
        int total = replyCount(transcripts);
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
                        errors.add(new InputError(t.source(), t.line(), "transcript '" + t.id()
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
        for (Transcript t : group) contexts.addAll(contexts(t, localeOf(t)));
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
        List<ClientLine> lines = new ArrayList<>();
        for (Transcript t : group) lines.addAll(ClientLine.of(t.turns(), turn -> !turn.byTrainee(), Turn::text));
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

    /** Each trainee reply with everything said before it, oldest first, and where the client lives. */
    static List<ReplyContext> contexts(Transcript t, ServiceLocale locale) {
        List<ReplyContext> contexts = new ArrayList<>();
        List<Turn> turns = t.turns();
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).byTrainee()) {
                contexts.add(new ReplyContext(turns.subList(0, i), turns.get(i).text(), null, locale));
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
