package org.rapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rapport.transcript.InputError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.transcript.Fixtures;

/**
 * The figures were worked out by hand (and checked with an independent script) from the fixture's
 * ratings and the cue-word engine's documented judgements.
 */
class CalibratorTest {

    private static final Path RATINGS = Fixtures.path("calibration/program-raters.csv");
    private static final List<String> CRITERIA = List.of("empathy", "active_listening", "boundary_setting");

    private final CueWordRubricEngine engine = new CueWordRubricEngine();

    private CalibrationReport calibrate() {
        return new Calibrator(engine).compare("program-raters.csv", HumanRatings.read(RATINGS, CRITERIA));
    }

    static Stream<Arguments> expectedFigures() {
        return Fixtures.manifest("calibration/program-raters-expected.csv").stream().map(r -> Arguments.of(r.cells().toArray()));
    }

    @ParameterizedTest(name = "{0}: kappa {4}, Spearman {5}, exact {6}, adjacent {7}")
    @MethodSource("expectedFigures")
    void agreementPerCriterionMatchesTheWorkedFigures(String criterion, String rated, String compared, String notApplicable,
            String kappa, String spearman, String exact, String adjacent, String humanMean, String engineMean) {
        CalibrationReport.CriterionAgreement c = calibrate().criteria().stream()
                .filter(x -> x.criterion().equals(criterion)).findFirst().orElseThrow();
        assertThat(c.rated()).isEqualTo(Integer.parseInt(rated));
        assertThat(c.compared()).isEqualTo(Integer.parseInt(compared));
        assertThat(c.engineNotApplicable()).isEqualTo(Integer.parseInt(notApplicable));
        assertThat(c.quadraticWeightedKappa()).isEqualTo(Double.parseDouble(kappa));
        assertThat(c.spearman()).isEqualTo(Double.parseDouble(spearman));
        assertThat(c.exactAgreement()).isEqualTo(Double.parseDouble(exact));
        assertThat(c.adjacentAgreement()).isEqualTo(Double.parseDouble(adjacent));
        assertThat(c.humanMean()).isEqualTo(Double.parseDouble(humanMean));
        assertThat(c.engineMean()).isEqualTo(Double.parseDouble(engineMean));
    }

    @Test
    void theConfusionTableCountsHumanScoresDownAndEngineScoresAcross() {
        CalibrationReport.ConfusionTable empathy = calibrate().criteria().get(0).confusion();
        assertThat(empathy.labels()).containsExactly("1", "2", "3", "4", "5");
        // human 2 -> engine 2 twice, engine 3 once, engine 4 once (the second rater on item 2)
        assertThat(empathy.counts().get(1)).containsExactly(0L, 2L, 1L, 1L, 0L);
        assertThat(empathy.counts().stream().flatMap(List::stream).mapToLong(Long::longValue).sum()).isEqualTo(10);
    }

    @Test
    void ratingsTwoPointsApartAreListedForReview() {
        CalibrationReport.CriterionAgreement empathy = calibrate().criteria().get(0);
        assertThat(empathy.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.rater()).isEqualTo("lindqvist");
            assertThat(d.human()).isEqualTo(2);
            assertThat(d.engine()).isEqualTo(4);
            assertThat(d.line()).isEqualTo(12);
        });
    }

    @Test
    void behaviourCodesAreComparedWhenTheRatersCodedThem() {
        CalibrationReport.BehaviorAgreement b = calibrate().behavior();
        assertThat(b.compared()).isEqualTo(10);
        assertThat(b.accuracy()).isEqualTo(0.9);
        assertThat(b.kappa()).isEqualTo(0.865);
        assertThat(b.macroF1()).isEqualTo(0.867);
        assertThat(b.confusion().labels()).containsExactly("question", "reflection", "input", "other");
    }

    @Test
    void aReplyRatedByTwoRatersIsScoredOnce() {
        calibrate();
        assertThat(engine.batchSizes).containsExactly(10);
    }

    @Test
    void badRowsAreNamedByLineAndColumnAndTheRestAreCompared() throws Exception {
        HumanRatings.Result result = HumanRatings.parse("""
                client,reply,empathy,boundary_setting
                I'm scared.,You're feeling scared.,4,
                I'm tired.,What's tiring you?,six,
                Can I hug you?,No.,2,0
                ,,3,
                Hi.,Hello,,
                """, "r.csv", CRITERIA);
        assertThat(result.ratings()).hasSize(1);
        assertThat(result.errors()).extracting(e -> e.line() + ": " + e.message()).containsExactly(
                "3: column 'empathy': 'six' is not a score from 1 to 5",
                "4: column 'boundary_setting': 0 is outside 1 to 5",
                "5: column 'reply' is empty",
                "6: the row rates nothing");
        assertThat(result.errors()).extracting(InputError::field)
                .containsExactly("empathy", "boundary_setting", "reply", null);
        CalibrationReport report = new Calibrator(engine).compare("r.csv", result);
        assertThat(report.errors()).hasSize(4);
        assertThat(report.criteria()).singleElement().satisfies(c -> assertThat(c.quadraticWeightedKappa()).isNull());
    }

    @Test
    void aFileWithoutRatingColumnsIsRejectedAtItsHeader() {
        HumanRatings.Result r = HumanRatings.read(Fixtures.path("transcripts/good/cohort.csv"), CRITERIA);
        assertThat(r.ratings()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.message()).startsWith("header lacks the 'reply' column");
        });
    }

    @Test
    void theJsonNamesEveryFigureInSnakeCase() throws Exception {
        JsonNode json = new ObjectMapper().readTree(GradeJson.toJson(calibrate()));
        assertThat(json.get("rubric").toString()).isEqualTo("{\"id\":\"core\",\"version\":\"1\"}");
        assertThat(json.get("ratings").asInt()).isEqualTo(11);
        JsonNode empathy = json.get("criteria").get(0);
        assertThat(empathy.get("quadratic_weighted_kappa").asDouble()).isEqualTo(0.759);
        assertThat(empathy.get("exact_agreement").asDouble()).isEqualTo(0.6);
        assertThat(empathy.get("confusion").get("counts").get(4).toString()).isEqualTo("[0,0,0,0,1]");
        assertThat(empathy.get("disagreements").get(0).get("item_id").asText()).isEqualTo("2");
        assertThat(json.get("behavior").get("macro_f1").asDouble()).isEqualTo(0.867);
        assertThat(json.get("errors").isArray()).isTrue();
    }

    @Test
    void theTextReportReadsAsASummaryForAProgramLead() throws Exception {
        StringWriter out = new StringWriter();
        CalibrationText.write(calibrate(), out);
        String text = out.toString();
        assertThat(text).contains("Empathy (empathy)").contains("quadratic-weighted kappa 0.76  (substantial)")
                .contains("Spearman rank correlation 0.72").contains("exact agreement 60 %, within one point 90 %")
                .contains("engine judged not applicable 1").contains("12: 2 vs 4")
                .contains("Cohen's kappa 0.87 (almost perfect)");
        assertThat(text).containsPattern("confusion \\(human down, engine across\\)\\n\\s+1\\s+2\\s+3\\s+4\\s+5\\n\\s+1\\s+1\\s+1");
    }
}
