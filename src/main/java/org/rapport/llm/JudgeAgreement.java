package org.rapport.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rapport.report.Agreement;
import org.rapport.rubric.TurnScore;

/**
 * How far the LLM judge agrees with the rubric engine, per criterion, over the replies both scored:
 * exact agreement, agreement within one level, and quadratic-weighted kappa (the engine as reference).
 * Replies where only one rater found the criterion applicable are counted apart, as are unreadable
 * verdicts.
 */
public record JudgeAgreement(List<CriterionAgreement> criteria, int replies, int unreadable, int unreachable) {

    public static final List<Integer> LEVELS = List.of(1, 2, 3, 4, 5);

    /**
     * @param n               replies both raters scored
     * @param exact           share of those with the same score
     * @param adjacent        share within one level
     * @param weightedKappa   quadratic-weighted kappa (NaN when undefined, e.g. fewer than two levels seen)
     * @param applicabilityDisagreements replies where one rater scored the criterion and the other said it
     *                        did not apply
     */
    public record CriterionAgreement(String criterion, int n, double exact, double adjacent, double weightedKappa,
            int applicabilityDisagreements) {
    }

    public JudgeAgreement {
        criteria = List.copyOf(criteria);
    }

    /** Pairs the engine's scores with the judge's verdicts, reply by reply. */
    public static JudgeAgreement of(List<String> criterionIds, List<TurnScore> engine, List<JudgeVerdict> judge) {
        if (engine.size() != judge.size()) throw new IllegalArgumentException("engine and judge differ in length");
        int unreadable = (int) judge.stream().filter(v -> !v.readable()).count();
        int unreachable = (int) judge.stream().filter(JudgeVerdict::unreachable).count();
        List<CriterionAgreement> out = new ArrayList<>();
        for (String id : criterionIds) {
            List<Integer> reference = new ArrayList<>(), predicted = new ArrayList<>();
            int applicability = 0;
            for (int i = 0; i < engine.size(); i++) {
                if (!judge.get(i).readable()) continue;
                Integer e = engine.get(i).score(id), j = judge.get(i).score(id);
                if (e == null && j == null) continue;
                if (e == null || j == null) {
                    applicability++;
                    continue;
                }
                reference.add(e);
                predicted.add(j);
            }
            int n = reference.size();
            int exact = 0, adjacent = 0;
            for (int i = 0; i < n; i++) {
                int d = Math.abs(reference.get(i) - predicted.get(i));
                if (d == 0) exact++;
                if (d <= 1) adjacent++;
            }
            double kappa = n == 0 ? Double.NaN
                    : Agreement.of(reference, predicted, LEVELS).weightedKappa(Agreement.Weighting.QUADRATIC);
            out.add(new CriterionAgreement(id, n, n == 0 ? Double.NaN : (double) exact / n,
                    n == 0 ? Double.NaN : (double) adjacent / n, kappa, applicability));
        }
        return new JudgeAgreement(out, engine.size(), unreadable, unreachable);
    }

    /** As JSON for reports: shares and kappa as numbers (null where undefined). */
    public com.fasterxml.jackson.databind.node.ObjectNode toJson() {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = mapper.createObjectNode();
        root.put("replies", replies).put("unreadable", unreadable).put("unreachable", unreachable);
        var list = root.putObject("criteria");
        for (CriterionAgreement c : criteria) {
            var node = list.putObject(c.criterion());
            node.put("n", c.n());
            number(node, "exact", c.exact());
            number(node, "adjacent", c.adjacent());
            number(node, "weighted_kappa", c.weightedKappa());
            node.put("applicability_disagreements", c.applicabilityDisagreements());
        }
        return root;
    }

    private static void number(com.fasterxml.jackson.databind.node.ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) node.putNull(name);
        else node.put(name, Math.round(value * 1000) / 1000.0);
    }

    /** A small table for a terminal. */
    public String render() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "LLM judge vs engine (%d replies%s)%n", replies,
                unreachable > 0 && unreachable == unreadable ? ", the model could not be reached for " + unreachable
                        : unreadable == 0 ? "" : ", " + unreadable + " unreadable verdicts"
                        + (unreachable == 0 ? "" : " (" + unreachable + " unreached)")));
        s.append(String.format(Locale.ROOT, "%-18s %5s %7s %9s %8s %13s%n", "criterion", "n", "exact", "within 1",
                "kappa_w", "applies only"));
        for (CriterionAgreement c : criteria) {
            s.append(String.format(Locale.ROOT, "%-18s %5d %7s %9s %8s %13d%n", c.criterion(), c.n(),
                    percent(c.exact()), percent(c.adjacent()),
                    Double.isNaN(c.weightedKappa()) ? "-" : String.format(Locale.ROOT, "%.2f", c.weightedKappa()),
                    c.applicabilityDisagreements()));
        }
        return s.toString();
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
