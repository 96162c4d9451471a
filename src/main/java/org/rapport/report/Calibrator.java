package org.rapport.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rapport.rubric.Behavior;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.TurnScore;
import org.rapport.transcript.InputError;

/**
 * Compares the engine with a program's own raters, so that a program can check the engine against
 * the people it trusts before trusting the engine: per criterion quadratic-weighted kappa, Spearman's
 * rank correlation, exact and adjacent agreement, and the confusion table.
 */
public final class Calibrator {

    private static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);
    private static final int MAX_DISAGREEMENTS = 10;

    private final RubricEngine engine;

    public Calibrator(RubricEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    public CalibrationReport compare(String source, HumanRatings.Result human) {
        List<HumanRating> ratings = human.ratings();
        List<TurnScore> scores = scoreDistinct(ratings);
        RubricRef rubric = RubricRef.of(engine.rubric());
        List<CalibrationReport.CriterionAgreement> criteria = new ArrayList<>();
        for (String criterion : rubric.criterionIds()) {
            if (ratings.stream().anyMatch(r -> r.scores().containsKey(criterion))) {
                criteria.add(criterion(criterion, ratings, scores));
            }
        }
        return new CalibrationReport(rubric, source, ratings.size(), criteria, behavior(ratings, scores),
                new ArrayList<InputError>(human.errors()));
    }

    /** Several raters often score the same reply: the engine scores each distinct reply once. */
    List<TurnScore> scoreDistinct(List<HumanRating> ratings) {
        Map<ReplyContext, Integer> distinct = new LinkedHashMap<>();
        List<Integer> slot = new ArrayList<>();
        for (HumanRating r : ratings) {
            ReplyContext context = new ReplyContext(r.client().isEmpty() ? List.of()
                    : List.of(new org.rapport.transcript.Turn(0, org.rapport.transcript.Speaker.CLIENT, r.client())),
                    r.reply(), r.boundary());
            slot.add(distinct.computeIfAbsent(context, c -> distinct.size()));
        }
        List<TurnScore> unique = distinct.isEmpty() ? List.of() : engine.scoreAll(List.copyOf(distinct.keySet()));
        if (unique.size() != distinct.size()) {
            throw new IllegalStateException("the engine returned " + unique.size() + " scores for " + distinct.size()
                    + " replies");
        }
        return slot.stream().map(unique::get).toList();
    }

    private static CalibrationReport.CriterionAgreement criterion(String criterion, List<HumanRating> ratings,
            List<TurnScore> scores) {
        List<Integer> humanScores = new ArrayList<>(), engineScores = new ArrayList<>();
        List<CalibrationReport.Disagreement> far = new ArrayList<>();
        int rated = 0, notApplicable = 0;
        for (int k = 0; k < ratings.size(); k++) {
            HumanRating r = ratings.get(k);
            Integer h = r.scores().get(criterion);
            if (h == null) continue;
            rated++;
            Integer e = scores.get(k).score(criterion);
            if (e == null) {
                notApplicable++;
                continue;
            }
            humanScores.add(h);
            engineScores.add(e);
            if (Math.abs(h - e) >= 2) {
                far.add(new CalibrationReport.Disagreement(r.line(), r.itemId(), r.rater(), h, e, r.reply()));
            }
        }
        far.sort(Comparator.comparingInt((CalibrationReport.Disagreement d) -> -Math.abs(d.human() - d.engine()))
                .thenComparingInt(CalibrationReport.Disagreement::line));
        Agreement<Integer> agreement = Agreement.of(humanScores, engineScores, SCALE);
        boolean any = !humanScores.isEmpty();
        return new CalibrationReport.CriterionAgreement(criterion, rated, humanScores.size(), notApplicable,
                kappaDefined(humanScores, engineScores) ? figure(agreement.weightedKappa(Agreement.Weighting.QUADRATIC))
                        : null,
                figure(Agreement.spearman(humanScores, engineScores)),
                any ? figure(agreement.accuracy()) : null, any ? figure(agreement.agreementWithin(1)) : null,
                mean(humanScores), mean(engineScores), CalibrationReport.ConfusionTable.of(agreement, String::valueOf),
                far.subList(0, Math.min(MAX_DISAGREEMENTS, far.size())));
    }

    private static CalibrationReport.BehaviorAgreement behavior(List<HumanRating> ratings, List<TurnScore> scores) {
        List<Behavior> human = new ArrayList<>(), predicted = new ArrayList<>();
        for (int k = 0; k < ratings.size(); k++) {
            if (ratings.get(k).behavior() == null) continue;
            human.add(ratings.get(k).behavior());
            predicted.add(scores.get(k).codes().behavior());
        }
        if (human.isEmpty()) return null;
        Agreement<Behavior> a = Agreement.of(human, predicted, List.of(Behavior.values()));
        return new CalibrationReport.BehaviorAgreement(human.size(), figure(a.accuracy()), figure(a.kappa()),
                figure(a.macroF1()), CalibrationReport.ConfusionTable.of(a, Behavior::json));
    }

    /**
     * Kappa is undefined when chance agreement is certain: fewer than two items, or both raters giving
     * one and the same score throughout.
     */
    private static boolean kappaDefined(List<Integer> human, List<Integer> engine) {
        return human.size() >= 2 && !(human.stream().distinct().count() == 1 && engine.stream().distinct().count() == 1
                && human.get(0).equals(engine.get(0)));
    }

    /** Three decimals; NaN (too little data, or no variation) becomes null. */
    private static Double figure(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * 1000.0) / 1000.0;
    }

    private static Double mean(List<Integer> values) {
        if (values.isEmpty()) return null;
        return Math.round(values.stream().mapToInt(Integer::intValue).average().orElseThrow() * 100.0) / 100.0;
    }
}
