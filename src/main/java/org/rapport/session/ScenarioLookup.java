package org.rapport.session;

import org.rapport.scenario.Scenario;

/** Finds a scenario a trainee can practise, by id. */
@FunctionalInterface
public interface ScenarioLookup {

    /**
     * The scenario with this id.
     *
     * @throws IllegalArgumentException when there is none; the message says why (unknown id, broken file)
     */
    Scenario get(String id);
}
