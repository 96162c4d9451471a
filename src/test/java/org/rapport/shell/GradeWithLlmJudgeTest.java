package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.llm.FakeModelServer;
import org.rapport.llm.LlmConnection;
import org.rapport.llm.LlmProvider;
import org.rapport.llm.LlmSettings;
import org.rapport.report.TestEngines;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricEngines;
import org.rapport.transcript.Fixtures;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.shell.core.command.CommandContext;

/** {@code grade --judge llm} against a fake OpenAI-compatible server on 127.0.0.1. */
class GradeWithLlmJudgeTest {

    FakeModelServer server;
    final StringWriter output = new StringWriter();
    final CommandContext ctx = new CommandContext(null, null, new PrintWriter(output), null);

    @BeforeEach
    void start() throws Exception {
        server = new FakeModelServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    GradeCommands commands() {
        LlmSettings settings = new LlmSettings(LlmProvider.OPENAI, server.url() + "/v1", "judge-model", null,
                Duration.ofSeconds(2), 0, Duration.ofMillis(1), 0.0, 100);
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("engines", TestEngines.cueWords(),
                "llm", LlmConnection.open(settings)));
        return new GradeCommands(beans.getBeanProvider(RubricEngines.class), beans.getBeanProvider(RubricEngine.class),
                beans.getBeanProvider(LlmConnection.class));
    }

    static String good() {
        return Fixtures.path("transcripts/good").toString();
    }

    @Test
    void jsonKeepsTheGradesAndAddsTheJudgesAgreement() throws Exception {
        server.otherwise(FakeModelServer.answer("{\"empathy\": 4, \"active_listening\": 4, \"boundary_setting\": null}"));

        commands().grade(List.of(good()), null, "json", null, "llm", ctx);

        JsonNode json = new ObjectMapper().readTree(output.toString());
        assertThat(json.get("transcripts")).hasSize(6);
        JsonNode judge = json.get("judge");
        assertThat(judge.get("model").asText()).isEqualTo("judge-model");
        int replies = 0;
        for (JsonNode t : json.get("transcripts")) {
            for (JsonNode turn : t.get("turns")) if (turn.get("speaker").asText().equals("trainee")) replies++;
        }
        assertThat(judge.get("replies").asInt()).isEqualTo(replies);
        assertThat(server.requests()).hasSize(replies);
        assertThat(judge.get("criteria").get("empathy").get("n").asInt()).isEqualTo(replies);
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.json().get("temperature").asDouble()).isZero());
    }

    @Test
    void textEndsWithTheAgreementTable() {
        server.otherwise(FakeModelServer.answer("{\"empathy\": 3, \"active_listening\": 4}"));

        commands().grade(List.of(good()), null, "text", null, "llm", ctx);

        assertThat(output.toString()).contains("Judge: openai judge-model", "LLM judge vs engine", "active_listening");
    }

    @Test
    void aJudgeThatNeverAnswersStillLeavesTheGradesAndFailsWithStatus3() throws Exception {
        server.otherwise(FakeModelServer.fail(503));

        assertThatThrownBy(() -> commands().grade(List.of(good()), null, "json", null, "llm", ctx))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(3))
                .hasMessageContaining("the language model could not be reached");
        JsonNode json = new ObjectMapper().readTree(output.toString());
        assertThat(json.get("transcripts")).hasSize(6);
        assertThat(json.get("judge").get("unreadable").asInt()).isEqualTo(json.get("judge").get("replies").asInt());
        assertThat(server.requests()).hasSize(3); // stops sending once the model is clearly down
    }

    @Test
    void withoutAConfiguredModelTheJudgeIsAUsageError() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("engines", TestEngines.cueWords()));
        GradeCommands noLlm = new GradeCommands(beans.getBeanProvider(RubricEngines.class),
                beans.getBeanProvider(RubricEngine.class), beans.getBeanProvider(LlmConnection.class));

        assertThatThrownBy(() -> noLlm.grade(List.of(good()), null, "text", null, "llm", ctx))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(2))
                .hasMessageContaining("no language model is configured");
        assertThat(output.toString()).isEmpty();
    }
}
