package org.rapport.alliance;

import java.util.List;

/**
 * The alliance of one session as the client experienced it: their check-in at the start, their rating
 * at the end, each rupture and whether it was repaired, and whether the session carries a dropout risk
 * (the alliance was flagged, or a rupture went unrepaired; clients who rate the alliance poorly early
 * are more likely to leave therapy).
 */
public record AllianceReport(OutcomeRating checkIn, SessionRating rating, List<RuptureEpisode> ruptures, boolean dropoutRisk,
        List<String> dropoutReasons) {

    public AllianceReport {
        ruptures = List.copyOf(ruptures);
        dropoutReasons = List.copyOf(dropoutReasons);
    }

    public long unrepaired() {
        return ruptures.stream().filter(r -> !r.repaired()).count();
    }
}
