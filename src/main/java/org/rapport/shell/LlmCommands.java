package org.rapport.shell;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.rapport.llm.LlmConnection;
import org.rapport.llm.LlmSettings;
import org.rapport.llm.LlmStatus;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code llm status}: which model Rapport would talk to, and whether it answers. */
@Component
public class LlmCommands {

    private final Environment environment;

    public LlmCommands(Environment environment) {
        this.environment = environment;
    }

    @Command(name = "llm status", group = "LLM",
            description = "Show the configured LLM provider, base URL and model, and whether it answers",
            help = """
                    llm status [--timeout DURATION] [--format text|json]
                    Sends one tiny request with a short timeout and reports provider, base URL, model, whether
                    an API key is set (never the key itself), whether the model answered and how fast.
                    Configure with RAPPORT_LLM_PROVIDER (openai|ollama|anthropic), RAPPORT_LLM_BASE_URL,
                    RAPPORT_LLM_MODEL and RAPPORT_LLM_API_KEY. Exits with status 3 when the model does not answer.
                    Examples:
                      llm status
                      llm status --timeout 3s --format json""")
    public void status(
            @Option(longName = "timeout", defaultValue = "10s", description = "how long to wait for the answer") String timeout,
            @Option(longName = "format", defaultValue = "text", description = "text or json") String format,
            CommandContext ctx) {
        String f = format == null ? "text" : format.trim().toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("text") && !f.equals("json")) {
            throw new CommandFailure(2, "unknown format '" + format + "': expected text or json");
        }
        boolean json = f.equals("json");
        LlmStatus status = check(timeout);
        ctx.outputWriter().println(json ? json(status) : status.render());
        ctx.outputWriter().flush();
        if (!status.answering()) throw new CommandFailure(3, "the LLM did not answer: " + status.problem());
    }

    LlmStatus check(String timeout) {
        LlmSettings settings;
        Duration wait;
        try {
            settings = LlmSettings.from(environment::getProperty);
            wait = parseTimeout(timeout);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(2, e.getMessage());
        }
        return LlmConnection.open(settings).check(wait);
    }

    private static Duration parseTimeout(String timeout) {
        LlmSettings probe = LlmSettings.from(name -> name.equals("rapport.llm.timeout") ? timeout : null);
        return probe.timeout();
    }

    static String json(LlmStatus s) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("provider", s.provider()).put("base_url", s.baseUrl()).put("model", s.model())
                .put("api_key_set", s.apiKeySet()).put("answering", s.answering())
                .put("latency_ms", s.latency().toMillis());
        if (s.problem() == null) root.putNull("problem");
        else root.put("problem", s.problem());
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
