package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapport.transcript.Speaker;
import org.rapport.transcript.Turn;

/** Each client line of a conversation comes with the client's line before it and the trainee's reply in between. */
class ClientLineTest {

    @Test
    void eachClientLineCarriesThePreviousClientLineAndTheRepliesSinceThen() {
        List<Turn> turns = List.of(
                new Turn(0, Speaker.TRAINEE, "Hello, what brings you in?"),
                new Turn(1, Speaker.CLIENT, "My dad died in March and I haven't slept since."),
                new Turn(2, Speaker.TRAINEE, "You should try a routine."),
                new Turn(3, Speaker.TRAINEE, "Maybe a bath before bed."),
                new Turn(4, Speaker.CLIENT, "Maybe."));

        assertThat(ClientLine.of(turns, t -> !t.byTrainee(), Turn::text)).containsExactly(
                new ClientLine("", "Hello, what brings you in?", "My dad died in March and I haven't slept since."),
                new ClientLine("My dad died in March and I haven't slept since.", "You should try a routine. Maybe a bath before bed.", "Maybe."));
    }

    @Test
    void theOpeningLineHasNothingBeforeIt() {
        List<Turn> turns = List.of(new Turn(0, Speaker.CLIENT, "My sister kind of made me come."));

        assertThat(ClientLine.of(turns, t -> !t.byTrainee(), Turn::text)).containsExactly(ClientLine.alone("My sister kind of made me come."));
    }
}
