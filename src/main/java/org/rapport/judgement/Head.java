package org.rapport.judgement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trained head: multinomial logistic regression from a feature vector to a probability per label.
 * The weights already include the standardisation learnt at training time, so prediction is one
 * matrix-vector product and a softmax.
 *
 * @param name       what the head judges ("behaviour", "boundary-kind", "boundary-reply/limit")
 * @param labels     the labels, in the order of the weight rows
 * @param blocks     the feature blocks, in {@link FeatureBlock} order
 * @param encoder    the sentence encoder the vectors come from
 * @param structure  the structure id and its feature names
 * @param weights    one row per label, one column per feature
 * @param bias       one per label
 * @param provenance what data, settings and cross-validated figures made the head
 */
public record Head(String name, List<String> labels, Set<FeatureBlock> blocks, String encoder, String structure,
        List<String> structureNames, float[][] weights, float[] bias, Provenance provenance) {

    public Head {
        labels = List.copyOf(labels);
        blocks = Set.copyOf(blocks);
        structureNames = List.copyOf(structureNames);
        if (weights.length != labels.size() || bias.length != labels.size()) {
            throw new IllegalArgumentException(name + ": " + labels.size() + " labels but " + weights.length + " weight rows and "
                    + bias.length + " biases");
        }
    }

    /** The number of features the head reads. */
    public int inputSize() {
        return weights.length == 0 ? 0 : weights[0].length;
    }

    public Prediction predict(double[] x) {
        if (x.length != inputSize()) {
            throw new IllegalArgumentException(name + " reads " + inputSize() + " features, was given " + x.length);
        }
        double[] z = new double[labels.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < z.length; k++) {
            double s = bias[k];
            float[] w = weights[k];
            for (int i = 0; i < x.length; i++) s += w[i] * x[i];
            z[k] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        Map<String, Double> p = new LinkedHashMap<>();
        for (int k = 0; k < z.length; k++) p.put(labels.get(k), z[k] / sum);
        return new Prediction(p);
    }

    /** Checks that this head can read vectors from a feature space (same blocks, encoder and structure). */
    public void requireCompatible(FeatureSpace space) {
        if (!space.blocks().equals(Set.copyOf(blocks)) || !space.encoder().name().equals(encoder)
                || !space.structure().names().equals(structureNames)) {
            throw new IllegalArgumentException("head '" + name + "' was trained on " + blocks + " of " + encoder + " with "
                    + structureNames.size() + " '" + structure + "' features; the feature space offers " + space.blocks() + " of "
                    + space.encoder().name() + " with " + space.structure().names().size() + " '" + space.structure().id() + "' features");
        }
    }
}
