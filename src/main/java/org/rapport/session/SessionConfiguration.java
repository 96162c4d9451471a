package org.rapport.session;

import java.time.Clock;
import java.util.random.RandomGenerator;
import org.rapport.rubric.RubricEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires practice sessions to the scenarios, simulated clients, rubric engine and journal. */
@Configuration(proxyBeanMethods = false)
public class SessionConfiguration {

    @Bean
    PracticeSessions practiceSessions(ScenarioLookup scenarios, ClientSimulators clients, RubricEngine engine,
            SessionJournal journal, ObjectProvider<ObjectiveCheck> objectives) {
        ObjectiveCheck check = objectives.getIfAvailable(() -> (scenario, outcome) -> scenario.objectives().stream()
                .map(o -> new ObjectiveResult(o.text(), false, "not evaluated")).toList());
        return new PracticeSessions(scenarios, clients, engine, journal, check, Clock.systemUTC(),
                RandomGenerator.getDefault());
    }

    @Bean
    Coach coach() {
        return new Coach();
    }

}
