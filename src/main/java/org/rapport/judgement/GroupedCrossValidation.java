package org.rapport.judgement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.rapport.report.Agreement;

/**
 * k-fold cross-validation that keeps every group (transcript, help-seeker post, authored paraphrase
 * group) in one fold: a head is never measured on a group it was trained on.
 */
public final class GroupedCrossValidation {

    private final int folds;
    private final long seed;

    public GroupedCrossValidation(int folds, long seed) {
        if (folds < 2) throw new IllegalArgumentException("cross-validation needs at least 2 folds");
        this.folds = folds;
        this.seed = seed;
    }

    /** The fold of each example: groups shuffled by the seed, then dealt round-robin. */
    public int[] assign(List<String> groups) {
        List<String> distinct = new ArrayList<>(new TreeSet<>(groups));
        Collections.shuffle(distinct, new Random(seed));
        Map<String, Integer> fold = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) fold.put(distinct.get(i), i % folds);
        int[] out = new int[groups.size()];
        for (int i = 0; i < out.length; i++) out[i] = fold.get(groups.get(i));
        return out;
    }

    /** Held-out predictions for every example, each from a head trained on the other folds. */
    public List<Prediction> heldOut(String name, List<String> labelOrder, List<double[]> x, List<String> labels,
            List<String> groups, FeatureSpace space, HeadTrainer trainer) {
        int[] fold = assign(groups);
        Prediction[] out = new Prediction[x.size()];
        for (int f = 0; f < folds; f++) {
            List<double[]> tx = new ArrayList<>();
            List<String> ty = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < x.size(); i++) {
                if (fold[i] == f) test.add(i);
                else {
                    tx.add(x.get(i));
                    ty.add(labels.get(i));
                }
            }
            if (test.isEmpty() || tx.isEmpty()) continue;
            Head head = trainer.train(name, labelOrder, tx, ty, space, null);
            for (int i : test) out[i] = head.predict(x.get(i));
        }
        List<Prediction> list = new ArrayList<>(out.length);
        Collections.addAll(list, out);
        return list;
    }

    /** The figures saved in provenance and printed by training: macro-F1, accuracy, kappa, recall per label. */
    public static Map<String, Double> figures(List<String> reference, List<String> predicted, List<String> labelOrder) {
        Agreement<String> a = Agreement.of(reference, predicted, labelOrder);
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("n", (double) a.size());
        f.put("macro_f1", round(a.macroF1()));
        f.put("accuracy", round(a.accuracy()));
        f.put("kappa", round(a.kappa()));
        for (String l : labelOrder) {
            long total = 0;
            for (String p : labelOrder) total += a.count(l, p);
            if (total > 0) f.put("recall_" + l, round(a.count(l, l) / (double) total));
        }
        return f;
    }

    public int folds() {
        return folds;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
