package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.judgement.Head;
import org.rapport.judgement.HeadFile;
import org.rapport.judgement.HeadSet;
import org.rapport.nlp.SentenceEmbeddings;

/** Each head reads the vectors of the encoder its file names, not the encoder of the first head found. */
class HeadEncodersTest {

    @TempDir
    Path dir;

    @Test
    void behaviourHeadsOverAnotherEncoderReadThatEncodersVectorsOncePerText() throws Exception {
        Path shipped = JudgementTraining.modelsOf(Path.of("rubrics"), "core");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = dir.resolve(shipped.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        // The shipped behaviour and subtype weights, said to read e5 vectors (same dimension): the engine must
        // feed them e5 vectors while every other head keeps MiniLM's.
        for (String name : List.of("behaviour", "subtype/question", "subtype/reflection", "subtype/input")) {
            Head h = HeadFile.read(HeadSet.fileFor(shipped, name));
            HeadFile.write(new Head(h.name(), h.labels(), h.blocks(), SentenceEmbeddings.E5_SMALL, h.structure(), h.structureNames(),
                    h.weights(), h.bias(), h.provenance()), HeadSet.fileFor(dir, name));
        }
        Rubric core = CoreRubric.LIBRARY.get("core");
        RubricScorer mixed = new RubricScorer(core, SentenceEmbeddings::shared, HeadSet.reload(dir));
        RubricScorer minilm = new RubricScorer(core, SentenceEmbeddings::shared, HeadSet.of(shipped));
        ReplyContext reply = ReplyContext.of("I've been drinking more since the layoff and my wife has noticed.",
                "Your wife noticing has made you look at how much you're drinking now.");
        SentenceEmbeddings e5 = SentenceEmbeddings.named(SentenceEmbeddings.E5_SMALL);
        e5.forgetRecent();
        long before = e5.textsEncoded();
        TurnScore a = mixed.score(reply);
        // the reply and the client's line, once each (the risk-cue exemplars read the same e5 line vector)
        assertThat(e5.textsEncoded() - before).isEqualTo(2);
        TurnScore b = minilm.score(reply);
        assertThat(a.confidence().behaviours()).isNotEqualTo(b.confidence().behaviours());
        assertThat(a.confidence().behaviours().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }
}
