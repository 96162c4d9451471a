package org.rapport.session;

import java.time.Clock;
import java.util.random.RandomGenerator;
import org.rapport.client.ScriptedClient;
import org.rapport.rubric.RubricEngines;
import org.rapport.scenario.ScenarioException;
import org.rapport.scenario.ScenarioLibrary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires practice sessions to the scenario library, the simulated clients, the rubric engines and the journal. */
@Configuration(proxyBeanMethods = false)
public class SessionConfiguration {

    @Bean
    PracticeSessions practiceSessions(ScenarioLookup scenarios, ClientSimulators clients,
            ObjectProvider<RubricEngines> engines, SessionJournal journal, ObjectProvider<Clock> clock) {
        return new PracticeSessions(scenarios, clients, id -> engines.getObject().forRubric(id), journal,
                clock.getIfAvailable(Clock::systemUTC), RandomGenerator.getDefault());
    }

    @Bean
    ScenarioLookup scenarioLookup(ObjectProvider<ScenarioLibrary> library) {
        return id -> {
            try {
                return library.getObject().get(id);
            } catch (ScenarioException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        };
    }

    @Bean
    ClientSimulators clientSimulators() {
        return (scenario, mode) -> switch (mode) {
            case PracticeSessions.SCRIPTED -> new ScriptedClient(scenario);
            default -> throw new IllegalArgumentException("no " + mode + " client in this build; use --client scripted");
        };
    }

    @Bean
    Coach coach() {
        return new Coach();
    }
}
