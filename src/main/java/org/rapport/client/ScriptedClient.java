package org.rapport.client;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.Beat;
import org.rapport.scenario.Branch;
import org.rapport.scenario.Scenario;

/**
 * A client who follows a scenario's beats. Each reply moves the client state by the reaction every
 * client has to the reply's scores ({@link ClientState#after(TurnScore)}), then the first branch of
 * the current beat whose conditions all hold says what the client answers, adds its deltas, and
 * chooses the next beat. Nothing here is random: the same replies with the same scores always give
 * the same conversation, which is what makes a scripted session fair to grade and safe to resume.
 */
public final class ScriptedClient implements ClientSimulator {

    private final Scenario scenario;
    private final Set<String> reached = new LinkedHashSet<>();
    private Beat current;
    private ClientState state;
    private boolean finished;
    private Integer divergedAt;
    private final ClientReaction reaction;

    public ScriptedClient(Scenario scenario) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        if (scenario.beats().isEmpty()) {
            throw new IllegalArgumentException("scenario " + scenario.id() + " has no beats to play");
        }
        this.state = scenario.start();
        this.reaction = new ClientReaction(scenario.stateModel(), scenario.start());
    }

    public Scenario scenario() {
        return scenario;
    }

    @Override
    public ClientTurn opening() {
        if (current != null) throw new IllegalStateException("the session has already been opened");
        Beat first = scenario.firstBeat();
        enter(first);
        return turn(first.client(), first);
    }

    @Override
    public ClientTurn respond(String reply, TurnScore score, Consumer<String> partial) {
        ClientTurn turn = answer(score);
        if (partial != null) partial.accept(turn.text());
        return turn;
    }

    /**
     * Replays saved exchanges silently. Opens the session first if {@link #opening()} was not called.
     * A saved client answer that differs from what the scenario now says (the file was edited since)
     * does not stop the replay; {@link #divergedAt()} tells which exchange differed first.
     */
    @Override
    public void resume(List<Exchange> past) {
        if (current == null) enter(scenario.firstBeat());
        for (int i = 0; i < past.size(); i++) {
            Exchange exchange = past.get(i);
            if (finished) {
                divergedAt = divergedAt == null ? i : divergedAt;
                return;
            }
            ClientTurn turn = answer(Objects.requireNonNull(exchange.score(), "a saved exchange needs its score"));
            if (divergedAt == null && exchange.clientAnswer() != null && !exchange.clientAnswer().equals(turn.text())) {
                divergedAt = i;
            }
        }
    }

    @Override
    public ClientState state() {
        return state;
    }

    @Override
    public boolean finished() {
        return finished;
    }

    /**
     * What the client of {@code scenario} says after each of {@code scores} (the replies' scores, in
     * order), element 0 being the opening: the script's own line, beat and state each time. It stops
     * where the scenario ends, so a session with more exchanges than that has lines no script gave.
     */
    public static java.util.List<ExpectedLine> replay(Scenario scenario, java.util.List<TurnScore> scores) {
        ScriptedClient client = new ScriptedClient(scenario);
        java.util.List<ExpectedLine> out = new java.util.ArrayList<>();
        ClientTurn opening = client.opening();
        out.add(new ExpectedLine(opening.text(), opening.beatId(), opening.boundary(), opening.state(), opening.risk()));
        for (TurnScore score : scores) {
            if (client.finished()) break;
            ClientTurn turn = client.answer(score);
            out.add(new ExpectedLine(turn.text(), turn.beatId(), turn.boundary(), turn.state(), turn.risk()));
        }
        return out;
    }

    /** The beat the client is in (the one whose branches answer the next reply); empty before opening. */
    public Optional<Beat> currentBeat() {
        return Optional.ofNullable(current);
    }

    /** The author's coaching hint for the current beat, if it has one. */
    public Optional<String> hint() {
        return currentBeat().map(Beat::hint);
    }

    /** Every beat entered so far, in the order first entered (for objectives' {@code reached}). */
    public Set<String> reachedBeats() {
        return Collections.unmodifiableSet(reached);
    }

    /** After {@link #resume}: the index of the first saved exchange that the scenario no longer answers the same way. */
    public OptionalInt divergedAt() {
        return divergedAt == null ? OptionalInt.empty() : OptionalInt.of(divergedAt);
    }

    private ClientTurn answer(TurnScore score) {
        if (current == null) throw new IllegalStateException("the client speaks first: call opening()");
        if (finished) throw new IllegalStateException("the conversation has ended (beat " + current.id() + ")");
        ClientState afterReply = reaction.afterReply(state, score);
        Branch branch = choose(score, afterReply);
        state = reaction.afterTurn(state, afterReply, branch.trust(), branch.distress(), branch.disclosure());
        String next = branch.next();
        if (next == null || next.equals(current.id())) {
            // Staying: the client reacts and the same beat's branches meet the next reply (so a boundary
            // pressed again is still a boundary test, and a risk left unanswered is still in play).
            return turn(branch.say() == null ? "" : branch.say(), current);
        }
        Beat beat = scenario.beat(next).orElseThrow(() -> new IllegalStateException(
                "beat " + current.id() + " leads to unknown beat " + next));
        enter(beat);
        String text = branch.say() == null || branch.say().isBlank() ? beat.client() : branch.say() + " " + beat.client();
        return turn(text, beat);
    }

    /** A line spoken from {@code beat}: it tests the beat's boundary and carries the beat's declared risk. */
    private ClientTurn turn(String text, Beat beat) {
        return new ClientTurn(text, state, beat.id(), beat.boundary(), ClientLineOrigin.SCRIPT, beat.risk());
    }

    private Branch choose(TurnScore score, ClientState afterReply) {
        for (Branch branch : current.branches()) {
            if (branch.when().stream().allMatch(c -> c.holdsFor(score, afterReply))) return branch;
        }
        throw new IllegalStateException("beat " + current.id() + " of " + scenario.id()
                + " has no branch for this reply (a valid scenario ends every beat with a fallback)");
    }

    private void enter(Beat beat) {
        current = beat;
        reached.add(beat.id());
        finished = beat.end();
    }
}
