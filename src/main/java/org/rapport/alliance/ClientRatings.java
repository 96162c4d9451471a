package org.rapport.alliance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rapport.client.ClientState;
import org.rapport.rubric.Behavior;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.RuptureKind;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.ConversationalStyle;

/**
 * Derives the client's own ratings from what the session did to them: the state they ended in (trust,
 * distress, disclosure), how understood they were (empathy and listening scores), and the events they
 * would remember: ruptures and whether they were repaired, advice given before they felt heard, being
 * judged or ordered, a boundary held coldly or let go. Deterministic; the weights are documented in
 * docs/grading.md.
 *
 * <p>Items: <b>relationship</b> (felt heard, understood, respected) rests on trust and empathy;
 * <b>goals and topics</b> (talked about what they wanted) on how far they could open up and whether the
 * trainee went to solutions first; <b>approach</b> (the way of working suits them) on listening, advice
 * and roadblocks; <b>overall</b> on the three and on whether distress eased.
 */
public final class ClientRatings {

    /** Trainee replies after a rupture line in which a repair still counts. */
    public static final int REPAIR_WINDOW = 2;
    /** Below this trust, advice comes before the client feels understood (premature problem-solving). */
    public static final int UNDERSTOOD_AT = 6;

    private static final Set<Roadblock> ALIENATING = EnumSet.of(Roadblock.JUDGING, Roadblock.MORALISING, Roadblock.ORDERING,
            Roadblock.WARNING, Roadblock.NAME_CALLING);
    private static final Set<Roadblock> FIXING = EnumSet.of(Roadblock.ADVISING, Roadblock.PERSUADING);

    private ClientRatings() {
    }

    /** The check-in at the start, from how the client arrives: distress weighs on every domain, most on the personal. */
    public static OutcomeRating checkIn(ClientState start) {
        double d = start.distress();
        double individually = 10 - 0.85 * d;
        double interpersonally = 10 - 0.6 * d - 0.15 * (10 - start.trust());
        double socially = 10 - 0.55 * d;
        double overall = (individually + interpersonally + socially) / 3 - 0.3;
        return OutcomeRating.of(individually, interpersonally, socially, overall);
    }

    /** The whole report for a session that opened in {@code start}. */
    public static AllianceReport rate(ClientState start, ConversationalStyle style, List<SessionMoment> moments) {
        List<RuptureEpisode> ruptures = ruptures(start, moments);
        Events e = events(start, moments, ruptures);
        SessionRating rating = rating(start, e, style);
        List<String> reasons = new ArrayList<>();
        if (rating.flagged()) {
            reasons.add(String.format(java.util.Locale.ROOT, "the client rated the alliance %.1f of 40%s", rating.total(),
                    rating.total() > SessionRating.FLAG_TOTAL ? " with an item below 9" : ""));
        }
        long open = ruptures.stream().filter(r -> !r.repaired()).count();
        if (open > 0) reasons.add(open + (open == 1 ? " rupture went" : " ruptures went") + " unrepaired");
        return new AllianceReport(checkIn(start), rating, ruptures, !reasons.isEmpty(), reasons);
    }

    /**
     * Whether a line the rupture head reads as a rupture is one the client lives through: where states are
     * kept, the client's trust fell on that turn or is still below {@link #UNDERSTOOD_AT}. A client who
     * trusts the trainee more than before is not pulling away, whatever a short "Yeah." looks like on its
     * own (the head reads the line without the conversation). Without states, the head's reading stands.
     */
    public static RuptureKind felt(RuptureKind read, ClientState before, ClientState after) {
        if (read == null || before == null || after == null) return read;
        return after.trust() < before.trust() || after.trust() < UNDERSTOOD_AT ? read : null;
    }

    /**
     * The ruptures of a graded transcript, which keeps no client states: each rupture line the engine read
     * (after the opening line) and whether one of the next {@link #REPAIR_WINDOW} replies repaired it.
     */
    public static List<RuptureEpisode> ruptures(List<SessionMoment> moments) {
        return ruptures(null, moments);
    }

    /** Each rupture line and whether one of the next {@link #REPAIR_WINDOW} replies repaired it. */
    static List<RuptureEpisode> ruptures(ClientState start, List<SessionMoment> moments) {
        List<RuptureEpisode> out = new ArrayList<>();
        ClientState previous = start;
        for (int i = 0; i < moments.size(); i++) {
            SessionMoment m = moments.get(i);
            if (m.byTrainee()) continue;
            ClientState before = previous;
            if (m.state() != null) previous = m.state();
            // The opening line is how the client arrives, not a reaction to the trainee.
            if (felt(m.rupture(), before, m.state()) == null || i == 0) continue;
            Integer repairedAt = null;
            ClientState after = m.state();
            int replies = 0;
            for (int j = i + 1; j < moments.size() && replies < REPAIR_WINDOW; j++) {
                SessionMoment n = moments.get(j);
                if (!n.byTrainee()) {
                    if (n.state() != null) after = n.state();
                    if (repairedAt != null) break;
                    continue;
                }
                replies++;
                if (repairs(n.score())) repairedAt = n.index();
            }
            out.add(new RuptureEpisode(m.index(), m.rupture(), m.text(), repairedAt, before, after));
        }
        return out;
    }

    /**
     * A reply repairs a rupture when the client can feel understood in it without a roadblock: the test
     * the scripted scenarios' rupture beats apply ({@code empathy >= 4, roadblock: none}). The rubric
     * engine scores naming what happened, owning one's part and inviting the client's view that high.
     */
    static boolean repairs(TurnScore s) {
        Integer empathy = s.score(TurnScore.EMPATHY);
        return empathy != null && empathy >= 4 && s.roadblocks().isEmpty();
    }

    /** What the client would remember of the session. */
    record Events(int replies, double empathy, double listening, ClientState end, int advice, int premature, int alienating,
            int reassuring, int coldBoundaries, int heldBoundaries, int repaired, int unrepaired, int unrepairedConfrontations,
            String poorBoundary) {
    }

    static Events events(ClientState start, List<SessionMoment> moments, List<RuptureEpisode> ruptures) {
        int replies = 0, advice = 0, premature = 0, alienating = 0, reassuring = 0, cold = 0, held = 0;
        double empathy = 0, listening = 0;
        int nEmpathy = 0, nListening = 0;
        String poorBoundary = null;
        ClientState state = start, end = start;
        for (SessionMoment m : moments) {
            if (!m.byTrainee()) {
                if (m.state() != null) state = end = m.state();
                continue;
            }
            TurnScore s = m.score();
            replies++;
            Integer e = s.score(TurnScore.EMPATHY), l = s.score(TurnScore.ACTIVE_LISTENING), b = s.score(TurnScore.BOUNDARY_SETTING);
            if (e != null) {
                empathy += e;
                nEmpathy++;
            }
            if (l != null) {
                listening += l;
                nListening++;
            }
            boolean fixes = s.codes().is(Subtype.ADVICE) || s.roadblocks().stream().anyMatch(FIXING::contains);
            if (fixes && b == null) {
                advice++;
                if (state.trust() < UNDERSTOOD_AT) premature++;
            }
            if (s.roadblocks().stream().anyMatch(ALIENATING::contains)) alienating++;
            if (s.roadblocks().contains(Roadblock.REASSURING)) reassuring++;
            if (b != null && b <= 2) {
                cold++;
                if (poorBoundary == null && s.boundary() != null) poorBoundary = s.boundary().id();
            }
            if (b != null && b >= 4) held++;
        }
        int repaired = (int) ruptures.stream().filter(RuptureEpisode::repaired).count();
        int unrepairedConfrontations = (int) ruptures.stream()
                .filter(r -> !r.repaired() && r.kind() == org.rapport.rubric.RuptureKind.CONFRONTATION).count();
        return new Events(replies, nEmpathy == 0 ? 3 : empathy / nEmpathy, nListening == 0 ? 3 : listening / nListening, end, advice,
                premature, alienating, reassuring, cold, held, repaired, ruptures.size() - repaired, unrepairedConfrontations, poorBoundary);
    }

    private static double mark(double raw) {
        return 1 + 0.9 * SessionRating.item(raw);
    }

    private static int cap(int count) {
        return Math.max(0, Math.min(3, count));
    }

    static SessionRating rating(ClientState start, Events e, ConversationalStyle style) {
        if (e.replies() == 0) return SessionRating.of(5, 5, 5, 5, Comments.noReplies(style));
        // Each kind of event weighs up to three times: a client remembers a pattern, not a tally.
        int repairedBonus = Math.min(e.repaired(), 2);
        int gained = Math.max(0, Math.min(8, e.end().disclosure() - start.disclosure()));
        int alienating = cap(e.alienating()), unrepaired = cap(e.unrepaired()), cold = cap(e.coldBoundaries());
        int premature = cap(e.premature()), laterAdvice = cap(e.advice() - e.premature()), reassuring = cap(e.reassuring());
        double relationship = 3.0 + 0.55 * e.end().trust() + 0.6 * (e.empathy() - 3) - 0.9 * alienating - 1.0 * unrepaired
                - 0.6 * cold + 0.3 * repairedBonus;
        double goals = 4.5 + 0.55 * gained + 0.5 * (e.listening() - 3) - 0.8 * premature - 0.3 * laterAdvice - 0.8 * unrepaired;
        double approach = 7.0 + 1.0 * (e.listening() - 3) + 0.6 * (e.empathy() - 3) - 0.6 * premature - 0.2 * laterAdvice
                - 0.6 * alienating - 0.4 * reassuring - 0.8 * unrepaired + 0.3 * repairedBonus + 0.1 * Math.min(3, e.heldBoundaries());
        // Distress that rose while trust grew is the work of opening a hard topic (a first session on a hidden
        // eating disorder), not a session that went wrong; it lowers the overall mark only where trust did not grow.
        double eased = start.distress() - e.end().distress();
        if (eased < 0 && e.end().trust() > start.trust()) eased = 0;
        double overall = (SessionRating.item(relationship) + SessionRating.item(goals) + SessionRating.item(approach)) / 3
                + 0.25 * eased - 0.4 * unrepaired;
        // A client who fills in the form at all rarely marks the very bottom of the line: the items run 1-10.
        relationship = mark(relationship);
        goals = mark(goals);
        approach = mark(approach);
        overall = mark(overall);
        SessionRating draft = SessionRating.of(relationship, goals, approach, overall, "");
        return SessionRating.of(relationship, goals, approach, overall, Comments.of(e, draft, style));
    }
}
