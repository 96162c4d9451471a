package org.rapport.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How far two raters agree on the same items: the engine against an expert corpus or a program's own
 * raters. Pairs are (reference, predicted); labels are compared with {@code equals}.
 */
public final class Agreement<L> {

    private final List<L> labels;
    private final long[][] counts;
    private final int n;

    private Agreement(List<L> labels, long[][] counts, int n) {
        this.labels = labels;
        this.counts = counts;
        this.n = n;
    }

    /** Builds the confusion table; {@code labelOrder} fixes row/column order (others are appended). */
    public static <L> Agreement<L> of(List<L> reference, List<L> predicted, List<L> labelOrder) {
        if (reference.size() != predicted.size()) {
            throw new IllegalArgumentException("reference and predicted differ in length");
        }
        Set<L> all = new LinkedHashSet<>(labelOrder);
        all.addAll(reference);
        all.addAll(predicted);
        List<L> labels = List.copyOf(all);
        long[][] counts = new long[labels.size()][labels.size()];
        for (int i = 0; i < reference.size(); i++) {
            counts[labels.indexOf(reference.get(i))][labels.indexOf(predicted.get(i))]++;
        }
        return new Agreement<>(labels, counts, reference.size());
    }

    public List<L> labels() {
        return labels;
    }

    public int size() {
        return n;
    }

    /** counts[reference][predicted]. */
    public long count(L reference, L predicted) {
        return counts[labels.indexOf(reference)][labels.indexOf(predicted)];
    }

    public double accuracy() {
        long agree = 0;
        for (int i = 0; i < labels.size(); i++) agree += counts[i][i];
        return n == 0 ? Double.NaN : (double) agree / n;
    }

    /** F1 per label, in label order (labels never seen on either side are left out). */
    public Map<L, Double> f1PerLabel() {
        Map<L, Double> f1 = new LinkedHashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            long tp = counts[k][k], refTotal = 0, predTotal = 0;
            for (int j = 0; j < labels.size(); j++) {
                refTotal += counts[k][j];
                predTotal += counts[j][k];
            }
            if (refTotal == 0 && predTotal == 0) continue;
            double precision = predTotal == 0 ? 0 : (double) tp / predTotal;
            double recall = refTotal == 0 ? 0 : (double) tp / refTotal;
            f1.put(labels.get(k), precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        }
        return f1;
    }

    public double macroF1() {
        return f1PerLabel().values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /**
     * Share of items where the two ratings are at most {@code steps} scale points apart (label order is
     * the scale): 0 is exact agreement, 1 the "adjacent agreement" rubric calibration reports.
     */
    public double agreementWithin(int steps) {
        if (n == 0) return Double.NaN;
        long close = 0;
        for (int i = 0; i < labels.size(); i++) {
            for (int j = 0; j < labels.size(); j++) {
                if (Math.abs(i - j) <= steps) close += counts[i][j];
            }
        }
        return (double) close / n;
    }

    /** Cohen's kappa: agreement beyond chance. */
    public double kappa() {
        return weightedKappa(Weighting.NONE);
    }

    /**
     * Weighted kappa for ordinal labels (label order is the scale): linear or quadratic weights give
     * partial credit to near misses.
     */
    public double weightedKappa(Weighting weighting) {
        int k = labels.size();
        if (n == 0 || k < 2) return Double.NaN;
        double[] rowTotals = new double[k], colTotals = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rowTotals[i] += counts[i][j];
                colTotals[j] += counts[i][j];
            }
        }
        double observed = 0, expected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = weighting.disagreement(i, j, k);
                observed += w * counts[i][j] / n;
                expected += w * rowTotals[i] * colTotals[j] / ((double) n * n);
            }
        }
        return expected == 0 ? (observed == 0 ? 1.0 : Double.NaN) : 1 - observed / expected;
    }

    /** The confusion table as rows of text cells, header first: reference down, predicted across. */
    public List<List<String>> table() {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("reference \\ engine");
        labels.forEach(l -> header.add(String.valueOf(l)));
        rows.add(header);
        for (int i = 0; i < labels.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(labels.get(i)));
            for (int j = 0; j < labels.size(); j++) row.add(Long.toString(counts[i][j]));
            rows.add(row);
        }
        return rows;
    }

    /** Spearman's rank correlation of two numeric series (average ranks for ties). */
    public static double spearman(List<? extends Number> a, List<? extends Number> b) {
        if (a.size() != b.size()) throw new IllegalArgumentException("series differ in length");
        if (a.size() < 2) return Double.NaN;
        return pearson(ranks(a), ranks(b));
    }

    private static double[] ranks(List<? extends Number> values) {
        int n = values.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> Double.compare(values.get(x).doubleValue(), values.get(y).doubleValue()));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && Objects.equals(values.get(order[j + 1]).doubleValue(), values.get(order[i]).doubleValue())) j++;
            double rank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) ranks[order[t]] = rank;
            i = j + 1;
        }
        return ranks;
    }

    private static double pearson(double[] x, double[] y) {
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** How much a disagreement between scale points i and j of k counts. */
    public enum Weighting {
        NONE, LINEAR, QUADRATIC;

        double disagreement(int i, int j, int k) {
            if (i == j) return 0;
            return switch (this) {
                case NONE -> 1;
                case LINEAR -> Math.abs(i - j) / (double) (k - 1);
                case QUADRATIC -> Math.pow(i - j, 2) / Math.pow(k - 1, 2);
            };
        }
    }
}
