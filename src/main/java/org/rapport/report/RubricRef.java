package org.rapport.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.rapport.rubric.Criterion;
import org.rapport.rubric.Rubric;

/** Which rubric a grade was made with: id and version in the JSON, criteria for the columns of reports. */
@JsonPropertyOrder({"id", "version"})
public record RubricRef(String id, String version, @JsonIgnore List<Criterion> criteria,
        @JsonIgnore List<org.rapport.rubric.FeedbackGuide.Skill> skills) {

    public RubricRef {
        criteria = List.copyOf(criteria);
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    public RubricRef(String id, String version, List<Criterion> criteria) {
        this(id, version, criteria, List.of());
    }

    public static RubricRef of(Rubric rubric) {
        return new RubricRef(rubric.id(), rubric.version(), rubric.criteria(), rubric.feedback().practise());
    }

    @JsonIgnore
    public List<String> criterionIds() {
        return criteria.stream().map(Criterion::id).toList();
    }

    /** The criterion's display name, or its id when the rubric gives none. */
    public String criterionName(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).map(Criterion::name)
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(id);
    }
}
