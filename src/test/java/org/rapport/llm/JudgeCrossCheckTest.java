package org.rapport.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.rapport.report.GradeJson;
import org.rapport.report.GradeReport;
import org.rapport.report.GradedTranscript;
import org.rapport.report.GradedTurn;
import org.rapport.report.RubricRef;
import org.rapport.rubric.BoundaryKind;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.rubric.TurnScore;
import org.rapport.transcript.Speaker;

/** The judge over a graded batch: same context as the engine, agreement added to the grade JSON. */
class JudgeCrossCheckTest {

    static GradeReport report() {
        TurnScore reflection = LlmJudgeTest.engine(5, 5, null);
        TurnScore boundary = new TurnScore(reflection.codes(), reflection.empathy(), reflection.scores(), List.of(),
                List.of(), java.util.Set.of(), BoundaryKind.AFTER_HOURS_CONTACT);
        java.util.Map<String, Integer> b = new java.util.HashMap<>(reflection.scores());
        b.put("boundary_setting", 4);
        boundary = new TurnScore(boundary.codes(), boundary.empathy(), b, List.of(), List.of(), java.util.Set.of(),
                BoundaryKind.AFTER_HOURS_CONTACT);
        List<GradedTurn> turns = List.of(
                new GradedTurn(0, Speaker.CLIENT, "I can't switch off at night.", null),
                new GradedTurn(1, Speaker.TRAINEE, "Your mind keeps running long after the day is done.", reflection),
                new GradedTurn(2, Speaker.CLIENT, "Could I just text you when it gets bad?", null),
                new GradedTurn(3, Speaker.TRAINEE, "I can hear how hard nights are. I don't answer texts after hours, "
                        + "but let's plan what you can do at 2 am, and the crisis line is there.", boundary));
        var rubric = LlmJudgeTest.CORE;
        var summary = TranscriptSummary.of(rubric.criterionIds(), List.of(reflection, boundary));
        return new GradeReport(RubricRef.of(rubric), List.of(new GradedTranscript("t1", "t1.json", turns, summary)),
                List.of());
    }

    @Test
    void judgesEachReplyWithTheConversationBeforeItAndReportsAgreement() throws Exception {
        ChatModel chat = mock(ChatModel.class);
        when(chat.chat(any(ChatRequest.class))).thenReturn(
                ChatResponse.builder().aiMessage(AiMessage.from("{\"empathy\": 5, \"active_listening\": 4, \"boundary_setting\": null}")).build(),
                ChatResponse.builder().aiMessage(AiMessage.from("{\"empathy\": 5, \"active_listening\": 5, \"boundary_setting\": 4}")).build());
        LlmSettings settings = LlmSettings.of(LlmProvider.OLLAMA, null, "llama3.1:8b", null);
        LlmJudge judge = new LlmJudge(new LlmConnection(settings, chat, null,
                new RetryPolicy(0, Duration.ZERO, 1, Duration.ZERO)), LlmJudgeTest.CORE);
        List<String> progress = new ArrayList<>();

        JudgeAgreement agreement = JudgeCrossCheck.run(report(), judge, (done, total) -> progress.add(done + "/" + total));

        assertThat(progress).containsExactly("1/2", "2/2");
        ArgumentCaptor<ChatRequest> requests = ArgumentCaptor.forClass(ChatRequest.class);
        org.mockito.Mockito.verify(chat, org.mockito.Mockito.times(2)).chat(requests.capture());
        String second = ((UserMessage) requests.getAllValues().get(1).messages().get(1)).singleText();
        assertThat(second).contains("Client: I can't switch off at night.",
                "Counselor: Your mind keeps running", "Client: Could I just text you when it gets bad?",
                "tests this boundary: after-hours-contact", "<reply>\nI can hear how hard nights are.");
        assertThat(agreement.criteria().get(0).exact()).isEqualTo(1.0);
        assertThat(agreement.criteria().get(1).exact()).isEqualTo(0.5);
        assertThat(agreement.criteria().get(2).n()).isEqualTo(1);

        java.io.StringWriter json = new java.io.StringWriter();
        GradeJson.write(report(), json);
        JsonNode withJudge = new ObjectMapper().readTree(JudgeCrossCheck.withJudge(json.toString(), agreement, settings));
        assertThat(withJudge.path("transcripts").get(0).path("id").asText()).isEqualTo("t1");
        assertThat(withJudge.path("judge").path("model").asText()).isEqualTo("llama3.1:8b");
        assertThat(withJudge.path("judge").path("criteria").path("active_listening").path("exact").asDouble())
                .isEqualTo(0.5);
    }

    @Test
    void theJudgeHearsTheRiskTheEngineJudgedTheReplyAgainst() {
        TurnScore plain = LlmJudgeTest.engine(3, 3, null);
        TurnScore passedOver = new TurnScore(plain.codes(), plain.empathy(), plain.scores(), List.of(), List.of(), java.util.Set.of(),
                null, null, org.rapport.rubric.RiskKind.SELF_HARM, false);
        List<GradedTurn> turns = List.of(
                new GradedTurn(0, Speaker.CLIENT, "I've started cutting again, just on my legs.", null),
                new GradedTurn(1, Speaker.TRAINEE, "Let's get back to your revision timetable.", passedOver));
        var summary = TranscriptSummary.of(LlmJudgeTest.CORE.criterionIds(), List.of(passedOver));
        GradeReport report = new GradeReport(RubricRef.of(LlmJudgeTest.CORE),
                List.of(new GradedTranscript("t2", "t2.json", turns, summary)), List.of());
        ChatModel chat = mock(ChatModel.class);
        when(chat.chat(any(ChatRequest.class))).thenReturn(
                ChatResponse.builder().aiMessage(AiMessage.from("{\"empathy\": 1, \"active_listening\": 1, \"boundary_setting\": null}")).build());
        LlmJudge judge = new LlmJudge(new LlmConnection(LlmSettings.of(LlmProvider.OLLAMA, null, "llama3.1:8b", null), chat, null,
                new RetryPolicy(0, Duration.ZERO, 1, Duration.ZERO)), LlmJudgeTest.CORE);

        JudgeCrossCheck.run(report, judge, (done, total) -> { });

        ArgumentCaptor<ChatRequest> request = ArgumentCaptor.forClass(ChatRequest.class);
        org.mockito.Mockito.verify(chat).chat(request.capture());
        assertThat(((UserMessage) request.getValue().messages().get(1)).singleText())
                .contains("The client's last line discloses this risk: self-harm.");
    }
}
