package org.rapport.session;

import java.time.Instant;
import org.rapport.client.ClientState;
import org.rapport.rubric.TurnScore;
import org.rapport.transcript.Speaker;

/**
 * One saved turn of a session. Trainee turns carry the engine's score; client turns carry the client
 * state after they spoke and the scripted beat, if any.
 */
public record SessionTurn(int index, Speaker speaker, String text, TurnScore score, ClientState clientState,
        String beatId, Instant at) {
}
