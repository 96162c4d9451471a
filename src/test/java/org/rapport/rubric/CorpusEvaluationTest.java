package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grading expert-coded files (here small authored files in the corpora's column layout) and timing the engine. */
class CorpusEvaluationTest {

    private static final Path ANNOMI = Path.of("src/test/resources/rubric/annomi-style.csv");
    private static final Path EPITOME = Path.of("src/test/resources/rubric/epitome-style.csv");

    @Test
    void annomiStyleFilesAreCodedPerTherapistUtteranceWithItsContext() throws IOException {
        List<CorpusEvaluation.LabelSet> sets = CorpusEvaluation.annomi(CoreRubric.ENGINE, ANNOMI, 0);

        assertThat(sets).extracting(CorpusEvaluation.LabelSet::name)
                .containsExactly("AnnoMI behaviour (4 labels)", "AnnoMI behaviour+subtype (8 subtypes + other)");
        assertThat(sets.get(0).agreement().size()).isEqualTo(6);
        assertThat(sets.get(0).agreement().accuracy()).isGreaterThanOrEqualTo(5 / 6.0);
    }

    @Test
    void epitomeStyleFilesGiveOneLabelSetPerMechanism() throws IOException {
        List<CorpusEvaluation.LabelSet> sets = CorpusEvaluation.epitome(CoreRubric.ENGINE, EPITOME, 0);

        assertThat(sets).hasSize(3);
        assertThat(sets).allSatisfy(s -> assertThat(s.agreement().accuracy()).isEqualTo(1.0));
        assertThat(CorpusEvaluation.report(sets)).contains("macro-F1", "kappa", "EPITOME explorations", "reference \\ engine");
    }

    @Test
    void theLimitCapsTheNumberOfUtterances() throws IOException {
        assertThat(CorpusEvaluation.annomi(CoreRubric.ENGINE, ANNOMI, 2).get(0).agreement().size()).isEqualTo(2);
    }

    @Test
    void theBenchmarkReportsLatencyAndThroughput() throws IOException {
        ScoringBenchmark.Result r = ScoringBenchmark.run(CoreRubric.ENGINE, ScoringBenchmark.replies(null, 20), "built-in");

        assertThat(r.replies()).isEqualTo(20);
        assertThat(r.medianMillis()).isPositive().isLessThanOrEqualTo(r.p95Millis());
        assertThat(r.batchPerSecond()).isGreaterThan(r.batchPerSecondWithLoad());
        assertThat(r.report()).contains("median", "p95", "utterances/s");
    }

    @Test
    void theBenchmarksBaselineIsEveryEncoderTheHeadsReadOnTheSameTexts() throws IOException {
        ScoringBenchmark.Result r = ScoringBenchmark.run(CoreRubric.ENGINE, ScoringBenchmark.replies(null, 10), "built-in");

        // the shipped behaviour heads are an ensemble over MiniLM and e5: a reply costs both encodings at least
        assertThat(r.encoders()).containsExactly("all-minilm-l6-v2-q", "e5-small-v2-q");
        assertThat(r.encodersPerSecond()).isPositive().isLessThan(r.encoderPerSecond());
        assertThat(r.encodersAlone().textsByEncoder()).containsOnlyKeys("all-minilm-l6-v2-q", "e5-small-v2-q");
        assertThat(r.encodersAlone().textsByEncoder().values()).allMatch(n -> n == r.encodersAlone().texts() / 2);
        assertThat(r.report()).contains("encoder all-minilm-l6-v2-q: ", "encoders all-minilm-l6-v2-q + e5-small-v2-q: ", "batch / encoders");
    }
}
