package org.rapport.rubric;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.rapport.judgement.FeatureBlock;
import org.rapport.judgement.FeatureSpace;
import org.rapport.judgement.GroupedCrossValidation;
import org.rapport.judgement.HeadTrainer;
import org.rapport.judgement.HeadTraining;
import org.rapport.judgement.LabelledText;
import org.rapport.judgement.TrainerSettings;
import org.rapport.judgement.VectorCache;
import org.rapport.nlp.SentenceEmbeddings;

/**
 * Not a test: a bench for choosing trainer settings and feature blocks by grouped cross-validation on
 * the development corpora. Run by hand: {@code TryHeads DATA_DIR CACHE_DIR ENCODER}.
 */
public final class TryHeads {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        SentenceEmbeddings enc = SentenceEmbeddings.named(args.length > 2 ? args[2] : SentenceEmbeddings.MINILM);
        VectorCache cache = new VectorCache(Path.of(args[1]), enc);
        Cues cues = new Cues(CoreRubric.LIBRARY.get("core").lexicons());
        PublicCorpora.Annomi a = PublicCorpora.annomi(data.resolve("annomi-dev.csv"), JudgementTraining.CONTEXT_TURNS);
        List<LabelledText> ex = a.examples();
        String what = args.length > 3 ? args[3] : "annomi";
        List<EnumSet<FeatureBlock>> variants = List.of(
                EnumSet.of(FeatureBlock.REPLY, FeatureBlock.CLIENT, FeatureBlock.STRUCTURE));
        long t0 = System.nanoTime();
        // Encoder speed on these texts (distinct replies), batched.
        List<String> replies = ex.stream().map(l -> l.text().reply()).distinct().limit(1000).toList();
        long e0 = System.nanoTime();
        for (int i = 0; i < replies.size(); i += 256) enc.embedAll(replies.subList(i, Math.min(replies.size(), i + 256)));
        System.out.printf("encoder %s: %.0f texts/s%n", enc.name(), replies.size() / ((System.nanoTime() - e0) / 1e9));
        if (what.equals("annomi")) {
            for (EnumSet<FeatureBlock> blocks : variants) {
                FeatureSpace space = new FeatureSpace(blocks, enc, JudgementStructures.reply(cues)).withCache(cache);
                List<double[]> x = space.featuresAll(ex.stream().map(LabelledText::text).toList());
                cache.save();
                for (int epochs : new int[] {2}) {
                    for (double lr : new double[] {0.01}) {
                        for (boolean bal : new boolean[] {true}) {
                            HeadTraining t = new HeadTraining(new HeadTrainer(new TrainerSettings(epochs, lr, 16, 20260101L, bal)),
                                    new GroupedCrossValidation(5, 20260101L));
                            Map<String, Double> f = t.train("behaviour", JudgementTraining.BEHAVIORS, ex, x, space, List.of(), "t", "").figures();
                            System.out.printf("%s e=%d lr=%.2f bal=%s  F1 %.3f acc %.3f other %.2f  (%.0fs)%n", blocks, epochs, lr, bal,
                                    f.get("macro_f1"), f.get("accuracy"), f.get("recall_other"), (System.nanoTime() - t0) / 1e9);
                        }
                    }
                }
            }
        } else {
            PublicCorpora.Epitome e = PublicCorpora.epitome(data.resolve("epitome-dev.csv"));
            FeatureSpace space = new FeatureSpace(EnumSet.of(FeatureBlock.REPLY, FeatureBlock.CLIENT, FeatureBlock.STRUCTURE), enc, JudgementStructures.reply(cues)).withCache(cache);
            List<double[]> x = space.featuresAll(e.texts());
            cache.save();
            for (int epochs : new int[] {2}) {
                for (double lr : new double[] {0.005, 0.01}) {
                    StringBuilder line = new StringBuilder(String.format("e=%d lr=%.2f", epochs, lr));
                    for (int m = 0; m < 3; m++) {
                        List<LabelledText> lt = new ArrayList<>();
                        for (int i = 0; i < e.texts().size(); i++) lt.add(new LabelledText(e.groups().get(i), e.levels().get(m).get(i), e.texts().get(i)));
                        HeadTraining t = new HeadTraining(new HeadTrainer(new TrainerSettings(epochs, lr, 16, 20260101L, true)),
                                new GroupedCrossValidation(5, 20260101L));
                        line.append(String.format("  F1 %.3f", t.train("m", JudgementTraining.LEVELS, lt, x, space, List.of(), "t", "").figures().get("macro_f1")));
                    }
                    System.out.println(line);
                }
            }
        }
        System.exit(0);
    }
}
