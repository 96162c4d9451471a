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
        List<TurnScore> judged = engine.scoreAll(replies);
        List<TurnFeedback> feedback = new ArrayList<>(replies.size());
        List<List<String>> candidates = new ArrayList<>(replies.size());
        List<Boolean> modelFirst = new ArrayList<>(replies.size());
        List<ReplyContext> toScore = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            ReplyContext context = replies.get(i);
            TurnScore score = judged.get(i);
            TurnFeedback f = writer.write(context, score);
            feedback.add(f);
            List<String> mine = new ArrayList<>();
            boolean fromModel = false;
            if (needsSuggestion(f, score)) {
                if (model != null) {
                    Optional<String> written = model.write(context.clientLine(), context.reply(),
                            f.priority() == null ? null : f.priority().text(), context.hint());
                    if (written.isPresent() && !written.get().equalsIgnoreCase(context.reply().strip())) {
                        mine.add(written.get());
                        fromModel = true;
                    }
                }
                for (String c : RewriteTemplates.candidates(writer.guide(), writer.clientWords(context), score.boundary(), f.addresses())) {
                    if (!mine.contains(c)) mine.add(c);
                }
            }
            candidates.add(mine);
            modelFirst.add(fromModel);
            for (String c : mine) toScore.add(new ReplyContext(context.history(), c, context.boundary(), context.hint()));
        }
        List<TurnScore> scored = toScore.isEmpty() ? List.of() : engine.scoreAll(toScore);
        List<Taught> out = new ArrayList<>(replies.size());
        int at = 0;
        for (int i = 0; i < replies.size(); i++) {
            TurnScore score = judged.get(i);
            TurnFeedback f = feedback.get(i);
            List<String> mine = candidates.get(i);
            String chosen = null;
            Integer chosenScore = null;
            boolean written = false;
            if (!mine.isEmpty()) {
                int trainee = score.score(f.addresses());
                // the model's reply, when it clears the bar; else the best template, ties broken by the client line
                int offset = Math.floorMod(replies.get(i).clientLine().hashCode(), mine.size());
                for (int k = 0; k < mine.size(); k++) {
                    Integer s = scored.get(at + k).score(f.addresses());
                    if (s == null || s < trainee + 1) continue;
                    boolean isModel = k == 0 && modelFirst.get(i);
                    if (isModel) {
                        chosen = mine.get(k);
                        chosenScore = s;
                        written = true;
                        break;
                    }
                    if (chosen == null || s > chosenScore || s.equals(chosenScore) && rotated(k, offset, mine.size()) < rotated(indexOf(mine, chosen), offset, mine.size())) {
                        chosen = mine.get(k);
                        chosenScore = s;
                    }
                }
                at += mine.size();
            }
            out.add(new Taught(score.withFeedback(f.texts(), chosen), f, chosenScore, written));
        }
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

    private static int indexOf(List<String> list, String s) {
        return list.indexOf(s);
    }
}
