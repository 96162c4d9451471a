package org.rapport.client;

import java.util.List;
import java.util.function.Consumer;
import org.rapport.rubric.TurnScore;

/** A simulated client in one session: scripted beats or a persona played by a language model. */
public interface ClientSimulator {

    /** The client's first line. */
    ClientTurn opening();

    /**
     * The client's answer to a reply, given how the rubric engine scored it. {@code partial} receives
     * text as it arrives (a streaming LLM); scripted clients may call it once with the whole line.
     */
    ClientTurn respond(String reply, TurnScore score, Consumer<String> partial);

    /**
     * Brings a fresh simulator to where a saved session left off, without speaking: after
     * {@link #opening()}, the saved exchanges are applied in order. Used to resume after a crash.
     */
    void resume(List<Exchange> past);

    ClientState state();

    /** True once the client has nothing more to say (the scenario reached an ending). */
    boolean finished();
}
