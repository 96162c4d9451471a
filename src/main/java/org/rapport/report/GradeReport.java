package org.rapport.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.rapport.transcript.InputError;

/**
 * The result of grading a batch: the rubric used, every transcript that could be graded, and every
 * input that could not (the "Grade output" JSON).
 */
@JsonPropertyOrder({"rubric", "transcripts", "errors"})
public record GradeReport(RubricRef rubric, List<GradedTranscript> transcripts, List<InputError> errors) {

    public GradeReport {
        transcripts = List.copyOf(transcripts);
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
