package org.rapport.client;

import java.util.Set;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.TurnScore;

/**
 * How the simulated client is doing, each on 0–10: trust in the trainee, distress, and how much of
 * their story they have disclosed so far.
 */
public record ClientState(int trust, int distress, int disclosure) {

    public static final int MIN = 0, MAX = 10;

    private static final Set<Roadblock> ALIENATING = Set.of(Roadblock.JUDGING, Roadblock.MORALISING,
            Roadblock.ORDERING, Roadblock.WARNING, Roadblock.NAME_CALLING);

    public ClientState {
        trust = clamp(trust);
        distress = clamp(distress);
        disclosure = clamp(disclosure);
    }

    public ClientState plus(int dTrust, int dDistress, int dDisclosure) {
        return new ClientState(trust + dTrust, distress + dDistress, disclosure + dDisclosure);
    }

    /**
     * The client's reaction to a reply, the same for scripted and LLM clients: feeling understood builds
     * trust and eases distress; judging, ordering or a poorly held boundary erodes trust; a client
     * discloses more only once trust is there and the reply invites it.
     */
    public ClientState after(TurnScore score) {
        Integer empathy = score.score(TurnScore.EMPATHY);
        Integer listening = score.score(TurnScore.ACTIVE_LISTENING);
        Integer boundary = score.score(TurnScore.BOUNDARY_SETTING);
        double quality = mean(empathy, listening);
        boolean alienating = score.roadblocks().stream().anyMatch(ALIENATING::contains);
        int dTrust = 0, dDistress = 0, dDisclosure = 0;
        if (quality >= 4) dTrust++;
        if (quality <= 2 || alienating) dTrust--;
        if (boundary != null) dTrust += boundary >= 4 ? 1 : boundary <= 2 ? -1 : 0;
        if (empathy != null && empathy >= 4) dDistress--;
        if (alienating) dDistress++;
        ClientState next = plus(dTrust, dDistress, 0);
        boolean invites = switch (score.codes().behavior()) {
            case REFLECTION -> true;
            case QUESTION -> score.codes().subtype() == org.rapport.rubric.Subtype.OPEN;
            default -> false;
        };
        if (invites && quality >= 3 && next.trust >= 4) dDisclosure++;
        return next.plus(0, 0, dDisclosure);
    }

    private static double mean(Integer a, Integer b) {
        if (a == null && b == null) return 3;
        if (a == null) return b;
        if (b == null) return a;
        return (a + b) / 2.0;
    }

    private static int clamp(int v) {
        return Math.max(MIN, Math.min(MAX, v));
    }
}
