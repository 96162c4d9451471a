package org.rapport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.judgement.AuthoredCorpus;
import org.rapport.rubric.Behavior;
import org.rapport.rubric.RaterScales;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricLibrary;
import org.rapport.rubric.TurnScore;

/**
 * {@code calibrate --fit} on a programme whose raters read empathy one point lower than the engine does
 * (and code behaviour as the authored corpus does): the derived rubric takes their scale, and on the
 * held-out third agrees with them where the base rubric did not.
 */
class RaterFitTest {

    @TempDir
    static Path rubrics;
    static RubricLibrary library;
    static HumanRatings.Result ratings;
    static Path ratingsFile;
    static RaterFit.Outcome outcome;

    @BeforeAll
    static void fitAStrictProgramme() throws IOException {
        // The shipped rubric and heads, without the authored data: the behaviour head retrains on the
        // programme's rows alone, so its validation figures say what those rows are worth.
        Files.copy(Path.of("rubrics/core.yaml"), rubrics.resolve("core.yaml"));
        try (Stream<Path> s = Files.walk(Path.of("rubrics/models/core"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path target = rubrics.resolve(Path.of("rubrics").relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        library = RubricLibrary.load(rubrics);
        RubricEngine engine = library.engine("core");
        AuthoredCorpus coded = AuthoredCorpus.read(Path.of("rubrics/data/therapist-behaviours.csv"),
                List.of("client", "reply", "behavior"));
        int n = Math.min(150, coded.size());
        List<ReplyContext> replies = new ArrayList<>();
        for (int i = 0; i < n; i++) replies.add(ReplyContext.of(coded.get(i, "client"), coded.get(i, "reply")));
        List<TurnScore> scores = engine.scoreAll(replies);
        StringBuilder csv = new StringBuilder("item_id,rater,client,reply,empathy,behavior\n");
        for (int i = 0; i < n; i++) {
            Integer e = scores.get(i).score(TurnScore.EMPATHY);
            csv.append(i).append(",strict,").append(quoted(coded.get(i, "client"))).append(',').append(quoted(coded.get(i, "reply")))
                    .append(',').append(e == null ? "" : Math.max(1, e - 1)).append(',').append(coded.get(i, "behavior")).append('\n');
        }
        ratingsFile = rubrics.resolve("strict-raters.csv");
        Files.writeString(ratingsFile, csv, StandardCharsets.UTF_8);
        ratings = HumanRatings.read(ratingsFile, library.get("core").criterionIds());
        outcome = new RaterFit(library).fit("core", ratingsFile, ratings, List.of(),
                new RaterFit.Options("core-strict", rubrics.resolve("no-public-data")), new PrintWriter(new StringWriter()));
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Test
    void aThirdOfTheDistinctRepliesIsHeldOutBeforeFitting() {
        assertThat(outcome.trainingRows() + outcome.heldOutRows()).isEqualTo(ratings.ratings().size());
        assertThat((double) outcome.heldOutRows() / ratings.ratings().size()).isBetween(0.2, 0.45);
    }

    @Test
    void theDerivedRubricTakesTheRatersScaleAndAgreesWithThemOnTheHeldOutThird() {
        assertThat(outcome.scales().levels().get(TurnScore.EMPATHY)).as("engine 1..5 read by strict raters")
                .containsExactly(1, 1, 2, 3, 4);
        CalibrationReport.CriterionAgreement before = empathy(outcome.before()), after = empathy(outcome.after());
        assertThat(before.exactAgreement()).isLessThan(0.5);
        assertThat(after.exactAgreement()).isEqualTo(1.0);
    }

    @Test
    void theDerivedRubricIsAFileTheLibraryLoadsWithItsOwnModelFolder() throws IOException {
        RubricLibrary again = RubricLibrary.load(rubrics);
        assertThat(again.find("core-strict")).isPresent();
        assertThat(Files.readString(outcome.rubricFile())).startsWith(RaterFit.DERIVED_MARK).doesNotContain("\ncalibration:");
        assertThat(RaterScales.in(outcome.modelFolder()).levels()).containsKey(TurnScore.EMPATHY);
        assertThat(Files.readString(outcome.modelFolder().resolve(RaterScales.FILE)))
                .contains("strict-raters.csv").contains("held out");
        TurnScore scored = again.engine("core-strict").score(ReplyContext.of("My dad died last month.",
                "It sounds like you are carrying a lot of grief and missing him every day."));
        TurnScore base = again.engine("core").score(ReplyContext.of("My dad died last month.",
                "It sounds like you are carrying a lot of grief and missing him every day."));
        assertThat(scored.score(TurnScore.EMPATHY)).isEqualTo(Math.max(1, base.score(TurnScore.EMPATHY) - 1));
        assertThat(scored.evidence()).anyMatch(e -> e.contains("your programme's raters' scale"));
    }

    @Test
    void theBehaviourHeadIsRetrainedOnlyWhenItBeatsTheShippedOneOnValidation() throws IOException {
        var b = outcome.behaviour();
        assertThat(b).isNotNull();
        assertThat(b.validationRows()).isPositive();
        assertThat(b.head() != null).isEqualTo(b.fittedF1() > b.shippedF1());
        byte[] shipped = Files.readAllBytes(rubrics.resolve("models/core/behaviour.json"));
        byte[] derived = Files.readAllBytes(outcome.modelFolder().resolve("behaviour.json"));
        if (b.head() == null) assertThat(derived).isEqualTo(shipped);
        else assertThat(new String(derived, StandardCharsets.UTF_8)).contains("strict-raters.csv");
    }

    @Test
    void aRubricNotWrittenByAFitIsNeverReplaced() {
        assertThatThrownBy(() -> new RaterFit(library).fit("core", ratingsFile, ratings, List.of(),
                new RaterFit.Options("core", rubrics.resolve("x")), new PrintWriter(new StringWriter())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other than core");
    }

    @Test
    void supervisorsScoresCountAsRatingsOfTheirReplies() throws IOException {
        HumanRating supervised = new HumanRating(0, "s-1#3", "dr-lee", "I lost my job today.", "That must be a shock.", null,
                Behavior.REFLECTION, Map.of(TurnScore.EMPATHY, 3));
        RaterFit.Outcome withOverrides = new RaterFit(library).fit("core", ratingsFile, ratings, List.of(supervised),
                new RaterFit.Options("core-strict-supervised", rubrics.resolve("no-public-data")), new PrintWriter(new StringWriter()));
        assertThat(withOverrides.supervisedRows()).isEqualTo(1);
        assertThat(withOverrides.trainingRows() + withOverrides.heldOutRows()).isEqualTo(ratings.ratings().size() + 1);
    }

    private static CalibrationReport.CriterionAgreement empathy(CalibrationReport r) {
        return r.criteria().stream().filter(c -> c.criterion().equals(TurnScore.EMPATHY)).findFirst().orElseThrow();
    }
}
