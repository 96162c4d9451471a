package org.rapport.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.Rubric;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.TurnScore;

/**
 * The rubric engine with feedback that teaches: each judgement's feedback is rewritten by the
 * {@link FeedbackWriter} (the priority item first) and given a "one way to say it" reply. Candidate
 * replies come from the language model when one is configured, then from the rubric's templates; the
 * engine scores each against the same client line, and one is offered only when it scores at least one
 * level above the trainee's reply on the criterion the feedback addresses. A reply that already scored
 * 5 there gets none.
 */
public final class TeachingEngine implements RubricEngine {

    private final RubricEngine engine;
    private final FeedbackWriter writer;
    private final SuggestionModel model;

    public TeachingEngine(RubricEngine engine) {
        this(engine, null);
    }

    /** {@code model} may be null: suggestions are then built from templates only. */
    public TeachingEngine(RubricEngine engine, SuggestionModel model) {
        this.engine = engine instanceof TeachingEngine t ? t.engine : engine;
        this.writer = new FeedbackWriter(engine.rubric());
        this.model = model;
    }

    /** The same engine with suggestions written by {@code model}. */
    public TeachingEngine withModel(SuggestionModel model) {
        return new TeachingEngine(engine, model);
    }

    /** The judging engine underneath, whose feedback is the engine's own. */
    public RubricEngine judge() {
        return engine;
    }

    public FeedbackWriter writer() {
        return writer;
    }

    @Override
    public Rubric rubric() {
        return engine.rubric();
    }

    /** The judging engine reads the ruptures: feedback rewrites what a trainee reads, not what the client showed. */
    @Override
    public List<org.rapport.rubric.RuptureKind> rupturesIn(List<String> clientLines) {
        return engine.rupturesIn(clientLines);
    }

    @Override
    public TurnScore score(ReplyContext reply) {
        return scoreAll(List.of(reply)).get(0);
    }

    @Override
    public List<TurnScore> scoreAll(List<ReplyContext> replies) {
        return teachAll(replies).stream().map(Taught::score).toList();
    }

    /**
     * One taught reply.
     *
     * @param score           the judgement with the feedback a trainee reads and the suggestion
     * @param feedback        the feedback items
     * @param suggestionScore the suggestion's score on the addressed criterion (null without a suggestion)
     * @param written         true when the language model wrote the suggestion
     */
    public record Taught(TurnScore score, TurnFeedback feedback, Integer suggestionScore, boolean written) {
    }

    public List<Taught> teachAll(List<ReplyContext> replies) {
        int n = replies.size();
        // One reply at a time (live feedback): the candidates that need no judgement are scored in the same
        // engine call as the reply, which saves a call's overhead. In a batch, only the replies that need a
        // suggestion have candidates scored, which saves the embedding of the others'.
        boolean early = n == 1;
        List<ReplyContext> first = new ArrayList<>(replies);
        List<List<String>> earlyCandidates = new ArrayList<>(n);
        for (ReplyContext context : replies) {
            List<String> mine = early ? judgementFree(context) : List.of();
            earlyCandidates.add(mine);
            for (String c : mine) first.add(new ReplyContext(context.history(), c, context.boundary(), context.locale(), context.hint()));
        }
        List<TurnScore> firstScores = engine.scoreAll(first);
        List<TurnScore> judged = firstScores.subList(0, n);

        List<TurnFeedback> feedback = new ArrayList<>(n);
        List<List<String>> candidates = new ArrayList<>(n);
        List<List<TurnScore>> candidateScores = new ArrayList<>(n);
        List<Boolean> modelFirst = new ArrayList<>(n);
        List<ReplyContext> second = new ArrayList<>();
        List<int[]> secondOwner = new ArrayList<>();
        int at = n;
        for (int i = 0; i < n; i++) {
            ReplyContext context = replies.get(i);
            TurnScore score = judged.get(i);
            TurnFeedback f = writer.write(context, score);
            feedback.add(f);
            List<String> mine = new ArrayList<>();
            List<TurnScore> scores = new ArrayList<>();
            boolean fromModel = false;
            if (needsSuggestion(f, score) && model != null) {
                Optional<String> written = model.write(context.clientLine(), context.reply(),
                        f.priority() == null ? null : f.priority().text(), context.hint());
                if (written.isPresent() && !written.get().equalsIgnoreCase(context.reply().strip())) {
                    mine.add(written.get());
                    scores.add(null);
                    fromModel = true;
                }
            }
            for (String c : earlyCandidates.get(i)) {
                mine.add(c);
                scores.add(firstScores.get(at++));
            }
            if (needsSuggestion(f, score)) {
                for (String c : RewriteTemplates.candidates(writer.guide(), writer.clientWords(context), score.boundary(), f.addresses())) {
                    if (!mine.contains(c)) {
                        mine.add(c);
                        scores.add(null);
                    }
                }
            }
            for (int k = 0; k < mine.size(); k++) {
                if (scores.get(k) != null) continue;
                second.add(new ReplyContext(context.history(), mine.get(k), context.boundary(), context.locale(), context.hint()));
                secondOwner.add(new int[] {i, k});
            }
            candidates.add(mine);
            candidateScores.add(scores);
            modelFirst.add(fromModel);
        }
        if (!second.isEmpty()) {
            List<TurnScore> late = engine.scoreAll(second);
            for (int j = 0; j < late.size(); j++) candidateScores.get(secondOwner.get(j)[0]).set(secondOwner.get(j)[1], late.get(j));
        }

        List<Taught> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TurnScore score = judged.get(i);
            TurnFeedback f = feedback.get(i);
            List<String> mine = candidates.get(i);
            String chosen = null;
            Integer chosenScore = null;
            boolean written = false;
            if (needsSuggestion(f, score) && !mine.isEmpty()) {
                int trainee = score.score(f.addresses());
                // the model's reply, when it clears the bar; else the best template, ties broken by the client line
                int offset = Math.floorMod(replies.get(i).clientLine().hashCode(), mine.size());
                for (int k = 0; k < mine.size(); k++) {
                    Integer s = candidateScores.get(i).get(k).score(f.addresses());
                    if (s == null || s < trainee + 1) continue;
                    if (k == 0 && modelFirst.get(i)) {
                        chosen = mine.get(k);
                        chosenScore = s;
                        written = true;
                        break;
                    }
                    if (chosen == null || s > chosenScore
                            || s.equals(chosenScore) && rotated(k, offset, mine.size()) < rotated(mine.indexOf(chosen), offset, mine.size())) {
                        chosen = mine.get(k);
                        chosenScore = s;
                    }
                }
            }
            out.add(new Taught(score.withFeedback(f.texts(), chosen), f, chosenScore, written));
        }
        return out;
    }

    /**
     * Candidates that need no judgement of the reply: for a boundary the beat declares, its boundary reply;
     * else the first reflection and the first reflection-and-question of the rubric's templates.
     */
    private List<String> judgementFree(ReplyContext context) {
        ClientWords words = writer.clientWords(context);
        if (context.boundary() != null) {
            return RewriteTemplates.candidates(writer.guide(), words, context.boundary(), TurnScore.BOUNDARY_SETTING);
        }
        List<String> out = new ArrayList<>();
        List<String> understanding = RewriteTemplates.candidates(writer.guide(), words, null, TurnScore.EMPATHY);
        List<String> form = RewriteTemplates.candidates(writer.guide(), words, null, TurnScore.ACTIVE_LISTENING);
        if (!understanding.isEmpty()) out.add(understanding.get(0));
        if (!form.isEmpty() && !out.contains(form.get(0))) out.add(form.get(0));
        return out;
    }

    /** A suggestion is needed where the feedback addresses a criterion the reply scored below 5 on. */
    static boolean needsSuggestion(TurnFeedback f, TurnScore score) {
        if (f.addresses() == null) return false;
        Integer s = score.score(f.addresses());
        return s != null && s < 5;
    }

    private static int rotated(int k, int offset, int n) {
        return Math.floorMod(k - offset, n);
    }

}
