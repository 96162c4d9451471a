package org.rapport.judgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.nlp.SentenceEmbeddings;

/** The learned-head machinery on small made-up data: training, grouped folds, model files. */
class HeadTrainingTest {

    /** Two structural features: "asks" and "length"; questions ask. */
    private static final Structure ASKS = Structure.of("asks", List.of("question_mark", "words"), t -> new double[] {t.reply().contains("?") ? 1 : 0, t.reply().split(" ").length / 10.0});

    private static FeatureSpace space() {
        return new FeatureSpace(EnumSet.of(FeatureBlock.STRUCTURE), SentenceEmbeddings.shared(), ASKS);
    }

    private static List<LabelledText> examples() {
        List<LabelledText> ex = new ArrayList<>();
        for (int g = 0; g < 12; g++) {
            ex.add(new LabelledText("g" + g, "question", JudgedText.reply("", "What brings you here today " + g + "?")));
            ex.add(new LabelledText("g" + g, "question", JudgedText.reply("", "How was that?")));
            ex.add(new LabelledText("g" + g, "statement", JudgedText.reply("", "You have been busy " + g + ".")));
            ex.add(new LabelledText("g" + g, "statement", JudgedText.reply("", "That sounds hard.")));
        }
        return ex;
    }

    @Test
    void aTrainedHeadLearnsASeparableLabelAndReportsGroupedFigures() {
        HeadTraining training = new HeadTraining(new HeadTrainer(TrainerSettings.DEFAULT), new GroupedCrossValidation(4, 1));
        HeadTraining.TrainedHead h = training.train("form", List.of("question", "statement"), examples(), space(), List.of(),
                "group", "made-up examples");
        assertThat(h.figures().get("macro_f1")).isEqualTo(1.0);
        Prediction p = h.head().predict(space().features(JudgedText.reply("", "Where would you like to start?")));
        assertThat(p.label()).isEqualTo("question");
        assertThat(p.probabilities().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(h.head().provenance().groupedBy()).contains("grouped by group");
    }

    @Test
    void trainingIsDeterministic() {
        HeadTrainer trainer = new HeadTrainer(TrainerSettings.DEFAULT);
        List<double[]> x = space().featuresAll(examples().stream().map(LabelledText::text).toList());
        List<String> y = examples().stream().map(LabelledText::label).toList();
        Head a = trainer.train("form", List.of("question", "statement"), x, y, space(), null);
        Head b = trainer.train("form", List.of("question", "statement"), x, y, space(), null);
        assertThat(a.weights()).isDeepEqualTo(b.weights());
        assertThat(a.bias()).containsExactly(b.bias());
    }

    @Test
    void foldsNeverSplitAGroup() {
        List<String> groups = examples().stream().map(LabelledText::group).toList();
        int[] fold = new GroupedCrossValidation(5, 3).assign(groups);
        for (int i = 0; i < groups.size(); i++) {
            for (int j = 0; j < groups.size(); j++) {
                if (groups.get(i).equals(groups.get(j))) assertThat(fold[i]).isEqualTo(fold[j]);
            }
        }
        Set<Integer> used = new HashSet<>();
        for (int f : fold) used.add(f);
        assertThat(used).hasSize(5);
    }

    @Test
    void aModelFileRoundTripsWithItsProvenance(@TempDir Path dir) {
        HeadTraining training = new HeadTraining(new HeadTrainer(TrainerSettings.DEFAULT), new GroupedCrossValidation(3, 1));
        Provenance.DataFile file = new Provenance.DataFile("made-up.csv", "ab12", 48);
        Head head = training.train("parts/form", List.of("question", "statement"), examples(), space(), List.of(file), "group", "test").head();
        HeadFile.write(head, HeadSet.fileFor(dir, head.name()));
        Head read = HeadSet.reload(dir).find("parts/form").orElseThrow();
        assertThat(read.weights()).isDeepEqualTo(head.weights());
        assertThat(read.labels()).containsExactly("question", "statement");
        assertThat(read.provenance().data()).containsExactly(file);
        assertThat(read.provenance().crossValidation()).containsKey("macro_f1");
        read.requireCompatible(space());
    }

    @Test
    void aBrokenModelFileNamesTheFileAndField(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"format\":\"rapport-head/1\",\"name\":\"bad\",\"labels\":[\"a\"],\"blocks\":[],\"bias\":[0.0],\"weights\":[\"%%%\"]}");
        assertThatThrownBy(() -> HeadFile.read(f)).hasMessageContaining("bad.json").hasMessageContaining("'weights'");
    }
}
