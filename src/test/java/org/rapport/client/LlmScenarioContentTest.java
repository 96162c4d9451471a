package org.rapport.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.llm.LlmConnection;
import org.rapport.llm.LlmProvider;
import org.rapport.llm.LlmSettings;
import org.rapport.llm.RetryPolicy;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricLibrary;
import org.rapport.scenario.Beat;
import org.rapport.scenario.Scenario;
import org.rapport.scenario.ScenarioFile;
import org.rapport.scenario.ScenarioLoader;

/**
 * The shipped LLM scenarios give a model enough to play a person (a full cognitive model, a style, an
 * injected boundary test, a pool of authored lines for when the model is away), and with the real
 * rubric engine an empathic reply earns the client's trust where advice does not.
 */
class LlmScenarioContentTest {

    static final ScenarioLoader LOADER = new ScenarioLoader();
    /** Loaded once for the test JVM (the embedding model inside is shared). */
    static RubricEngine engine;

    static Stream<Scenario> llmScenarios() {
        return ScenarioLoader.scenarioFiles(Path.of("scenarios")).stream().map(LOADER::read)
                .map(ScenarioFile::scenarioOrNull).filter(s -> s != null && s.mode().equals("llm"));
    }

    static synchronized RubricEngine engine() {
        if (engine == null) engine = RubricLibrary.load(Path.of("rubrics")).engine("core");
        return engine;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("llmScenarios")
    void hasAFullCognitiveModel(Scenario s) {
        var c = s.client();
        assertThat(c.history()).hasSizeGreaterThan(200);
        for (List<String> list : List.of(c.coreBeliefs(), c.intermediateBeliefs(), c.copingStrategies(),
                c.automaticThoughts(), c.emotions(), c.behaviours())) {
            assertThat(list).as(s.id()).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(c.style()).isNotNull();
        assertThat(s.objectives()).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("llmScenarios")
    void injectsABoundaryTestAndAuthorsEnoughOfflineLines(Scenario s) {
        assertThat(s.beats()).filteredOn(b -> b.afterTurn() != null && b.boundary() != null).isNotEmpty();
        assertThat(s.beats().get(0).afterTurn()).as("the opening is spoken, not injected").isNull();
        assertThat(OfflineFallback.pool(s)).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void threeDistinctPeopleWithDifferentPresentationsAndStyles() {
        List<Scenario> all = llmScenarios().toList();

        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        assertThat(all.stream().map(Scenario::presentation).distinct().count()).isEqualTo(all.size());
        assertThat(all.stream().map(s -> s.client().style()).distinct().count()).isEqualTo(all.size());
        assertThat(all.stream().map(s -> s.client().gender()).distinct().count()).isGreaterThan(1);
        assertThat(all.stream().map(s -> s.client().age() / 10).distinct().count()).isGreaterThan(1);
    }

    static final Map<String, String[]> REPLIES = Map.of(
            "llm-depression-graham", new String[] {
                    "You're not sure talking can change anything, and losing forty of your cattle has hit you hard.",
                    "You should just sell the farm and stop torturing yourself, honestly."},
            "llm-health-anxiety-priya", new String[] {
                    "Part of you half believes the GP, and part of you is scared the headaches are being missed.",
                    "You need to stop googling your symptoms. The GP said it's nothing, so don't worry."},
            "llm-ocd-alex", new String[] {
                    "You're worried you're wasting my time, and it sounds hard to let yourself need help.",
                    "Don't be silly, you should just try to relax more and get a planner."},
            "llm-alcohol-use-maree", new String[] {
                    "So you're here because the GP is worried, and it sounds like you'd rather not have come. What happens next is up to you.",
                    "You need to cut down. A bottle a night is way over the guidelines and you'll end up in hospital."},
            "llm-eating-disorder-anjali", new String[] {
                    "It sounds like reading that article in the middle of the night really shook you, like you suddenly saw yourself in it.",
                    "You should just stop keeping snacks in the house and try a proper meal plan."});

    static Stream<Arguments> openings() {
        return llmScenarios().map(s -> Arguments.of(s.id(), s, REPLIES.get(s.id())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openings")
    void anEmpathicOpeningReplyEarnsMoreTrustThanAdvice(String id, Scenario s, String[] replies) {
        assertThat(replies).as("realistic replies written for " + id).isNotNull();
        Beat opening = s.beats().get(0);

        ClientTurn empathic = answer(s, replies[0], opening);
        ClientTurn advice = answer(s, replies[1], opening);

        assertThat(empathic.state().trust()).isGreaterThan(advice.state().trust());
        assertThat(empathic.state().trust()).isGreaterThanOrEqualTo(s.start().trust());
        assertThat(advice.state().trust()).isLessThan(s.start().trust());
    }

    static ClientTurn answer(Scenario s, String reply, Beat opening) {
        ChatModel chat = mock(ChatModel.class);
        when(chat.chat(any(ChatRequest.class)))
                .thenReturn(ChatResponse.builder().aiMessage(AiMessage.from("Mm.")).build());
        LlmClient client = new LlmClient(s, new LlmConnection(LlmSettings.of(LlmProvider.OLLAMA, null, "fake", null),
                chat, null, new RetryPolicy(0, Duration.ZERO, 1, Duration.ZERO)), OfflineFallback.of(s));
        client.opening();
        return client.respond(reply, engine().score(ReplyContext.of(opening.client(), reply)), t -> { });
    }
}
