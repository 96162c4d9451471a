package org.rapport.judgement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains one head the way every head is trained: grouped cross-validation first (the figures that go
 * into provenance and are printed), then the final head on all examples.
 *
 * <pre>{@code
 * FeatureSpace space = new FeatureSpace(EnumSet.of(FeatureBlock.CLIENT, FeatureBlock.STRUCTURE), encoder, structure);
 * HeadTraining training = new HeadTraining(new HeadTrainer(TrainerSettings.DEFAULT), new GroupedCrossValidation(5, 7));
 * TrainedHead risk = training.train("client-risk", labels, examples, space, List.of(corpus.dataFile("client-risk.csv")),
 *         "authored group", "Rapport contributors, CC BY 4.0");
 * HeadFile.write(risk.head(), HeadSet.fileFor(modelsDir, "client-risk"));
 * }</pre>
 */
public final class HeadTraining {

    private final HeadTrainer trainer;
    private final GroupedCrossValidation crossValidation;

    public HeadTraining(HeadTrainer trainer, GroupedCrossValidation crossValidation) {
        this.trainer = trainer;
        this.crossValidation = crossValidation;
    }

    /**
     * A trained head with its held-out (cross-validated) predictions, in example order. For an ensemble,
     * {@code head} is its first member, {@code members} all of them, and the figures and held-out predictions
     * are those of the averaged probabilities.
     */
    public record TrainedHead(Head head, Map<String, Double> figures, List<String> reference, List<Prediction> heldOut, List<Head> members) {

        public TrainedHead {
            members = members == null ? List.of(head) : List.copyOf(members);
        }

        public TrainedHead(Head head, Map<String, Double> figures, List<String> reference, List<Prediction> heldOut) {
            this(head, figures, reference, heldOut, null);
        }

        /** The held-out top labels, in example order. */
        public List<String> heldOutLabels() {
            return heldOut.stream().map(p -> p == null ? "" : p.label()).toList();
        }
    }

    public TrainedHead train(String name, List<String> labelOrder, List<LabelledText> examples, FeatureSpace space,
            List<Provenance.DataFile> data, String groupedBy, String attribution) {
        List<double[]> x = space.featuresAll(examples.stream().map(LabelledText::text).toList());
        return train(name, labelOrder, examples, x, space, data, groupedBy, attribution);
    }

    /** As {@link #train(String, List, List, FeatureSpace, List, String, String)}, with the vectors already made. */
    public TrainedHead train(String name, List<String> labelOrder, List<LabelledText> examples, List<double[]> x,
            FeatureSpace space, List<Provenance.DataFile> data, String groupedBy, String attribution) {
        List<String> labels = examples.stream().map(LabelledText::label).toList();
        List<String> groups = examples.stream().map(LabelledText::group).toList();
        List<Prediction> held = crossValidation.heldOut(name, labelOrder, x, labels, groups, space, trainer);
        Map<String, Double> figures = figures(labels, held, labelOrder);
        Provenance provenance = new Provenance(data, trainer.describe(), trainer.settings(), examples.size(),
                crossValidation.folds() + "-fold, grouped by " + groupedBy, figures, attribution);
        Head head = trainer.train(name, labelOrder, x, labels, space, provenance);
        return new TrainedHead(head, figures, labels, held);
    }

    /**
     * Trains an ensemble ({@link HeadEnsemble}): one head per feature space (each over its own encoder's
     * vectors {@code x.get(m)} of the same examples), each cross-validated on the same folds (the folds
     * depend on the groups and the seed alone), then the held-out probabilities of the members averaged
     * example by example. The figures, printed and saved in every member's provenance, are the averaged ones.
     */
    public TrainedHead trainEnsemble(String name, List<String> labelOrder, List<LabelledText> examples, List<List<double[]>> x,
            List<FeatureSpace> spaces, List<Provenance.DataFile> data, String groupedBy, String attribution) {
        if (x.size() != spaces.size() || x.isEmpty()) throw new IllegalArgumentException(name + ": one set of vectors per feature space");
        if (spaces.size() == 1) return train(name, labelOrder, examples, x.get(0), spaces.get(0), data, groupedBy, attribution);
        List<TrainedHead> each = new ArrayList<>();
        for (int m = 0; m < spaces.size(); m++) each.add(train(name, labelOrder, examples, x.get(m), spaces.get(m), data, groupedBy, attribution));
        List<String> labels = examples.stream().map(LabelledText::label).toList();
        List<Prediction> held = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            List<Prediction> at = new ArrayList<>();
            for (TrainedHead h : each) at.add(h.heldOut().get(i));
            held.add(HeadEnsemble.average(at));
        }
        Map<String, Double> figures = figures(labels, held, labelOrder);
        String encoders = String.join(" + ", spaces.stream().map(s -> s.encoder().name()).toList());
        List<Head> members = new ArrayList<>();
        for (TrainedHead h : each) {
            Head t = h.head();
            Provenance p = t.provenance();
            Provenance averaged = new Provenance(p.data(), p.trainer(), p.settings(), p.examples(),
                    p.groupedBy() + "; the figures are the ensemble's, its heads' probabilities averaged (" + encoders + ")", figures, p.attribution());
            members.add(new Head(t.name(), t.labels(), t.blocks(), t.encoder(), t.structure(), t.structureNames(), t.weights(), t.bias(), averaged));
        }
        return new TrainedHead(members.get(0), figures, labels, held, members);
    }

    /** The figures of held-out predictions against their labels (examples not predicted left out). */
    private static Map<String, Double> figures(List<String> labels, List<Prediction> held, List<String> labelOrder) {
        List<String> ref = new ArrayList<>(), pred = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            if (held.get(i) == null) continue;
            ref.add(labels.get(i));
            pred.add(held.get(i).label());
        }
        return GroupedCrossValidation.figures(ref, pred, labelOrder);
    }
}
