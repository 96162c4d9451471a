package org.rapport.alliance;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The client's rating of one session, modelled on the Session Rating Scale (Duncan, Miller et al., 2003):
 * four items of 0–10 (the relationship; goals and topics; the approach; the session overall), a total of
 * 0–40, and one short comment in the client's own voice. The items' wording is Rapport's own.
 *
 * @param flagged true when the total is {@value #FLAG_TOTAL} or less or any item is below {@value #FLAG_ITEM}:
 *                the published signal that the alliance is worth talking about
 */
@JsonPropertyOrder({"relationship", "goals", "approach", "overall", "total", "flagged", "comment"})
public record SessionRating(double relationship, double goals, double approach, double overall, double total, boolean flagged,
        String comment) {

    public static final double FLAG_TOTAL = 36, FLAG_ITEM = 9;

    /** A rating from its four items; the total and the flag follow from them. */
    public static SessionRating of(double relationship, double goals, double approach, double overall, String comment) {
        double r = item(relationship), g = item(goals), a = item(approach), o = item(overall);
        double total = Math.round((r + g + a + o) * 10) / 10.0;
        boolean flagged = total <= FLAG_TOTAL || Math.min(Math.min(r, g), Math.min(a, o)) < FLAG_ITEM;
        return new SessionRating(r, g, a, o, total, flagged, comment);
    }

    /** An item on the 0–10 line, to one decimal (as a mark on a 10 cm line is read). */
    static double item(double v) {
        return Math.round(Math.max(0, Math.min(10, v)) * 10) / 10.0;
    }
}
