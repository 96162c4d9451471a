package org.rapport.client;

import java.util.Set;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TurnScore;

/**
 * The client's reaction to each reply over one session, paced by the scenario's {@link StateModel}:
 * feeling understood builds trust a step at a time, distress eases only after several empathic replies
 * and never more than the model allows in one session, judging or ordering costs trust and raises
 * distress, and opening up a topic can raise distress for a while. The same for scripted and LLM
 * clients; deterministic, so a resumed session replays to the same state.
 */
public final class ClientReaction {

    private static final Set<Roadblock> ALIENATING = Set.of(Roadblock.JUDGING, Roadblock.MORALISING,
            Roadblock.ORDERING, Roadblock.WARNING, Roadblock.NAME_CALLING);

    private final StateModel model;
    private final ClientState start;
    private int empathic;

    public ClientReaction(StateModel model, ClientState start) {
        this.model = model == null ? StateModel.DEFAULT : model;
        this.start = start;
    }

    public StateModel model() {
        return model;
    }

    /** The base reaction to a scored reply, before any scripted branch adds its own deltas. */
    public ClientState afterReply(ClientState state, TurnScore score) {
        Integer empathy = score.score(TurnScore.EMPATHY);
        Integer listening = score.score(TurnScore.ACTIVE_LISTENING);
        Integer boundary = score.score(TurnScore.BOUNDARY_SETTING);
        double quality = mean(empathy, listening);
        boolean alienating = score.roadblocks().stream().anyMatch(ALIENATING::contains);
        int dTrust = 0, dDistress = 0, dDisclosure = 0;
        if (quality >= 4) dTrust += model.trustGain();
        if (quality <= 2 || alienating) dTrust -= model.trustLoss();
        if (boundary != null) dTrust += boundary >= 4 ? 1 : boundary <= 2 ? -1 : 0;
        if (empathy != null && empathy >= 4 && ++empathic % model.reliefAfter() == 0) dDistress--;
        if (alienating) dDistress++;
        ClientState next = state.plus(dTrust, dDistress, 0);
        boolean invites = switch (score.codes().behavior()) {
            case REFLECTION -> true;
            case QUESTION -> score.codes().subtype() == Subtype.OPEN;
            default -> false;
        };
        if (invites && quality >= 3 && next.trust() >= model.disclosureNeedsTrust()) dDisclosure++;
        return floor(next.plus(0, 0, dDisclosure));
    }

    /**
     * The state once a branch's deltas are added to the base reaction: a turn in which the client
     * opened up by {@code openingAt} or more raises distress, and relief stays within the session's limit.
     */
    public ClientState afterTurn(ClientState before, ClientState afterReply, int dTrust, int dDistress, int dDisclosure) {
        ClientState next = afterReply.plus(dTrust, dDistress, dDisclosure);
        if (next.disclosure() - before.disclosure() >= model.openingAt()) next = next.plus(0, model.openingDistress(), 0);
        return floor(next);
    }

    private ClientState floor(ClientState s) {
        int lowest = Math.max(ClientState.MIN, start.distress() - model.maxRelief());
        return s.distress() >= lowest ? s : new ClientState(s.trust(), lowest, s.disclosure());
    }

    private static double mean(Integer a, Integer b) {
        if (a == null && b == null) return 3;
        if (a == null) return b;
        if (b == null) return a;
        return (a + b) / 2.0;
    }
}
