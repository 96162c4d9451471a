package org.rapport.judgement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains heads with Tribuo's linear SGD trainer and log-multiclass objective (multinomial logistic
 * regression). Features are standardised on the training data; the scaling is then folded into the
 * weights so that a saved head needs nothing but its weights.
 */
public final class HeadTrainer {

    /** Tribuo reports every training run at INFO; training output is the figures, not a log. */
    private static final java.util.logging.Logger TRIBUO = java.util.logging.Logger.getLogger("org.tribuo");

    static {
        TRIBUO.setLevel(java.util.logging.Level.WARNING);
    }

    private final TrainerSettings settings;

    public HeadTrainer(TrainerSettings settings) {
        this.settings = settings;
    }

    public TrainerSettings settings() {
        return settings;
    }

    /** A short description of the trainer, for provenance. */
    public String describe() {
        return "Tribuo 4.3 LinearSGDTrainer, LogMulticlass objective, AdaGrad(" + settings.learningRate() + "), "
                + settings.epochs() + " epochs, minibatch " + settings.minibatch() + ", seed " + settings.seed()
                + (settings.balanced() ? ", label-balanced weights" : "") + ", standardised features";
    }

    /**
     * Trains a head on feature vectors and their labels.
     *
     * @param labelOrder the head's labels (every label in {@code labels} must be one of them)
     */
    public Head train(String name, List<String> labelOrder, List<double[]> x, List<String> labels, FeatureSpace space,
            Provenance provenance) {
        if (x.isEmpty()) throw new IllegalArgumentException(name + ": no training examples");
        if (x.size() != labels.size()) throw new IllegalArgumentException(name + ": " + x.size() + " vectors, " + labels.size() + " labels");
        int d = x.get(0).length;
        double[] mean = new double[d], scale = new double[d];
        for (double[] v : x) for (int i = 0; i < d; i++) mean[i] += v[i];
        for (int i = 0; i < d; i++) mean[i] /= x.size();
        for (double[] v : x) for (int i = 0; i < d; i++) scale[i] += (v[i] - mean[i]) * (v[i] - mean[i]);
        for (int i = 0; i < d; i++) {
            double sd = Math.sqrt(scale[i] / x.size());
            scale[i] = sd < 1e-9 ? 0 : 1 / sd;
        }
        String[] names = new String[d];
        for (int i = 0; i < d; i++) names[i] = String.format("f%05d", i);

        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance(name, factory), factory);
        Map<String, Integer> counts = new HashMap<>();
        for (int n = 0; n < x.size(); n++) {
            String label = labels.get(n);
            if (!labelOrder.contains(label)) throw new IllegalArgumentException(name + ": unknown label '" + label + "'");
            counts.merge(label, 1, Integer::sum);
            double[] v = x.get(n);
            List<String> fn = new ArrayList<>(d);
            List<Double> fv = new ArrayList<>(d);
            for (int i = 0; i < d; i++) {
                double z = (v[i] - mean[i]) * scale[i];
                if (z != 0) {
                    fn.add(names[i]);
                    fv.add(z);
                }
            }
            String[] fnames = fn.toArray(new String[0]);
            double[] fvalues = fv.stream().mapToDouble(Double::doubleValue).toArray();
            Example<Label> example = new ArrayExample<>(new Label(label), fnames, fvalues);
            data.add(example);
        }
        if (settings.balanced()) {
            Map<Label, Float> w = new HashMap<>();
            counts.forEach((l, c) -> w.put(new Label(l), (float) (x.size() / (double) (counts.size() * c))));
            data.setWeights(w);
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(settings.learningRate(), 0.1),
                settings.epochs(), Math.max(1, x.size()), settings.minibatch(), settings.seed());
        LinearSGDModel model = trainer.train(data);

        DenseMatrix w = model.getWeightsCopy();
        ImmutableFeatureMap featureMap = model.getFeatureIDMap();
        ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
        int biasColumn = w.getDimension2Size() - 1;
        float[][] weights = new float[labelOrder.size()][d];
        float[] bias = new float[labelOrder.size()];
        for (int k = 0; k < labelOrder.size(); k++) {
            int row = outputs.getID(new Label(labelOrder.get(k)));
            if (row < 0) {
                // A label with no training example here: never predicted.
                bias[k] = -30f;
                continue;
            }
            double b = w.get(row, biasColumn);
            for (int i = 0; i < d; i++) {
                int col = featureMap.getID(names[i]);
                if (col < 0 || scale[i] == 0) continue;
                double wi = w.get(row, col) * scale[i];
                weights[k][i] = (float) wi;
                b -= wi * mean[i];
            }
            bias[k] = (float) b;
        }
        Set<FeatureBlock> blocks = new LinkedHashSet<>(space.blocks());
        return new Head(name, labelOrder, blocks, space.encoder().name(), space.structure().id(), space.structure().names(),
                weights, bias, provenance);
    }
}
