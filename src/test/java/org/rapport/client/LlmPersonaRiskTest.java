package org.rapport.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.rapport.rubric.BehaviorCode;
import org.rapport.rubric.EmpathyMechanisms;
import org.rapport.rubric.RiskKind;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.ClientProfile;
import org.rapport.scenario.PersonaRisk;
import org.rapport.scenario.Scenario;

/**
 * A persona who carries a risk keeps it out of the model's answers until a reply asks about it directly
 * and warmly (the engine's risk enquiry, no roadblock); the answer to that reply is told to disclose it
 * and carries the risk for scoring, as replaying the session from its scores says too.
 */
class LlmPersonaRiskTest {

    static final String DETAIL = "Some nights in the car he thinks his daughters would be better off without him; "
            + "he has kept his late brother's tablets.";

    ChatModel chat;
    Scenario scenario;
    LlmClient client;

    @BeforeEach
    void setUp() {
        chat = mock(ChatModel.class);
        when(chat.chat(any(ChatRequest.class)))
                .thenReturn(ChatResponse.builder().aiMessage(AiMessage.from("I don't know. Tired.")).build());
        scenario = withRisk(PersonaFixtures.scenario());
        client = LlmClientTest.clientWith(scenario, chat, null);
    }

    static Scenario withRisk(Scenario s) {
        ClientProfile p = s.client();
        ClientProfile carrying = new ClientProfile(p.name(), p.age(), p.gender(), p.pronouns(), p.culture(), p.background(),
                p.presentingConcern(), p.history(), p.coreBeliefs(), p.intermediateBeliefs(), p.copingStrategies(),
                p.automaticThoughts(), p.emotions(), p.behaviours(), p.style(),
                new PersonaRisk(RiskKind.SUICIDE, PersonaRisk.Disclosure.WHEN_ASKED, DETAIL));
        return new Scenario(s.id(), s.title(), s.presentation(), s.difficulty(), s.mode(), s.summary(), carrying, s.objectives(),
                s.start(), s.beats(), s.locale(), s.stateModel());
    }

    /** The engine's judgement of a reply that asks directly about suicide, with or without a roadblock. */
    static TurnScore asks(Set<Roadblock> roadblocks) {
        return new TurnScore(BehaviorCode.of(Subtype.CLOSED), new EmpathyMechanisms(0, 1, 2), java.util.Map.of(TurnScore.EMPATHY, 3),
                List.of(), List.of(), roadblocks, null, null, null, true);
    }

    String lastSystemPrompt() {
        ArgumentCaptor<ChatRequest> request = ArgumentCaptor.forClass(ChatRequest.class);
        org.mockito.Mockito.verify(chat, org.mockito.Mockito.atLeastOnce()).chat(request.capture());
        List<ChatMessage> messages = request.getValue().messages();
        return ((SystemMessage) messages.get(0)).text();
    }

    @Test
    void theRiskIsKeptBackUntilAskedWellThenDisclosedAndDeclared() {
        client.opening();

        ClientTurn before = client.respond("What brings you here?", PersonaFixtures.openQuestion(), t -> { });
        assertThat(before.risk()).isNull();
        assertThat(lastSystemPrompt()).contains("Something you keep to yourself", "suicidal thoughts")
                .doesNotContain(DETAIL).doesNotContain("If the counselor asks about your safety, answer honestly");

        ClientTurn answer = client.respond("Tomasz, I want to ask you straight: are you having thoughts of ending your life?",
                asks(Set.of()), t -> { });
        assertThat(answer.risk()).isEqualTo(RiskKind.SUICIDE);
        assertThat(answer.beatId()).isNull();
        assertThat(lastSystemPrompt()).contains("What you tell now", "asked you plainly and kindly about suicidal thoughts", DETAIL);

        ClientTurn gift = client.respond("Thank you for telling me.", PersonaFixtures.empathic(), t -> { });
        assertThat(gift.beatId()).as("the gift test, due after the third reply").isEqualTo("gift");
        ClientTurn after = client.respond("That's kind of her.", PersonaFixtures.empathic(), t -> { });
        assertThat(after.risk()).as("only the answer to the question declares it").isNull();
        assertThat(lastSystemPrompt()).contains("What you have told", DETAIL).doesNotContain("What you tell now");
    }

    @Test
    void aDirectQuestionAskedWithARoadblockDoesNotOpenItUp() {
        client.opening();

        ClientTurn answer = client.respond("You're not going to do anything stupid like kill yourself, are you?",
                asks(Set.of(Roadblock.JUDGING)), t -> { });

        assertThat(answer.risk()).isNull();
        assertThat(lastSystemPrompt()).contains("Something you keep to yourself").doesNotContain(DETAIL);
    }

    @Test
    void aBeatDueOnTheTurnOfTheQuestionWaitsForTheNextAndTheReplaySaysTheSame() {
        client.opening();
        List<TurnScore> scores = new ArrayList<>(List.of(PersonaFixtures.openQuestion(), PersonaFixtures.openQuestion(), asks(Set.of()),
                PersonaFixtures.empathic()));
        List<ClientTurn> turns = new ArrayList<>();
        for (TurnScore s : scores) turns.add(client.respond("reply", s, t -> { }));

        // the gift test is due after the third reply, which asked: the disclosure comes first, the gift next
        assertThat(turns.get(2).risk()).isEqualTo(RiskKind.SUICIDE);
        assertThat(turns.get(2).beatId()).isNull();
        assertThat(turns.get(3).beatId()).isEqualTo("gift");
        assertThat(turns.get(3).risk()).isNull();

        List<ExpectedLine> replayed = LlmClient.replay(scenario, scores);
        assertThat(replayed).extracting(ExpectedLine::risk).containsExactly(null, null, null, RiskKind.SUICIDE, null);
        assertThat(replayed).extracting(ExpectedLine::beatId).containsExactly("opening", null, null, null, "gift");
    }
}
