package org.rapport.rubric;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;

/**
 * A rubric file: the criteria a reply is scored on, and the data the engine judges with (lexicons,
 * behaviour-code weights, exemplar replies) and checks itself against (calibration cases). Everything
 * that decides a score is here, so a program can tune a rubric without touching code.
 */
public record Rubric(String id, String version, String title, String description, List<Criterion> criteria,
        Lexicons lexicons,
        @com.fasterxml.jackson.annotation.JsonProperty("behavior_model") BehaviorModel behaviorModel, Exemplars exemplars,
        @com.fasterxml.jackson.annotation.JsonProperty("boundary_detection") BoundaryDetection boundaryDetection,
        List<CalibrationCase> calibration, FeedbackGuide feedback) {

    public Rubric {
        criteria = List.copyOf(criteria);
        description = description == null ? "" : description;
        lexicons = lexicons == null ? Lexicons.EMPTY : lexicons;
        behaviorModel = behaviorModel == null ? BehaviorModel.EMPTY : behaviorModel;
        exemplars = exemplars == null ? Exemplars.EMPTY : exemplars;
        boundaryDetection = boundaryDetection == null ? BoundaryDetection.DEFAULT : boundaryDetection;
        calibration = calibration == null ? List.of() : List.copyOf(calibration);
        feedback = feedback == null ? FeedbackGuide.EMPTY : feedback;
    }

    /** A rubric with criteria only (other packages' tests and fixtures). */
    public Rubric(String id, String version, String title, List<Criterion> criteria) {
        this(id, version, title, "", criteria, null, null, null, null, null, null);
    }

    @JsonIgnore
    public List<String> criterionIds() {
        return criteria.stream().map(Criterion::id).toList();
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c != null && id != null && id.equals(c.id())).findFirst();
    }
}
