package org.rapport.session;

import java.util.List;
import java.util.function.Consumer;
import org.rapport.client.ClientSimulator;
import org.rapport.client.ClientState;
import org.rapport.client.ClientTurn;
import org.rapport.client.Exchange;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.Beat;
import org.rapport.scenario.Branch;
import org.rapport.scenario.Condition;
import org.rapport.scenario.Scenario;

/**
 * A small scripted client for session tests: walks the scenario's beats, taking the first branch whose
 * conditions hold (criterion comparisons like {@code ">=4"} and {@code behavior}), with the base reaction
 * of {@link ClientState#after} plus the branch's deltas. Counts how often it was asked to respond.
 */
public class FakeScriptedClient implements ClientSimulator {

    private final Scenario scenario;
    private Beat current;
    private ClientState state;
    private boolean finished;
    public int responses;

    public FakeScriptedClient(Scenario scenario) {
        this.scenario = scenario;
    }

    @Override
    public ClientTurn opening() {
        current = scenario.firstBeat();
        state = scenario.start();
        finished = current.end();
        return turn(current.client());
    }

    @Override
    public ClientTurn respond(String reply, TurnScore score, Consumer<String> partial) {
        responses++;
        ClientState base = state.after(score);
        Branch branch = current.branches().stream().filter(b -> b.when().stream().allMatch(c -> holds(c, score)))
                .findFirst().orElseThrow();
        state = base.plus(branch.trust(), branch.distress(), branch.disclosure());
        String text;
        if (branch.next() == null || branch.next().equals(current.id())) {
            text = branch.say();
        } else {
            current = scenario.beat(branch.next()).orElseThrow();
            text = branch.say() == null ? current.client() : branch.say() + " " + current.client();
            finished = current.end();
        }
        partial.accept(text);
        return turn(text);
    }

    @Override
    public void resume(List<Exchange> past) {
        opening();
        for (Exchange e : past) {
            String answer = respond(e.reply(), e.score(), t -> { }).text();
            if (!answer.equals(e.clientAnswer())) {
                throw new IllegalStateException("replay diverged: expected '" + e.clientAnswer() + "' got '" + answer + "'");
            }
        }
        responses = 0;
    }

    @Override
    public ClientState state() {
        return state;
    }

    @Override
    public boolean finished() {
        return finished;
    }

    private ClientTurn turn(String text) {
        return new ClientTurn(text, state, current.id(), current.boundary(), false);
    }

    private static boolean holds(Condition c, TurnScore score) {
        if (c.subject().equals("behavior")) return c.accepted().contains(score.codes().behavior().json());
        Integer value = score.score(c.subject());
        if (value == null) return false;
        String test = c.accepted().get(0);
        if (test.startsWith(">=")) return value >= Integer.parseInt(test.substring(2));
        if (test.startsWith("<=")) return value <= Integer.parseInt(test.substring(2));
        return value == Integer.parseInt(test);
    }
}
