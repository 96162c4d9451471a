package org.rapport.session;

import java.time.Clock;
import java.util.random.RandomGenerator;
import org.rapport.client.LlmClient;
import org.rapport.client.ScriptedClient;
import org.rapport.llm.LlmConnection;
import org.rapport.rubric.RubricConfiguration;
import org.rapport.rubric.RubricEngines;
import org.rapport.rubric.RubricLibrary;
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
            ObjectProvider<RubricEngines> engines, ObjectProvider<RubricLibrary> rubrics, SessionJournal journal,
            ObjectProvider<Clock> clock, ObjectProvider<LlmConnection> llm) {
        // Engines are looked up when a session starts, never when sessions are only listed or exported.
        RubricEngines byId = id -> {
            RubricEngines provided = engines.getIfAvailable();
            if (provided != null) return provided.forRubric(id);
            return rubrics.getObject().engine(id == null || id.isBlank() ? RubricConfiguration.DEFAULT_RUBRIC : id);
        };
        return new PracticeSessions(scenarios, clients, byId, journal, clock.getIfAvailable(Clock::systemUTC),
                RandomGenerator.getDefault())
                // with a language-model client, the model also writes "one way to say it" (the engine still gates it)
                .withModelSuggestions(engine -> engine instanceof org.rapport.feedback.TeachingEngine teaching
                        ? teaching.withModel(new org.rapport.feedback.LlmSuggestions(llm.getObject())) : engine);
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
    ClientSimulators clientSimulators(ObjectProvider<LlmConnection> llm) {
        // The model connection is opened only when an LLM client is asked for.
        return (scenario, mode) -> switch (mode) {
            case PracticeSessions.SCRIPTED -> new ScriptedClient(scenario);
            case PracticeSessions.LLM -> LlmClient.of(scenario, llm.getObject());
            default -> throw new IllegalArgumentException("unknown client '" + mode + "'; use scripted or llm");
        };
    }

    @Bean
    Coach coach() {
        return new Coach();
    }
}
