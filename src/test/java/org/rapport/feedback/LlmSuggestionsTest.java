package org.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.rapport.llm.LlmConnection;
import org.rapport.llm.LlmProvider;
import org.rapport.llm.LlmSettings;
import org.rapport.llm.RetryPolicy;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.TurnScore;

/** "One way to say it" written by a language model is shown only when the engine scores it higher. */
class LlmSuggestionsTest {

    static final String CLIENT = "I lie awake running through every way tomorrow's meeting could go wrong.";
    static final String REPLY = "Have you tried making a list before bed?";

    static TeachingEngine withModelAnswering(ChatModel chat) {
        LlmSettings settings = LlmSettings.of(LlmProvider.OLLAMA, null, "llama3.1:8b", null);
        LlmConnection connection = new LlmConnection(settings, chat, null, new RetryPolicy(0, Duration.ZERO, 1, Duration.ZERO));
        return TeachingFixtures.ENGINE.withModel(new LlmSuggestions(connection));
    }

    static ChatModel answering(String text) {
        ChatModel chat = mock(ChatModel.class);
        when(chat.chat(any(ChatRequest.class))).thenReturn(ChatResponse.builder().aiMessage(AiMessage.from(text)).build());
        return chat;
    }

    @Test
    void aBetterReplyFromTheModelIsShownAndItsPromptCarriesTheClientLineAndThePriority() {
        ChatModel chat = answering("A better reply: \"It sounds like you feel frightened about tomorrow, lying awake going over every way the meeting could go wrong.\"");

        TeachingEngine.Taught taught = withModelAnswering(chat).teachAll(List.of(ReplyContext.of(CLIENT, REPLY))).get(0);

        assertThat(taught.written()).isTrue();
        assertThat(taught.score().suggestion()).startsWith("It sounds like you feel frightened about tomorrow").doesNotContain("\"");
        assertThat(taught.suggestionScore()).isGreaterThanOrEqualTo(taught.score().score(taught.feedback().addresses()) + 1);
        ArgumentCaptor<ChatRequest> request = ArgumentCaptor.forClass(ChatRequest.class);
        org.mockito.Mockito.verify(chat).chat(request.capture());
        String asked = ((UserMessage) request.getValue().messages().get(1)).singleText();
        assertThat(asked).contains("Client: " + CLIENT, "Trainee: " + REPLY, "What the trainee most needs to put right: ");
    }

    @Test
    void aModelReplyTheEngineDoesNotScoreHigherIsNotShownAndATemplateOneIs() {
        ChatModel chat = answering("You should just stop worrying and go to sleep earlier.");

        TeachingEngine.Taught taught = withModelAnswering(chat).teachAll(List.of(ReplyContext.of(CLIENT, REPLY))).get(0);

        assertThat(taught.written()).isFalse();
        assertThat(taught.score().suggestion()).isNotNull().doesNotContain("stop worrying");
        assertThat(taught.score().suggestion().toLowerCase()).contains("meeting");
    }

    @Test
    void anUnreachableModelLeavesTheTemplateSuggestion() {
        ChatModel chat = mock(ChatModel.class);
        when(chat.chat(any(ChatRequest.class))).thenThrow(new RuntimeException("connection refused"));

        TurnScore score = withModelAnswering(chat).score(ReplyContext.of(CLIENT, REPLY));

        assertThat(score.suggestion()).isNotNull();
    }

    @Test
    void theModelsAnswerIsCleanedToTheReplyAlone() {
        assertThat(LlmSuggestions.cleaned("Reply: \"It sounds lonely.\"\n\nThis reply names the feeling.")).isEqualTo("It sounds lonely.");
        assertThat(LlmSuggestions.cleaned("   ")).isNull();
    }
}
