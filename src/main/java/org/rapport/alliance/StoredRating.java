package org.rapport.alliance;

/**
 * The client's ratings of one session as the store keeps them: the check-in, the session rating with
 * its comment, how many ruptures there were and how many went unrepaired, and the dropout-risk flag.
 */
public record StoredRating(OutcomeRating checkIn, SessionRating rating, int ruptures, int unrepaired, boolean dropoutRisk) {

    public static StoredRating of(AllianceReport report) {
        return new StoredRating(report.checkIn(), report.rating(), report.ruptures().size(), (int) report.unrepaired(),
                report.dropoutRisk());
    }
}
