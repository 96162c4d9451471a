package org.rapport.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.rapport.transcript.InputError;

/** A calibration report as text: per criterion the agreement figures, what they mean, and the confusion table. */
public final class CalibrationText {

    private CalibrationText() {
    }

    public static void write(CalibrationReport report, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("Calibration - engine (rubric ").append(report.rubric().id()).append(" version ")
                .append(report.rubric().version()).append(") against human ratings in ").append(report.source())
                .append('\n').append(report.ratings()).append(" ratings read");
        if (!report.errors().isEmpty()) sb.append(", ").append(report.errors().size()).append(" rows left out (listed at the end)");
        sb.append("\n");
        for (CalibrationReport.CriterionAgreement c : report.criteria()) {
            sb.append("\n").append(report.rubric().criterionName(c.criterion())).append(" (").append(c.criterion())
                    .append(")\n");
            sb.append(String.format(Locale.ROOT, "  rated by humans %d, compared %d", c.rated(), c.compared()));
            if (c.engineNotApplicable() > 0) {
                sb.append(String.format(Locale.ROOT, ", engine judged not applicable %d", c.engineNotApplicable()));
            }
            sb.append('\n');
            sb.append(String.format(Locale.ROOT, "  quadratic-weighted kappa %s%s%n", figure(c.quadraticWeightedKappa()),
                    c.quadraticWeightedKappa() == null ? "" : "  (" + strength(c.quadraticWeightedKappa()) + ")"));
            sb.append(String.format(Locale.ROOT, "  Spearman rank correlation %s%n", figure(c.spearman())));
            sb.append(String.format(Locale.ROOT, "  exact agreement %s, within one point %s%n", percent(c.exactAgreement()),
                    percent(c.adjacentAgreement())));
            sb.append(String.format(Locale.ROOT, "  mean score: human %s, engine %s%n", figure(c.humanMean()),
                    figure(c.engineMean())));
            table(sb, c.confusion());
            if (!c.disagreements().isEmpty()) {
                sb.append("  largest disagreements (line: human vs engine):\n");
                for (CalibrationReport.Disagreement d : c.disagreements()) {
                    GradeText.wrap(sb, String.format(Locale.ROOT, "    %d: %d vs %d  ", d.line(), d.human(), d.engine()),
                            "\"" + d.reply() + "\"");
                }
            }
        }
        CalibrationReport.BehaviorAgreement b = report.behavior();
        if (b != null) {
            sb.append("\nBehaviour codes (question, reflection, input, other)\n");
            sb.append(String.format(Locale.ROOT, "  compared %d, accuracy %s, Cohen's kappa %s%s, macro-F1 %s%n", b.compared(),
                    percent(b.accuracy()), figure(b.kappa()), b.kappa() == null ? "" : " (" + strength(b.kappa()) + ")",
                    figure(b.macroF1())));
            table(sb, b.confusion());
        }
        sb.append("\nKappa strength follows Landis and Koch (1977): below 0.21 slight, to 0.40 fair, to 0.60 moderate,\n"
                + "to 0.80 substantial, above 0.80 almost perfect.\n");
        if (!report.errors().isEmpty()) {
            sb.append("\nErrors\n");
            for (InputError e : report.errors()) sb.append("  ").append(e).append('\n');
        }
        out.write(sb.toString());
        out.flush();
    }

    /** A fit's outcome: agreement on the held-out rows before and after, side by side, then the scales. */
    public static void write(RaterFitReport fit, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        CalibrationReport before = fit.before(), after = fit.after();
        sb.append("Derived rubric ").append(fit.derivedRubric()).append(" from ").append(before.rubric().id())
                .append(", written to ").append(fit.rubricFile()).append(" with its model folder\n");
        sb.append(String.format(Locale.ROOT, "fitted on %d rows%s; the figures below are on the other %d, held out before fitting%n",
                fit.trainingRows(), fit.supervisedRows() == 0 ? "" : " (with " + fit.supervisedRows() + " supervisor overrides)",
                fit.heldOutRows()));
        sb.append(String.format(Locale.ROOT, "%n%-22s %8s  %-15s %-15s %s%n", "held-out agreement", "compared", "kappa",
                "exact", "mean human/engine"));
        for (CalibrationReport.CriterionAgreement b : before.criteria()) {
            CalibrationReport.CriterionAgreement a = after.criteria().stream()
                    .filter(c -> c.criterion().equals(b.criterion())).findFirst().orElse(null);
            if (a == null) continue;
            sb.append(String.format(Locale.ROOT, "%-22s %8d  %-15s %-15s %s%n", b.criterion(), a.compared(),
                    figure(b.quadraticWeightedKappa()) + " -> " + figure(a.quadraticWeightedKappa()),
                    percent(b.exactAgreement()) + " -> " + percent(a.exactAgreement()),
                    figure(b.humanMean()) + "/" + figure(b.engineMean()) + " -> " + figure(a.engineMean())));
        }
        if (before.behavior() != null && after.behavior() != null) {
            sb.append(String.format(Locale.ROOT, "%-22s %8d  %-15s %-15s macro-F1 %s -> %s%n", "behaviour codes",
                    after.behavior().compared(), figure(before.behavior().kappa()) + " -> " + figure(after.behavior().kappa()),
                    percent(before.behavior().accuracy()) + " -> " + percent(after.behavior().accuracy()),
                    figure(before.behavior().macroF1()), figure(after.behavior().macroF1())));
        }
        if (!fit.scales().isEmpty()) {
            sb.append("\nYour raters' scale (engine level -> your raters' score)\n");
            fit.scales().forEach((criterion, levels) -> {
                sb.append("  ").append(String.format(Locale.ROOT, "%-20s", criterion));
                for (int s = 0; s < levels.size(); s++) sb.append(' ').append(s + 1).append("->").append(levels.get(s));
                sb.append('\n');
            });
        }
        if (!fit.notes().isEmpty()) {
            sb.append("\nNotes\n");
            for (String n : fit.notes()) sb.append("  ").append(n).append('\n');
        }
        sb.append("\nGrade with it: --rubric ").append(fit.derivedRubric()).append('\n');
        if (!before.errors().isEmpty()) {
            sb.append("\nErrors\n");
            for (InputError e : before.errors()) sb.append("  ").append(e).append('\n');
        }
        out.write(sb.toString());
        out.flush();
    }

    private static void table(StringBuilder sb, CalibrationReport.ConfusionTable t) {
        int w = Math.max(5, t.labels().stream().mapToInt(String::length).max().orElse(1) + 1);
        sb.append("  confusion (human down, engine across)\n");
        sb.append("  ").append(pad("", 12));
        for (String l : t.labels()) sb.append(pad(l, w));
        sb.append('\n');
        for (int i = 0; i < t.labels().size(); i++) {
            sb.append("  ").append(String.format(Locale.ROOT, "%-12s", t.labels().get(i)));
            for (Long n : t.counts().get(i)) sb.append(pad(Long.toString(n), w));
            sb.append('\n');
        }
    }

    private static String pad(String s, int w) {
        return String.format(Locale.ROOT, "%" + w + "s", s);
    }

    private static String figure(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String percent(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.0f %%", v * 100);
    }

    /** Landis and Koch's names for kappa bands. */
    static String strength(double kappa) {
        if (kappa <= 0) return "no agreement beyond chance";
        if (kappa <= 0.20) return "slight";
        if (kappa <= 0.40) return "fair";
        if (kappa <= 0.60) return "moderate";
        if (kappa <= 0.80) return "substantial";
        return "almost perfect";
    }
}
