package org.rapport.rubric;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collection;

/**
 * MITI 4.2.1 summary figures over a set of coded replies. A figure is null when its denominator is
 * zero (no questions, no reflections).
 */
public record MitiFigures(
        @JsonProperty("reflection_to_question") Double reflectionToQuestion,
        @JsonProperty("percent_complex_reflections") Double percentComplexReflections,
        @JsonProperty("percent_open_questions") Double percentOpenQuestions) {

    /** MITI 4.2.1 thresholds: reflection-to-question fair 1:1, good 2:1; complex reflections fair 40 %, good 50 %. */
    public static final double RQ_FAIR = 1.0, RQ_GOOD = 2.0, CR_FAIR = 40.0, CR_GOOD = 50.0;
    /** Earlier MITI versions' open-question thresholds (fair 50 %, good 70 %), still taught. */
    public static final double OQ_FAIR = 50.0, OQ_GOOD = 70.0;

    /**
     * From scored replies: where the learned heads gave probabilities, each reply counts as its expected
     * share of each code (a reply 70 % reflection adds 0.7 reflections), so that uncertain codes do not
     * swing the ratios; replies without probabilities count as their code.
     */
    public static MitiFigures ofScores(Collection<TurnScore> scores) {
        double questions = 0, open = 0, reflections = 0, complex = 0;
        for (TurnScore s : scores) {
            Confidence c = s.confidence();
            if (c.behaviours().isEmpty()) {
                BehaviorCode code = s.codes();
                if (code.behavior() == Behavior.QUESTION) {
                    questions++;
                    if (code.is(Subtype.OPEN)) open++;
                } else if (code.behavior() == Behavior.REFLECTION) {
                    reflections++;
                    if (code.is(Subtype.COMPLEX)) complex++;
                }
                continue;
            }
            double q = c.behaviours().getOrDefault("question", 0.0), r = c.behaviours().getOrDefault("reflection", 0.0);
            questions += q;
            reflections += r;
            // The subtype probabilities are those of the chosen behaviour; for the other, the code decides.
            BehaviorCode code = s.codes();
            open += q * (code.behavior() == Behavior.QUESTION && c.subtypes().containsKey("open") ? c.subtypes().get("open") : code.is(Subtype.OPEN) ? 1 : 0.5);
            complex += r * (code.behavior() == Behavior.REFLECTION && c.subtypes().containsKey("complex") ? c.subtypes().get("complex") : code.is(Subtype.COMPLEX) ? 1 : 0.5);
        }
        Double rq = null;
        if (questions > 0.05) rq = round(reflections / questions);
        else if (reflections > 0.05) rq = round(reflections);
        Double cr = reflections <= 0.05 ? null : Double.valueOf(round(100.0 * complex / reflections));
        Double oq = questions <= 0.05 ? null : Double.valueOf(round(100.0 * open / questions));
        return new MitiFigures(rq, cr, oq);
    }

    public static MitiFigures of(Collection<BehaviorCode> codes) {
        int questions = 0, open = 0, reflections = 0, complex = 0;
        for (BehaviorCode c : codes) {
            if (c.behavior() == Behavior.QUESTION) {
                questions++;
                if (c.is(Subtype.OPEN)) open++;
            } else if (c.behavior() == Behavior.REFLECTION) {
                reflections++;
                if (c.is(Subtype.COMPLEX)) complex++;
            }
        }
        Double rq = null;
        if (questions > 0) rq = round((double) reflections / questions);
        else if (reflections > 0) rq = (double) reflections; // all reflection, no question: ratio unbounded; report the count
        Double cr = reflections == 0 ? null : Double.valueOf(round(100.0 * complex / reflections));
        Double oq = questions == 0 ? null : Double.valueOf(round(100.0 * open / questions));
        return new MitiFigures(rq, cr, oq);
    }

    /** "good", "fair" or "below fair" against a threshold pair; "n/a" when the figure is missing. */
    public static String band(Double value, double fair, double good) {
        if (value == null) return "n/a";
        return value >= good ? "good" : value >= fair ? "fair" : "below fair";
    }

    @JsonIgnore
    public String reflectionToQuestionBand() {
        return band(reflectionToQuestion, RQ_FAIR, RQ_GOOD);
    }

    @JsonIgnore
    public String complexReflectionBand() {
        return band(percentComplexReflections, CR_FAIR, CR_GOOD);
    }

    @JsonIgnore
    public String openQuestionBand() {
        return band(percentOpenQuestions, OQ_FAIR, OQ_GOOD);
    }

    private static double round(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
