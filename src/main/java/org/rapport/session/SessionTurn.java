package org.rapport.session;

import java.time.Instant;
import org.rapport.client.ClientLineOrigin;
import org.rapport.client.ClientState;
import org.rapport.rubric.TurnScore;
import org.rapport.transcript.Speaker;

/**
 * One saved turn of a session. Trainee turns carry the engine's score; client turns carry the client
 * state after they spoke, the scripted beat, if any, and where the line came from ({@code origin}: null
 * for trainee turns and for client lines saved before it was recorded).
 */
public record SessionTurn(int index, Speaker speaker, String text, TurnScore score, ClientState clientState,
        String beatId, Instant at, ClientLineOrigin origin) {

    public SessionTurn {
        if (speaker == Speaker.TRAINEE && origin != null) {
            throw new IllegalArgumentException("only client lines have an origin");
        }
    }

    /** A turn with no recorded origin (a trainee reply, or a client line from before origins were kept). */
    public SessionTurn(int index, Speaker speaker, String text, TurnScore score, ClientState clientState,
            String beatId, Instant at) {
        this(index, speaker, text, score, clientState, beatId, at, null);
    }
}
