package org.rapport.client;

import org.rapport.rubric.BoundaryKind;
import org.rapport.rubric.RiskKind;

/**
 * What the client says, and the state it leaves them in.
 *
 * @param beatId   the scripted beat this line belongs to, or null for free (LLM) lines
 * @param boundary the boundary this line tests, or null
 * @param origin   where the line came from: the script, the model whole, cut short, or a fallback line
 * @param risk     the risk the scenario declares this line carries ({@link org.rapport.scenario.Scenario#declaredRisk}), or null
 */
public record ClientTurn(String text, ClientState state, String beatId, BoundaryKind boundary, ClientLineOrigin origin,
        RiskKind risk) {

    /** A line that declares no risk. */
    public ClientTurn(String text, ClientState state, String beatId, BoundaryKind boundary, ClientLineOrigin origin) {
        this(text, state, beatId, boundary, origin, null);
    }

    public ClientTurn {
        origin = origin == null ? ClientLineOrigin.SCRIPT : origin;
    }

    /** {@code offline}: an authored line stood in for a model that could not answer. */
    public ClientTurn(String text, ClientState state, String beatId, BoundaryKind boundary, boolean offline) {
        this(text, state, beatId, boundary, offline ? ClientLineOrigin.fallback(null) : ClientLineOrigin.SCRIPT);
    }

    /** True when an LLM client could not give a usable answer and an authored line stood in. */
    public boolean offline() {
        return origin.kind() == ClientLineOrigin.Kind.FALLBACK;
    }
}
