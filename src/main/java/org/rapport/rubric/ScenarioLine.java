package org.rapport.rubric;

/**
 * A line a shipped scenario's client says, with the risk its author declares it carries (null: none). The
 * risk-cue head reads them as ordinary session talk, or as the declared risk, so that a scripted client's
 * worry about a cat or an exam is not taken for a warning sign.
 */
public record ScenarioLine(String scenario, String text, RiskKind risk) {

    public ScenarioLine {
        java.util.Objects.requireNonNull(scenario, "scenario");
        java.util.Objects.requireNonNull(text, "text");
    }
}
