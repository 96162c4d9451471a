package org.rapport.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.client.LlmClient;
import org.rapport.llm.FakeModelServer;
import org.rapport.llm.LlmConnection;
import org.rapport.llm.LlmProvider;
import org.rapport.llm.LlmSettings;
import org.rapport.rubric.BoundaryKind;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricLibrary;
import org.rapport.scenario.Scenario;
import org.rapport.scenario.ScenarioLoader;
import org.rapport.transcript.Speaker;

/**
 * A whole practice session with an LLM client: the shipped scenario, the real rubric engine, the real
 * HTTP path to a fake model server on 127.0.0.1, and the journal. Every turn is saved whether the model
 * answers or not, and a crashed session resumes without asking the model.
 */
class LlmSessionTest {

    static RubricEngine engine;

    FakeModelServer server;
    InMemorySessionJournal journal;
    Scenario graham;

    @BeforeEach
    void setUp() throws Exception {
        server = new FakeModelServer();
        journal = new InMemorySessionJournal();
        graham = new ScenarioLoader().load(Path.of("scenarios/llm-depression-graham.yaml"));
        synchronized (LlmSessionTest.class) {
            if (engine == null) engine = RubricLibrary.load(Path.of("rubrics")).engine("core");
        }
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    LlmClient client() {
        LlmSettings settings = new LlmSettings(LlmProvider.OPENAI, server.url() + "/v1", "fake-model", null,
                Duration.ofMillis(800), 1, Duration.ofMillis(5), 0.7, 120);
        return LlmClient.of(graham, LlmConnection.open(settings));
    }

    PracticeSession start() {
        return PracticeSession.start("s1", graham, client(), engine, journal, "sam", "llm", Clock.systemUTC());
    }

    static final List<String> REPLIES = List.of(
            "You're not sure talking can help, and losing forty cattle has hit you hard.",
            "Twenty years of breeding, gone in an afternoon. That's a real loss.",
            "Staying away from the mart sounds lonely as well as tiring.",
            "You're carrying the farm and the family on your own right now.");

    @Test
    void theModelAnswersAndTheBoundaryTestIsInjectedOnCue() {
        server.otherwise(FakeModelServer.answer("Aye. Something like that."));
        PracticeSession session = start();

        List<TurnResult> results = new ArrayList<>();
        for (String reply : REPLIES) results.add(session.reply(reply, t -> { }));

        assertThat(results.subList(0, 3)).allSatisfy(r -> {
            assertThat(r.answer().text()).isEqualTo("Aye. Something like that.");
            assertThat(r.answer().offline()).isFalse();
        });
        assertThat(results.get(3).answer().beatId()).isEqualTo("fair-trade");
        assertThat(results.get(3).answer().boundary()).isEqualTo(BoundaryKind.DUAL_RELATIONSHIP);
        assertThat(server.requests()).hasSize(3);
        assertThat(server.lastRequest().messages().get(server.lastRequest().messages().size() - 1))
                .containsExactly("user", REPLIES.get(2));

        // The trainee's answer to the injected test is scored for boundary-setting.
        TurnResult answer = session.reply("That's a generous offer, Graham. I can't take trades or favours, because "
                + "it would muddle what this space is for you, but I'm glad you'd want to square things.", t -> { });
        assertThat(answer.score().score("boundary_setting")).isNotNull();
        assertThat(journal.load("s1").orElseThrow().turns()).hasSize(11);
    }

    @Test
    void aProviderThatIsDownNeverLosesATurn() {
        server.otherwise(FakeModelServer.fail(503));
        PracticeSession session = start();

        TurnResult first = session.reply(REPLIES.get(0), t -> { });
        TurnResult second = session.reply(REPLIES.get(1), t -> { });

        assertThat(first.answer().offline()).isTrue();
        assertThat(second.answer().offline()).isTrue();
        assertThat(second.answer().text()).isNotEqualTo(first.answer().text());
        var saved = journal.load("s1").orElseThrow().turns();
        assertThat(saved).hasSize(5);
        assertThat(saved.get(2).speaker()).isEqualTo(Speaker.CLIENT);
        assertThat(saved.get(2).text()).isEqualTo(first.answer().text());
    }

    @Test
    void cutShortAndFallbackLinesAreMarkedInTheJournalAndThePlayJson() throws Exception {
        server.then(new FakeModelServer.Closes("It's been hard wee"), FakeModelServer.answer("Aye. Hard going."));
        server.otherwise(FakeModelServer.fail(503));
        PracticeSession session = start();

        for (String reply : REPLIES.subList(0, 3)) session.reply(reply, t -> { });

        var saved = journal.load("s1").orElseThrow().turns();
        assertThat(saved).extracting(t -> t.origin() == null ? null : t.origin().kind()).containsExactly(
                org.rapport.client.ClientLineOrigin.Kind.SCRIPT, null,
                org.rapport.client.ClientLineOrigin.Kind.CUT_SHORT, null,
                org.rapport.client.ClientLineOrigin.Kind.MODEL, null,
                org.rapport.client.ClientLineOrigin.Kind.FALLBACK);
        assertThat(saved.get(2).text()).isEqualTo("It's been hard wee");
        assertThat(saved.get(6).origin().cause()).contains("HTTP 503");

        var turns = new com.fasterxml.jackson.databind.ObjectMapper().readTree(SessionGradeJson.of(session))
                .path("transcripts").get(0).path("turns");
        assertThat(turns.get(0).path("origin").asText()).isEqualTo("script");
        assertThat(turns.get(1).has("origin")).as("replies have no origin").isFalse();
        assertThat(turns.get(2).path("origin").asText()).isEqualTo("cut_short");
        assertThat(turns.get(2).path("origin_cause").asText()).contains("without the model saying the answer was complete");
        assertThat(turns.get(4).path("origin").asText()).isEqualTo("model");
        assertThat(turns.get(4).path("origin_cause").isNull()).isTrue();
        assertThat(turns.get(6).path("origin").asText()).isEqualTo("fallback");
    }

    @Test
    void aCrashedSessionResumesWithoutAskingTheModel() {
        server.otherwise(FakeModelServer.answer("Aye."));
        PracticeSession session = start();
        for (String reply : REPLIES.subList(0, 2)) session.reply(reply, t -> { });
        int before = server.requests().size();

        PracticeSession resumed = PracticeSession.resume(journal.load("s1").orElseThrow(), graham, client(), engine,
                journal, Clock.systemUTC());

        assertThat(server.requests()).hasSize(before);
        TurnResult next = resumed.reply(REPLIES.get(2), t -> { });
        assertThat(next.answer().text()).isEqualTo("Aye.");
        List<String[]> messages = server.lastRequest().messages();
        assertThat(messages.get(0)[1]).contains(graham.beats().get(0).client()); // the opening, in the prompt
        assertThat(messages).hasSize(6); // system, two remembered exchanges, this reply
        // the injected test still comes on cue after the fourth reply
        assertThat(resumed.reply(REPLIES.get(3), t -> { }).answer().beatId()).isEqualTo("fair-trade");
    }
}
