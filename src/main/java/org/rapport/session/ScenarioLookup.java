package org.rapport.session;

import java.util.List;
import java.util.Optional;
import org.rapport.scenario.Scenario;

/** Finds the scenarios a trainee can practise, by id. */
public interface ScenarioLookup {

    Optional<Scenario> find(String id);

    /** Every known scenario id, for error messages. */
    List<String> ids();
}
