package org.rapport.judgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.nlp.SentenceEmbeddings;

/** Heads over two encoders judge as one: their probabilities averaged, in use and in cross-validation. */
class HeadEnsembleTest {

    /** A head of two labels over one feature whose weight says how sure it is that the feature means "yes". */
    private static Head head(String encoder, float weight) {
        return new Head("form", List.of("yes", "no"), Set.of(FeatureBlock.STRUCTURE), encoder, "s", List.of("f"),
                new float[][] {{weight}, {0f}}, new float[] {0f, 0f}, null);
    }

    @Test
    void anEnsembleAveragesItsHeadsProbabilitiesAndAnEnsembleOfOneIsItsHead() {
        Head sure = head("all-minilm-l6-v2-q", 3f), unsure = head("e5-small-v2-q", -1f);
        HeadEnsemble both = new HeadEnsemble("form", List.of(sure, unsure));

        Prediction p = both.predict(List.of(new double[] {1}, new double[] {1}));

        double expected = (sure.predict(new double[] {1}).probabilityOf("yes") + unsure.predict(new double[] {1}).probabilityOf("yes")) / 2;
        assertThat(p.probabilityOf("yes")).isCloseTo(expected, offset(1e-12));
        assertThat(p.probabilityOf("yes") + p.probabilityOf("no")).isCloseTo(1.0, offset(1e-12));
        assertThat(both.encoders()).containsExactly("all-minilm-l6-v2-q", "e5-small-v2-q");
        assertThat(HeadEnsemble.of(sure).predict(List.<double[]>of(new double[] {1}))).isEqualTo(sure.predict(new double[] {1}));
        assertThatThrownBy(() -> both.predict(List.<double[]>of(new double[] {1}))).hasMessageContaining("2 heads");
    }

    @Test
    void headsOfOtherLabelsDoNotMakeAnEnsemble() {
        Head other = new Head("form", List.of("no", "yes"), Set.of(FeatureBlock.STRUCTURE), "e5-small-v2-q", "s", List.of("f"),
                new float[][] {{0f}, {1f}}, new float[] {0f, 0f}, null);
        assertThatThrownBy(() -> new HeadEnsemble("form", List.of(head("all-minilm-l6-v2-q", 1f), other))).hasMessageContaining("labels");
    }

    @Test
    void aSiblingFileOverAnotherEncoderJoinsItsHeadAndTrainingAloneAgainRemovesIt(@TempDir Path dir) throws Exception {
        HeadSet.write(dir, List.of(head("all-minilm-l6-v2-q", 3f), head("e5-small-v2-q", -1f)));

        assertThat(dir.resolve("form.json")).exists();
        assertThat(dir.resolve("form.e5-small-v2-q.json")).exists();
        HeadSet set = HeadSet.reload(dir);
        assertThat(set.all()).containsOnlyKeys("form");
        assertThat(set.ensemble("form").orElseThrow().encoders()).containsExactly("all-minilm-l6-v2-q", "e5-small-v2-q");

        HeadSet.write(dir, List.of(head("all-minilm-l6-v2-q", 2f)));

        assertThat(dir.resolve("form.e5-small-v2-q.json")).doesNotExist();
        assertThat(HeadSet.reload(dir).ensemble("form").orElseThrow().members()).hasSize(1);
    }

    @Test
    void aSiblingWithoutItsHeadIsRefused(@TempDir Path dir) {
        HeadFile.write(head("e5-small-v2-q", 1f), HeadSet.fileFor(dir, "form", "e5-small-v2-q"));
        assertThatThrownBy(() -> HeadSet.reload(dir)).hasMessageContaining("without form.json");
    }

    /** One structural feature, the reply's question mark, and a second reading of it that is noisier. */
    private static final Structure ASKS = Structure.of("asks", List.of("question_mark"), t -> new double[] {t.reply().contains("?") ? 1 : 0});

    @Test
    void anEnsembleIsCrossValidatedOnTheSameFoldsAndItsFiguresAreThoseOfTheAveragedProbabilities() {
        FeatureSpace space = new FeatureSpace(EnumSet.of(FeatureBlock.STRUCTURE), SentenceEmbeddings.shared(), ASKS);
        List<LabelledText> ex = new ArrayList<>();
        List<double[]> clean = new ArrayList<>(), noisy = new ArrayList<>();
        for (int g = 0; g < 12; g++) {
            for (int k = 0; k < 4; k++) {
                boolean q = k % 2 == 0;
                ex.add(new LabelledText("g" + g, q ? "question" : "statement", JudgedText.reply("", q ? "How was it " + k + "?" : "It was " + k + ".")));
                clean.add(new double[] {q ? 1 : 0});
                // every third group's second reading is wrong
                noisy.add(new double[] {(q ? 1 : 0) ^ (g % 3 == 0 && k < 2 ? 1 : 0)});
            }
        }
        HeadTraining training = new HeadTraining(new HeadTrainer(TrainerSettings.DEFAULT), new GroupedCrossValidation(4, 1));
        List<String> labels = List.of("question", "statement");

        HeadTraining.TrainedHead both = training.trainEnsemble("form", labels, ex, List.of(clean, noisy), List.of(space, space), List.of(), "group", "made-up");
        HeadTraining.TrainedHead first = training.train("form", labels, ex, clean, space, List.of(), "group", "made-up");
        HeadTraining.TrainedHead second = training.train("form", labels, ex, noisy, space, List.of(), "group", "made-up");

        assertThat(both.members()).hasSize(2);
        for (int i = 0; i < ex.size(); i++) {
            assertThat(both.heldOut().get(i).probabilityOf("question")).isCloseTo(
                    (first.heldOut().get(i).probabilityOf("question") + second.heldOut().get(i).probabilityOf("question")) / 2, offset(1e-12));
        }
        assertThat(both.members().get(1).provenance().crossValidation()).isEqualTo(both.figures());
        assertThat(both.members().get(0).provenance().groupedBy()).contains("averaged");
        HeadTraining.TrainedHead again = training.trainEnsemble("form", labels, ex, List.of(clean, noisy), List.of(space, space), List.of(), "group", "made-up");
        assertThat(again.figures()).isEqualTo(both.figures());
        assertThat(again.members().get(1).weights()).isDeepEqualTo(both.members().get(1).weights());
    }
}
