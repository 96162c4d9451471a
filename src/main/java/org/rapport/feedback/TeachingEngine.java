package org.rapport.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.RiskCues;
import org.rapport.rubric.RiskKind;
import org.rapport.rubric.Rubric;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.TurnScore;

/**
 * The rubric engine with feedback that teaches: each judgement's feedback is rewritten by the
 * {@link FeedbackWriter} (the priority item first) and given a "one way to say it" reply. Candidate
 * replies come from the language model when one is configured, then, ranked without the engine, from the
 * beat's authored good replies, the rubric's risk or boundary replies, its nearest exemplars and its
 * templates; the engine scores only the best few against the same client line, and one is offered only
 * when it scores at least one level above the trainee's reply on the criterion the feedback addresses.
 * A reply that already scored 5 there gets none.
 */
public final class TeachingEngine implements RubricEngine {

    private final RubricEngine engine;
    private final FeedbackWriter writer;
    private final SuggestionModel model;
    private final ExemplarReplies exemplars;

    public TeachingEngine(RubricEngine engine) {
        this(engine, null);
    }

    /** {@code model} may be null: suggestions are then built from templates only. */
    public TeachingEngine(RubricEngine engine, SuggestionModel model) {
        this.engine = engine instanceof TeachingEngine t ? t.engine : engine;
        this.writer = new FeedbackWriter(engine.rubric());
        this.model = model;
        this.exemplars = new ExemplarReplies(engine.rubric());
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
    public String judgementVersion() {
        return engine.judgementVersion();
    }

    /** The judging engine reads the ruptures: feedback rewrites what a trainee reads, not what the client showed. */
    @Override
    public List<org.rapport.rubric.RuptureKind> rupturesIn(List<org.rapport.rubric.ClientLine> clientLines) {
        return engine.rupturesIn(clientLines);
    }

    @Override
    public List<String> encoders() {
        return engine.encoders();
    }

    @Override
    public float[] clientVector(String clientLine) {
        return engine.clientVector(clientLine);
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

    /**
     * How many suggestions a reply judged by itself (live feedback) has scored in the same engine call as
     * the reply, before its feedback is known: the likeliest ones, ranked without the engine.
     */
    static final int LIVE_EARLY = 2;
    /** How many more are scored, in one later call, when none of those clears the bar (live; in a batch, all). */
    static final int LATER = 2;

    public List<Taught> teachAll(List<ReplyContext> replies) {
        int n = replies.size();
        // One reply at a time (live feedback): the likeliest suggestions go to the engine in the same call as
        // the reply (one encoder call for all, the client's line embedded once); a later call is made only
        // when none of them clears the bar. In a batch, only replies that need a suggestion have any scored.
        boolean live = n == 1;
        List<ReplyContext> first = new ArrayList<>(replies);
        List<List<String>> early = new ArrayList<>(n);
        for (ReplyContext context : replies) {
            List<String> mine = live ? likely(context) : List.of();
            early.add(mine);
            for (String c : mine) first.add(context.withReply(c));
        }
        List<TurnScore> firstScores = judged(first, n);

        List<TurnFeedback> feedback = new ArrayList<>(n);
        List<java.util.LinkedHashMap<String, TurnScore>> scored = new ArrayList<>(n);
        List<List<String>> ranked = new ArrayList<>(n);
        List<String> written = new ArrayList<>(n);
        List<ReplyContext> second = new ArrayList<>();
        List<String[]> secondOwner = new ArrayList<>();
        int at = n;
        for (int i = 0; i < n; i++) {
            ReplyContext context = replies.get(i);
            TurnScore score = firstScores.get(i);
            TurnFeedback f = writer.write(context, score);
            feedback.add(f);
            java.util.LinkedHashMap<String, TurnScore> mine = new java.util.LinkedHashMap<>();
            for (String c : early.get(i)) mine.put(c, firstScores.get(at++));
            scored.add(mine);
            String fromModel = null;
            List<String> order = List.of();
            if (needsSuggestion(f, score)) {
                order = candidates(context, f.addresses(), score.risk(), score.boundary(), true);
                if (model != null) {
                    Optional<String> w = model.write(context.clientLine(), context.reply(),
                            f.priority() == null ? null : f.priority().text(), context.hint());
                    if (w.isPresent() && !w.get().equalsIgnoreCase(context.reply().strip())) fromModel = w.get();
                }
                List<String> later = new ArrayList<>();
                if (fromModel != null && !mine.containsKey(fromModel)) later.add(fromModel);
                if (!live) {
                    // a batch scores first what one reply at a time would have scored in its first call
                    for (String c : likely(context)) if (!later.contains(c)) later.add(c);
                }
                boolean cleared = mine.entrySet().stream().anyMatch(e -> clears(e.getValue(), f.addresses(), score));
                if (live && (fromModel != null || !cleared)) {
                    for (String c : order) {
                        if (later.size() >= LATER + (fromModel == null ? 0 : 1)) break;
                        if (!mine.containsKey(c) && !later.contains(c)) later.add(c);
                    }
                }
                for (String c : later) {
                    second.add(context.withReply(c));
                    secondOwner.add(new String[] {String.valueOf(i), c});
                }
            }
            ranked.add(order);
            written.add(fromModel);
        }
        if (!second.isEmpty()) {
            List<TurnScore> late = judged(second, 0);
            for (int j = 0; j < late.size(); j++) scored.get(Integer.parseInt(secondOwner.get(j)[0])).put(secondOwner.get(j)[1], late.get(j));
        }
        if (!live) {
            // In a batch the first round above scored the likeliest suggestions (as one reply at a time does in
            // its first call); where none cleared the bar, the next ones in rank order: the same candidates, and
            // so the same suggestion, as the reply would get by itself.
            List<ReplyContext> third = new ArrayList<>();
            List<String[]> thirdOwner = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                TurnScore score = firstScores.get(i);
                TurnFeedback f = feedback.get(i);
                if (!needsSuggestion(f, score) || written.get(i) != null) continue;
                java.util.Map<String, TurnScore> mine = scored.get(i);
                if (mine.values().stream().anyMatch(s -> clears(s, f.addresses(), score))) continue;
                int added = 0;
                for (String c : ranked.get(i)) {
                    if (added >= LATER) break;
                    if (mine.containsKey(c)) continue;
                    third.add(replies.get(i).withReply(c));
                    thirdOwner.add(new String[] {String.valueOf(i), c});
                    added++;
                }
            }
            if (!third.isEmpty()) {
                List<TurnScore> late = judged(third, 0);
                for (int j = 0; j < late.size(); j++) scored.get(Integer.parseInt(thirdOwner.get(j)[0])).put(thirdOwner.get(j)[1], late.get(j));
            }
        }

        List<Taught> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TurnScore score = firstScores.get(i);
            TurnFeedback f = feedback.get(i);
            String chosen = null;
            Integer chosenScore = null;
            boolean byModel = false;
            if (needsSuggestion(f, score)) {
                String criterion = f.addresses();
                java.util.Map<String, TurnScore> mine = scored.get(i);
                String w = written.get(i);
                if (w != null && mine.containsKey(w) && clears(mine.get(w), criterion, score)) {
                    chosen = w;
                    chosenScore = mine.get(w).score(criterion);
                    byModel = true;
                } else {
                    // the beat's authored replies first when they clear the bar; else the best score, ties in rank order
                    List<String> order = new ArrayList<>(ranked.get(i));
                    for (String c : mine.keySet()) if (!order.contains(c)) order.add(c);
                    List<String> authored = replies.get(i).goodReplies();
                    // a suggestion that keeps the trainee's empathy and listening beats one that trades them away
                    for (int pass = 0; pass < 4 && chosen == null; pass++) {
                        boolean authoredOnly = pass % 2 == 0, keeping = pass < 2;
                        for (String c : order) {
                            TurnScore s = mine.get(c);
                            // an authored reply leads only as a model of what is taught: at least 4 on it
                            if (s == null || !clears(s, criterion, score) || authoredOnly && (!authored.contains(c) || s.score(criterion) < 4)
                                    || keeping && !keeps(s, score)) continue;
                            if (chosen == null || s.score(criterion) > chosenScore) {
                                chosen = c;
                                chosenScore = s.score(criterion);
                            }
                        }
                    }
                }
            }
            out.add(new Taught(score.withFeedback(f.texts(), chosen, f.addresses()), f, chosenScore, byModel));
        }
        return out;
    }

    /**
     * Scores the likeliest suggestions for the next reply while the trainee types, so that after Enter the
     * engine judges the trainee's reply and little else: the beat's authored replies, and the first candidates
     * for the criteria the feedback is likeliest to address (the risk or boundary in play, empathy, active
     * listening). The scores are remembered by moment and text; a suggestion scored ahead gets the score it
     * would get after Enter, as the engine judges each reply by its own texts.
     */
    @Override
    public void prepare(ReplyContext next) {
        engine.prepare(next);
        RiskKind risk = expectedRisk(next);
        java.util.LinkedHashSet<String> ahead = new java.util.LinkedHashSet<>(next.goodReplies());
        if (risk != null) addFirst(ahead, candidates(next, TurnScore.RISK_AND_SAFETY, risk, null, true), AHEAD);
        if (next.boundary() != null) addFirst(ahead, candidates(next, TurnScore.BOUNDARY_SETTING, null, next.boundary(), true), AHEAD);
        addFirst(ahead, candidates(next, TurnScore.EMPATHY, null, null, true), AHEAD);
        addFirst(ahead, candidates(next, TurnScore.ACTIVE_LISTENING, null, null, true), AHEAD);
        List<ReplyContext> contexts = ahead.stream().map(next::withReply).toList();
        List<TurnScore> scores = judged(contexts, 0);
        for (int i = 0; i < contexts.size(); i++) scoredAhead.put(contexts.get(i), scores.get(i));
    }

    @Override
    public void forgetRemembered() {
        scoredAhead.clear();
        engine.forgetRemembered();
    }

    /** How many candidates per criterion are scored ahead: those of the first call and of the later one. */
    static final int AHEAD = LIVE_EARLY + LATER;

    /** The suggestions scored ahead, by moment and text; only {@link #prepare} adds to them. */
    private final org.rapport.nlp.RecentlyUsed<ReplyContext, TurnScore> scoredAhead = new org.rapport.nlp.RecentlyUsed<>(256);

    /**
     * The judging engine's scores of {@code contexts}, in one call; suggestions (every context from
     * {@code firstSuggestion} on) that were scored ahead are not scored again. The trainee's own replies are
     * always judged afresh.
     */
    private List<TurnScore> judged(List<ReplyContext> contexts, int firstSuggestion) {
        List<TurnScore> out = new ArrayList<>(java.util.Collections.nCopies(contexts.size(), (TurnScore) null));
        List<ReplyContext> missing = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < contexts.size(); i++) {
            TurnScore known = i < firstSuggestion ? null : scoredAhead.get(contexts.get(i));
            if (known != null) {
                out.set(i, known);
            } else {
                missing.add(contexts.get(i));
                at.add(i);
            }
        }
        List<TurnScore> fresh = missing.isEmpty() ? List.of() : engine.scoreAll(missing);
        for (int j = 0; j < fresh.size(); j++) out.set(at.get(j), fresh.get(j));
        return out;
    }

    /** Criteria a suggestion may never do worse on than the trainee did, whatever it improves: safety first. */
    static final List<String> NEVER_WORSE = List.of(TurnScore.RISK_AND_SAFETY, TurnScore.BOUNDARY_SETTING);

    /**
     * Whether a suggestion's score on {@code criterion} is at least one level above the trainee's reply, and
     * no lower on risk and safety or boundary-setting: a warmer reflection that drops the trainee's direct
     * question about suicide is not a better reply.
     */
    /**
     * Whether a suggestion scores no lower than the trainee's reply on empathy and on active listening, and, where
     * the trainee's reply passed over or imposed on who the client is (cultural humility 2 or less), takes it up (4
     * or more): a warmer reflection that passes over it too is not the model to show.
     */
    private static boolean keeps(TurnScore suggestion, TurnScore trainee) {
        for (String c : List.of(TurnScore.EMPATHY, TurnScore.ACTIVE_LISTENING)) {
            Integer before = trainee.score(c), after = suggestion.score(c);
            if (before != null && after != null && after < before) return false;
        }
        Integer culture = trainee.score(TurnScore.CULTURAL_HUMILITY), taken = suggestion.score(TurnScore.CULTURAL_HUMILITY);
        return culture == null || culture > 2 || taken != null && taken >= 4;
    }

    private static boolean clears(TurnScore suggestion, String criterion, TurnScore trainee) {
        Integer s = suggestion.score(criterion);
        Integer t = trainee.score(criterion);
        if (s == null || t == null || s < t + 1) return false;
        for (String kept : NEVER_WORSE) {
            Integer before = trainee.score(kept), after = suggestion.score(kept);
            if (before != null && (after == null || after < before)) return false;
        }
        return true;
    }

    /**
     * The suggestions likeliest to be needed, before the reply is judged: for a risk the scenario declares or
     * the client's words name, the risk reply; for a boundary the beat declares, its boundary reply; else a reflection of feeling and a
     * reflection with an open question. The beat's authored replies come first throughout.
     */
    private List<String> likely(ReplyContext context) {
        RiskKind risk = expectedRisk(context);
        List<String> out = new ArrayList<>();
        if (risk != null) {
            addFirst(out, candidates(context, TurnScore.RISK_AND_SAFETY, risk, null, false), LIVE_EARLY - 1);
        } else if (context.boundary() != null) {
            addFirst(out, candidates(context, TurnScore.BOUNDARY_SETTING, null, context.boundary(), false), LIVE_EARLY);
        } else {
            // no exemplars yet: their nearness needs the line's vector, which this very call embeds
            addFirst(out, candidates(context, TurnScore.EMPATHY, null, null, false), 1);
            addFirst(out, candidates(context, TurnScore.ACTIVE_LISTENING, null, null, false), LIVE_EARLY - out.size());
        }
        return out;
    }

    /** The risk the scenario declares for the moment, or (where it declares nothing) the one the client's words name. */
    private static RiskKind expectedRisk(ReplyContext context) {
        return context.risk() != null || context.scripted() ? context.risk() : RiskCues.find(context.clientLine());
    }

    private static void addFirst(java.util.Collection<String> out, List<String> candidates, int count) {
        int added = 0;
        for (String c : candidates) {
            if (added >= count) break;
            if (out.contains(c)) continue;
            out.add(c);
            added++;
        }
    }

    /**
     * The suggestions for a reply whose feedback addresses {@code criterion}, best first, ranked without the
     * engine: the beat's authored good replies; on a risk turn, the rubric's risk replies in the client's
     * words with their locale's crisis line; at a boundary, its boundary replies; then the rubric's nearest
     * exemplars with the client's feeling, then its templates. {@code boundary} is the boundary the client
     * tests (declared by the beat or found by the engine), or null.
     */
    List<String> candidates(ReplyContext context, String criterion, RiskKind risk, org.rapport.rubric.BoundaryKind boundary,
            boolean withExemplars) {
        ClientWords words = writer.clientWords(context);
        List<String> out = new ArrayList<>();
        if (!context.goodReplies().isEmpty()) {
            // the trainee's own reply picks which authored reply leads, so a retry meets another
            List<String> authored = context.goodReplies();
            int start = Math.floorMod(context.reply().hashCode(), authored.size());
            for (int k = 0; k < authored.size(); k++) out.add(authored.get((start + k) % authored.size()));
        }
        if (TurnScore.RISK_AND_SAFETY.equals(criterion) && risk != null) {
            org.rapport.locale.ServiceLocale locale = context.locale() != null ? context.locale()
                    : org.rapport.locale.LocaleCatalogue.shipped().defaultLocale();
            out.addAll(RewriteTemplates.risk(writer.guide(), words, risk, locale));
        } else if (TurnScore.BOUNDARY_SETTING.equals(criterion)) {
            if (boundary != null) out.addAll(RewriteTemplates.candidates(writer.guide(), words, boundary, criterion));
        } else {
            if (TurnScore.CULTURAL_HUMILITY.equals(criterion)) {
                out.addAll(RewriteTemplates.cultural(writer.guide(), context.clientLine(), words, false));
            } else if (TurnScore.EMPATHY.equals(criterion) || TurnScore.ACTIVE_LISTENING.equals(criterion)) {
                // a line that names who the client is ("at church they tell me to pray it away") is answered best
                // by a reflection that asks what it means to them
                List<String> cultural = RewriteTemplates.cultural(writer.guide(), context.clientLine(), words, true);
                if (!cultural.isEmpty()) out.add(cultural.get(0));
            }
            if (withExemplars) out.addAll(exemplars.adapted(words, context.clientLine(), engine.clientVector(context.clientLine()), 1));
            for (String c : RewriteTemplates.candidates(writer.guide(), words, null, criterion)) if (!out.contains(c)) out.add(c);
        }
        return out;
    }

    /** A suggestion is needed where the feedback addresses a criterion the reply scored below 5 on. */
    static boolean needsSuggestion(TurnFeedback f, TurnScore score) {
        if (f.addresses() == null) return false;
        Integer s = score.score(f.addresses());
        return s != null && s < 5;
    }

}
