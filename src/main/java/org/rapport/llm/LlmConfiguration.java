package org.rapport.llm;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * LLM wiring. Settings resolve {@code rapport.llm.*} from properties and {@code RAPPORT_LLM_*} from the
 * environment (Spring's relaxed names). Nothing connects until a request is made, and the beans are
 * only built when an LLM client, the judge or {@code llm status} asks for them.
 */
@Configuration(proxyBeanMethods = false)
public class LlmConfiguration {

    @Bean
    public LlmSettings llmSettings(Environment environment) {
        return LlmSettings.from(environment::getProperty);
    }

    @Bean
    public LlmConnection llmConnection(LlmSettings settings) {
        return LlmConnection.open(settings);
    }
}
