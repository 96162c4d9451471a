package org.rapport.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What {@code calibrate --fit} reports: the derived rubric, how the rows were split, agreement on the
 * held-out part under the base rubric ({@code before}) and the derived one ({@code after}), the
 * behaviour head's validation figures and the fitted scales.
 */
@JsonPropertyOrder({"derived_rubric", "rubric_file", "training_rows", "held_out_rows", "supervised_rows", "behaviour_head",
        "scales", "notes", "before", "after"})
public record RaterFitReport(@JsonProperty("derived_rubric") String derivedRubric, @JsonProperty("rubric_file") String rubricFile,
        @JsonProperty("training_rows") int trainingRows, @JsonProperty("held_out_rows") int heldOutRows,
        @JsonProperty("supervised_rows") int supervisedRows, @JsonProperty("behaviour_head") BehaviourHead behaviourHead,
        Map<String, List<Integer>> scales, List<String> notes, CalibrationReport before, CalibrationReport after) {

    /** The retrained behaviour head against the shipped one on a validation part of the training rows. */
    @JsonPropertyOrder({"retrained", "validation_rows", "shipped_macro_f1", "retrained_macro_f1", "weight"})
    public record BehaviourHead(boolean retrained, @JsonProperty("validation_rows") int validationRows,
            @JsonProperty("shipped_macro_f1") double shippedMacroF1, @JsonProperty("retrained_macro_f1") double retrainedMacroF1,
            int weight) {
    }

    public static RaterFitReport of(RaterFit.Outcome o) {
        var b = o.behaviour();
        return new RaterFitReport(o.derivedId(), o.rubricFile().toString(), o.trainingRows(), o.heldOutRows(), o.supervisedRows(),
                b == null ? null : new BehaviourHead(b.head() != null, b.validationRows(), round(b.shippedF1()), round(b.fittedF1()), b.weight()),
                o.scales().levels(), o.notes(), o.before(), o.after());
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
