package org.rapport.llm;

import java.time.Duration;

/**
 * Whether the configured model answers: what was asked where, how long it took, and (when it did not
 * answer) a short cause. Never holds the API key, nor credentials written into the base URL.
 */
public record LlmStatus(String provider, String baseUrl, String model, boolean apiKeySet, boolean answering,
        Duration latency, String problem, String answer) {

    LlmStatus(LlmSettings s, boolean answering, Duration latency, String problem, String answer) {
        this(s.provider().id(), s.shownBaseUrl(), s.model(), s.hasApiKey(), answering, latency, s.redact(problem),
                answer);
    }

    /** Lines for a terminal. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("provider:  ").append(provider).append('\n');
        out.append("base URL:  ").append(baseUrl).append('\n');
        out.append("model:     ").append(model).append('\n');
        out.append("API key:   ").append(apiKeySet ? "set" : "not set").append('\n');
        if (answering) {
            out.append("answering: yes (").append(latency.toMillis()).append(" ms)");
        } else {
            out.append("answering: no, ").append(problem).append(" after ").append(latency.toMillis()).append(" ms")
                    .append("\n           sessions fall back to the scenario's authored lines");
        }
        return out.toString();
    }
}
