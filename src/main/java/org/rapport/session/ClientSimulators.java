package org.rapport.session;

import org.rapport.client.ClientSimulator;
import org.rapport.scenario.Scenario;

/** Makes a fresh simulated client for a scenario, played as {@code mode} ("scripted" or "llm"). */
@FunctionalInterface
public interface ClientSimulators {

    ClientSimulator create(Scenario scenario, String mode);
}
