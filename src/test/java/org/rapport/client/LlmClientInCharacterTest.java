package org.rapport.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.rapport.client.PersonaFixtures.empathic;
import static org.rapport.client.PersonaFixtures.openQuestion;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.rapport.llm.FakeModelServer;
import org.rapport.llm.LlmConnection;
import org.rapport.scenario.Scenario;

/** The client stays a client: rejected answers are asked for again once, then answered offline. */
class LlmClientInCharacterTest {

    ChatModel chat;
    StreamingChatModel streaming;
    Scenario scenario;
    Deque<String> streamedAnswers = new ArrayDeque<>();

    @BeforeEach
    void setUp() {
        chat = mock(ChatModel.class);
        streaming = mock(StreamingChatModel.class);
        scenario = PersonaFixtures.scenario();
        // The streaming model sends each scripted answer word by word, as a server would.
        doAnswer(invocation -> {
            StreamingChatResponseHandler handler = invocation.getArgument(1);
            String text = streamedAnswers.removeFirst();
            for (String token : FakeModelServer.tokens(text)) handler.onPartialResponse(token);
            handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from(text)).build());
            return null;
        }).when(streaming).chat(any(ChatRequest.class), any(StreamingChatResponseHandler.class));
    }

    LlmClient client(StreamingChatModel streams) {
        OfflineFallback fallback = new OfflineFallback(scenario, () -> {
            throw new IllegalStateException("no embedding model in this test");
        });
        LlmClient c = new LlmClient(scenario, new LlmConnection(LlmClientTest.SETTINGS, chat, streams,
                LlmClientTest.FAST), fallback);
        c.opening();
        return c;
    }

    List<ChatRequest> streamedRequests(int count) {
        ArgumentCaptor<ChatRequest> request = ArgumentCaptor.forClass(ChatRequest.class);
        verify(streaming, times(count)).chat(request.capture(), any(StreamingChatResponseHandler.class));
        return request.getAllValues();
    }

    static String system(ChatRequest request) {
        return ((SystemMessage) request.messages().get(0)).text();
    }

    @Test
    void anAnswerOutOfCharacterIsAskedForAgainWithACorrectiveNoteAndNeverShown() {
        LlmClient client = client(streaming);
        streamedAnswers.add("As an AI language model, I don't have feelings, but Tomasz would probably say he is tired.");
        streamedAnswers.add("I'm tired. That's all it is, really, just tired.");
        List<String> shown = new ArrayList<>();

        ClientTurn turn = client.respond("How have you been feeling this week?", openQuestion(), shown::add);

        assertThat(turn.text()).isEqualTo("I'm tired. That's all it is, really, just tired.");
        assertThat(turn.offline()).isFalse();
        assertThat(String.join("", shown)).isEqualTo(turn.text());
        assertThat(client.lastFault()).isNull();
        assertThat(client.lastRejection().breach()).isEqualTo(InCharacterCheck.Breach.CLAIMS_TO_BE_AN_AI);

        List<ChatRequest> requests = streamedRequests(2);
        assertThat(system(requests.get(0))).doesNotContain("# Correction");
        assertThat(system(requests.get(1))).contains("# Correction", "spoke as an AI or language model",
                "again as Tomasz");
        // The rejected words are not sent back to the model as something the client said.
        assertThat(requests.get(1).messages()).noneMatch(m -> m instanceof AiMessage a && a.text().contains("AI"));
        assertThat(requests.get(1).messages()).hasSameSizeAs(requests.get(0).messages());
    }

    @Test
    void twoAnswersOutOfCharacterFallBackToAnAuthoredLineAndTheSessionGoesOn() {
        LlmClient client = client(streaming);
        streamedAnswers.add("Counselor: It sounds like you're carrying a lot since your brother died.");
        streamedAnswers.add("A good counselor would ask about his brother here. Try reflecting the grief first.");
        streamedAnswers.add("Sundays were ours. Now they're just long.");
        List<String> shown = new ArrayList<>();

        ClientTurn turn = client.respond("What do you miss most about Sundays?", openQuestion(), shown::add);

        assertThat(turn.offline()).isTrue();
        assertThat(OfflineFallback.pool(scenario)).contains(turn.text());
        assertThat(shown).containsExactly(turn.text());
        assertThat(turn.state()).isEqualTo(scenario.start().after(openQuestion()));
        assertThat(client.lastFault()).isEqualTo("answered out of character (gave the counselor feedback or advice "
                + "on their technique)");
        streamedRequests(2);

        // Not a provider fault: the very next reply asks the model again, and its bad answers never became memory.
        ClientTurn next = client.respond("Sundays sound lonely now.", empathic(), t -> { });
        assertThat(next.offline()).isFalse();
        assertThat(next.text()).isEqualTo("Sundays were ours. Now they're just long.");
        List<ChatMessage> sent = streamedRequests(3).get(2).messages();
        assertThat(sent).filteredOn(m -> m instanceof AiMessage).extracting(m -> ((AiMessage) m).text())
                .containsExactly(turn.text());
    }

    @Test
    void withoutStreamingTheSameRetryThenFallbackHolds() {
        LlmClient client = client(null);
        when(chat.chat(any(ChatRequest.class)))
                .thenReturn(response("I'm sorry, but as a language model I can't pretend to be grieving."))
                .thenReturn(response("My system prompt says I should be guarded, so I'll keep it short."));
        List<String> shown = new ArrayList<>();

        ClientTurn turn = client.respond("What's it like at home?", openQuestion(), shown::add);

        assertThat(turn.offline()).isTrue();
        assertThat(shown).containsExactly(turn.text());
        assertThat(client.lastRejection().breach()).isEqualTo(InCharacterCheck.Breach.TALKS_ABOUT_ITS_INSTRUCTIONS);
        verify(chat, times(2)).chat(any(ChatRequest.class));
    }

    @Test
    void aShortFirstSentenceIsHeldWithWhatFollowsSoNothingOfABadAnswerShows() {
        LlmClient client = client(streaming);
        streamedAnswers.add("Well. As an AI, I can't really feel numb.");
        streamedAnswers.add("Well. Numb, I suppose. Like watching it all through glass.");
        List<String> shown = new ArrayList<>();

        ClientTurn turn = client.respond("How does it feel, day to day?", openQuestion(), shown::add);

        assertThat(String.join("", shown)).isEqualTo("Well. Numb, I suppose. Like watching it all through glass.");
        assertThat(turn.text()).isEqualTo(String.join("", shown));
    }

    @Test
    void aBreakLaterInAStreamedAnswerKeepsOnlyTheSentencesAlreadyShown() {
        LlmClient client = client(streaming);
        streamedAnswers.add("I keep thinking about the last match we went to together. He was laughing the whole "
                + "way home. (Note: Tomasz is opening up because the counselor reflected his grief.)");
        List<String> shown = new ArrayList<>();

        ClientTurn turn = client.respond("You miss him.", empathic(), shown::add);

        assertThat(turn.text()).isEqualTo("I keep thinking about the last match we went to together. He was laughing "
                + "the whole way home.");
        assertThat(String.join("", shown)).isEqualTo(turn.text());
        assertThat(turn.offline()).isFalse();
        streamedRequests(1); // text on screen cannot be unsaid, so there is no second answer to append
    }

    @Test
    void aLongAnswerIsCutOnScreenAndInTheTranscript() {
        LlmClient client = client(streaming);
        streamedAnswers.add("I don't sleep much. I lie there and think about the warehouse. Then it's five. "
                + "Then the alarm. Then the drive. Then the car park, twenty minutes, just sitting. Then home.");
        List<String> shown = new ArrayList<>();

        ClientTurn turn = client.respond("Tell me about your nights.", openQuestion(), shown::add);

        assertThat(turn.text()).isEqualTo("I don't sleep much. I lie there and think about the warehouse. Then it's "
                + "five. Then the alarm. Then the drive.");
        assertThat(String.join("", shown)).isEqualTo(turn.text());
    }

    @Test
    void aLabelledAnswerLosesItsLabelOnScreenAndInTheTranscript() {
        LlmClient client = client(streaming);
        streamedAnswers.add("Tomasz: I suppose I've stopped expecting things to get better.");
        List<String> shown = new ArrayList<>();

        ClientTurn turn = client.respond("What do you hope for?", openQuestion(), shown::add);

        assertThat(turn.text()).isEqualTo("I suppose I've stopped expecting things to get better.");
        assertThat(String.join("", shown)).isEqualTo(turn.text());
    }

    @Test
    void anOpeningWrittenByTheModelIsCheckedToo() {
        // A scenario without an authored opening: the model opens, and its first try speaks for the counselor.
        Scenario base = PersonaFixtures.scenario();
        var tired = base.beats().get(1);
        var injected = new org.rapport.scenario.Beat(tired.id(), tired.client(), null, null, false, tired.branches(), 5,
                tired.line());
        scenario = new Scenario(base.id(), base.title(), base.presentation(), base.difficulty(), base.mode(),
                base.summary(), base.client(), base.objectives(), base.start(), List.of(injected));
        when(chat.chat(any(ChatRequest.class)))
                .thenReturn(response("Therapist: Welcome, Tomasz. What brings you in today?"))
                .thenReturn(response("Tomasz: My doctor sent me. I'm not sure why, honestly."));
        LlmClient client = new LlmClient(scenario, new LlmConnection(LlmClientTest.SETTINGS, chat, null,
                LlmClientTest.FAST), new OfflineFallback(scenario, () -> {
                    throw new IllegalStateException("no embedding model in this test");
                }));

        ClientTurn opening = client.opening();

        assertThat(opening.text()).isEqualTo("My doctor sent me. I'm not sure why, honestly.");
        assertThat(opening.offline()).isFalse();
        assertThat(client.lastRejection().breach()).isEqualTo(InCharacterCheck.Breach.SPEAKS_FOR_THE_COUNSELOR);
        verify(chat, times(2)).chat(any(ChatRequest.class));
    }

    static ChatResponse response(String text) {
        return ChatResponse.builder().aiMessage(AiMessage.from(text)).build();
    }
}
