package org.rapport.alliance;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The client's check-in at the start of a session, modelled on the Outcome Rating Scale (Miller, Duncan
 * et al., 2003): how they have been doing individually, interpersonally, socially and overall, each
 * 0–10, total 0–40. The wording is Rapport's own; the published clinical cut-off for adults is 25.
 */
@JsonPropertyOrder({"individually", "interpersonally", "socially", "overall", "total", "below_cutoff"})
public record OutcomeRating(double individually, double interpersonally, double socially, double overall, double total) {

    public static final double CUTOFF = 25;

    public static OutcomeRating of(double individually, double interpersonally, double socially, double overall) {
        double i = SessionRating.item(individually), p = SessionRating.item(interpersonally), s = SessionRating.item(socially),
                o = SessionRating.item(overall);
        return new OutcomeRating(i, p, s, o, Math.round((i + p + s + o) * 10) / 10.0);
    }

    /** True when the total is under the adult cut-off: the client is in distress worth attending to. */
    @com.fasterxml.jackson.annotation.JsonProperty("below_cutoff")
    public boolean belowCutoff() {
        return total < CUTOFF;
    }
}
