package org.rapport.judgement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Heads of the same labels, each over its own encoder's vectors, that judge together: the ensemble's
 * prediction is the mean of its members' class probabilities (what Tribuo calls a voting combiner over
 * probabilities). Two encoders that err on different utterances make fewer errors averaged than either
 * alone. An ensemble of one head predicts exactly what that head predicts.
 *
 * @param name    the members' name ("behaviour", "subtype/question")
 * @param members the heads, the one of {@code <name>.json} first, then {@code <name>.<encoder>.json} by name
 */
public record HeadEnsemble(String name, List<Head> members) {

    public HeadEnsemble {
        members = List.copyOf(members);
        if (members.isEmpty()) throw new IllegalArgumentException(name + ": an ensemble needs at least one head");
        for (Head h : members) {
            if (!h.name().equals(name)) throw new IllegalArgumentException(name + ": member '" + h.name() + "' has another name");
            if (!h.labels().equals(members.get(0).labels())) {
                throw new IllegalArgumentException(name + ": member over " + h.encoder() + " has labels " + h.labels()
                        + ", the first has " + members.get(0).labels());
            }
        }
    }

    public static HeadEnsemble of(Head head) {
        return new HeadEnsemble(head.name(), List.of(head));
    }

    public List<String> labels() {
        return members.get(0).labels();
    }

    /** The encoders the members read, in member order. */
    public List<String> encoders() {
        return members.stream().map(Head::encoder).toList();
    }

    /**
     * The mean of the members' predictions.
     *
     * @param x one feature vector per member, each from that member's feature space, in member order
     */
    public Prediction predict(List<double[]> x) {
        if (x.size() != members.size()) throw new IllegalArgumentException(name + " has " + members.size() + " heads, was given " + x.size() + " vectors");
        if (members.size() == 1) return members.get(0).predict(x.get(0));
        Prediction[] each = new Prediction[members.size()];
        for (int m = 0; m < each.length; m++) each[m] = members.get(m).predict(x.get(m));
        return average(List.of(each));
    }

    /** The mean of predictions over the same labels, in the first one's label order; null when any is null (not predicted). */
    public static Prediction average(List<Prediction> predictions) {
        if (predictions.isEmpty()) throw new IllegalArgumentException("nothing to average");
        for (Prediction p : predictions) if (p == null) return null;
        if (predictions.size() == 1) return predictions.get(0);
        Map<String, Double> mean = new LinkedHashMap<>();
        for (String label : predictions.get(0).probabilities().keySet()) {
            double s = 0;
            for (Prediction p : predictions) s += p.probabilityOf(label);
            mean.put(label, s / predictions.size());
        }
        return new Prediction(mean);
    }
}
