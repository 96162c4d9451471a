package org.rapport.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.rapport.transcript.InputError;

/**
 * How far the engine agrees with a program's own raters, per criterion (and on behaviour codes when
 * the raters coded them). Figures are null when there is too little data to compute them.
 */
@JsonPropertyOrder({"rubric", "source", "ratings", "criteria", "behavior", "errors"})
public record CalibrationReport(RubricRef rubric, String source, int ratings, List<CriterionAgreement> criteria,
        BehaviorAgreement behavior, List<InputError> errors) {

    public CalibrationReport {
        criteria = List.copyOf(criteria);
        errors = List.copyOf(errors);
    }

    /**
     * Agreement on one 1–5 criterion.
     *
     * @param rated               ratings by humans for this criterion
     * @param compared            of those, the ones the engine also scored
     * @param engineNotApplicable ratings where the engine judged the criterion not to apply (e.g. it saw
     *                            no boundary test); left out of the figures
     * @param confusion           human scores down, engine scores across
     * @param disagreements       ratings two or more points apart, largest first (at most ten)
     */
    @JsonPropertyOrder({"criterion", "rated", "compared", "engine_not_applicable", "quadratic_weighted_kappa",
            "spearman", "exact_agreement", "adjacent_agreement", "human_mean", "engine_mean", "confusion",
            "disagreements"})
    public record CriterionAgreement(
            String criterion,
            int rated,
            int compared,
            @JsonProperty("engine_not_applicable") int engineNotApplicable,
            @JsonProperty("quadratic_weighted_kappa") Double quadraticWeightedKappa,
            Double spearman,
            @JsonProperty("exact_agreement") Double exactAgreement,
            @JsonProperty("adjacent_agreement") Double adjacentAgreement,
            @JsonProperty("human_mean") Double humanMean,
            @JsonProperty("engine_mean") Double engineMean,
            ConfusionTable confusion,
            List<Disagreement> disagreements) {

        public CriterionAgreement {
            disagreements = List.copyOf(disagreements);
        }
    }

    /** Agreement on the behaviour code (question, reflection, input, other). */
    @JsonPropertyOrder({"compared", "accuracy", "kappa", "macro_f1", "confusion"})
    public record BehaviorAgreement(int compared, Double accuracy, Double kappa,
            @JsonProperty("macro_f1") Double macroF1, ConfusionTable confusion) {
    }

    /** A confusion table: {@code counts[human][engine]} over {@code labels}. */
    public record ConfusionTable(List<String> labels, List<List<Long>> counts) {

        public ConfusionTable {
            labels = List.copyOf(labels);
            counts = counts.stream().map(List::copyOf).toList();
        }

        static <L> ConfusionTable of(Agreement<L> agreement, java.util.function.Function<L, String> name) {
            List<L> labels = agreement.labels();
            List<List<Long>> counts = labels.stream()
                    .map(h -> labels.stream().map(e -> agreement.count(h, e)).toList()).toList();
            return new ConfusionTable(labels.stream().map(name).toList(), counts);
        }
    }

    /** A rating where engine and human are far apart: worth a look before trusting either. */
    @JsonPropertyOrder({"line", "item_id", "rater", "human", "engine", "reply"})
    public record Disagreement(int line, @JsonProperty("item_id") String itemId, String rater, int human, int engine,
            String reply) {
    }
}
