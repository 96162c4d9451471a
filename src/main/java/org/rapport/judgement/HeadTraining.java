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

    /** A trained head with its held-out (cross-validated) predictions, in example order. */
    public record TrainedHead(Head head, Map<String, Double> figures, List<String> reference, List<Prediction> heldOut) {

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
        List<String> ref = new ArrayList<>(), pred = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            if (held.get(i) == null) continue;
            ref.add(labels.get(i));
            pred.add(held.get(i).label());
        }
        Map<String, Double> figures = GroupedCrossValidation.figures(ref, pred, labelOrder);
        Provenance provenance = new Provenance(data, trainer.describe(), trainer.settings(), examples.size(),
                crossValidation.folds() + "-fold, grouped by " + groupedBy, figures, attribution);
        Head head = trainer.train(name, labelOrder, x, labels, space, provenance);
        return new TrainedHead(head, figures, labels, held);
    }
}
