package org.rapport.alliance;

import org.rapport.client.ClientState;
import org.rapport.rubric.RuptureKind;
import org.rapport.rubric.TurnScore;
import org.rapport.transcript.Speaker;

/**
 * One turn as the client lived it: a trainee reply with its score, or a client line with the client's
 * state after it and the rupture it showed (null for none).
 */
public record SessionMoment(int index, Speaker speaker, String text, TurnScore score, ClientState state, RuptureKind rupture) {

    public static SessionMoment reply(int index, String text, TurnScore score) {
        return new SessionMoment(index, Speaker.TRAINEE, text, java.util.Objects.requireNonNull(score, "score"), null, null);
    }

    public static SessionMoment client(int index, String text, ClientState state, RuptureKind rupture) {
        return new SessionMoment(index, Speaker.CLIENT, text, null, state, rupture);
    }

    public boolean byTrainee() {
        return speaker == Speaker.TRAINEE;
    }
}
