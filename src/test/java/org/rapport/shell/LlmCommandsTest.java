package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.llm.FakeModelServer;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.shell.core.command.CommandContext;

/** {@code llm status} against a fake OpenAI-compatible server on 127.0.0.1. */
class LlmCommandsTest {

    static final String KEY = "sk-status-55aa77";

    FakeModelServer server;
    StringWriter out;
    CommandContext ctx;

    @BeforeEach
    void start() throws Exception {
        server = new FakeModelServer();
        out = new StringWriter();
        ctx = new CommandContext(null, null, new PrintWriter(out), null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    LlmCommands commands(String baseUrl) {
        return new LlmCommands(new MockEnvironment()
                .withProperty("rapport.llm.provider", "openai")
                .withProperty("rapport.llm.base-url", baseUrl)
                .withProperty("rapport.llm.model", "qwen2.5-7b-instruct")
                .withProperty("rapport.llm.api-key", KEY));
    }

    @Test
    void showsProviderModelAndLatencyButNeverTheKey() {
        server.then(FakeModelServer.answer("ready"));

        commands(server.url() + "/v1").status("2s", "text", ctx);

        assertThat(out.toString()).contains("provider:  openai", "base URL:  " + server.url() + "/v1",
                "model:     qwen2.5-7b-instruct", "API key:   set", "answering: yes").doesNotContain(KEY);
        assertThat(server.lastRequest().header("Authorization")).isEqualTo("Bearer " + KEY);
    }

    @Test
    void jsonForScripts() {
        server.then(FakeModelServer.answer("ready"));

        commands(server.url() + "/v1").status("2s", "json", ctx);

        assertThat(out.toString()).contains("\"provider\":\"openai\"", "\"answering\":true", "\"latency_ms\":",
                "\"api_key_set\":true").doesNotContain(KEY);
    }

    @Test
    void aModelThatDoesNotAnswerFailsTheCommandAfterPrintingTheStatus() {
        server.otherwise(FakeModelServer.fail(503));

        assertThatThrownBy(() -> commands(server.url() + "/v1").status("2s", "text", ctx))
                .isInstanceOf(CommandFailure.class)
                .hasMessageContaining("HTTP 503")
                .satisfies(e -> assertThat(((CommandFailure) e).exitCode()).isEqualTo(3));
        assertThat(out.toString()).contains("answering: no, HTTP 503").doesNotContain(KEY);
        assertThat(server.requests()).hasSize(1); // a status check never retries
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertThatThrownBy(() -> commands(server.url() + "/v1").status("2s", "yaml", ctx))
                .isInstanceOf(CommandFailure.class).hasMessageContaining("expected text or json");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void badConfigurationIsAOneLineError() {
        LlmCommands commands = new LlmCommands(new MockEnvironment().withProperty("rapport.llm.provider", "gemini"));

        assertThatThrownBy(() -> commands.status("2s", "text", ctx)).isInstanceOf(CommandFailure.class)
                .hasMessageContaining("unknown LLM provider 'gemini'");
    }
}
