package org.rapport.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.llm.FakeModelServer.answer;
import static org.rapport.llm.FakeModelServer.fail;
import static org.rapport.llm.FakeModelServer.slowAnswer;
import static org.rapport.llm.FakeModelServer.stall;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real LangChain4j HTTP path against a fake model server on 127.0.0.1. */
class LlmConnectionHttpTest {

    static final String KEY = "sk-test-7f3a9c1e5b2d";
    static final String SYSTEM = "You are Tomasz Nowak, a client in a counseling session.";
    static final String TRAINEE = "It sounds like you've been carrying this on your own for a long time.";

    FakeModelServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeModelServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /**
     * Two retries and a 5 ms first backoff; a timeout a prompt fake answers well within even on a busy
     * machine (at 0.7 s, answers that should arrive were timed out under load and the tests flaked).
     */
    static LlmSettings settings(LlmProvider provider, String baseUrl, String key) {
        return settings(provider, baseUrl, key, Duration.ofSeconds(5));
    }

    static LlmSettings settings(LlmProvider provider, String baseUrl, String key, Duration timeout) {
        return new LlmSettings(provider, baseUrl, "fake-model", key, timeout, 2, Duration.ofMillis(5), 0.7, 120);
    }

    LlmConnection openAi() {
        return LlmConnection.open(settings(LlmProvider.OPENAI, server.url() + "/v1", KEY));
    }

    /** For the slow and stalled answers (2-3 s): a timeout well below them. */
    LlmConnection impatientOpenAi() {
        return LlmConnection.open(settings(LlmProvider.OPENAI, server.url() + "/v1", KEY, Duration.ofMillis(700)));
    }

    static List<ChatMessage> conversation() {
        return List.of(SystemMessage.from(SYSTEM), UserMessage.from(TRAINEE));
    }

    @Test
    void answersWithSystemPromptAndTraineeTextAsTheUserMessage() {
        server.then(answer("Yeah. I suppose I have."));

        String text = openAi().chat(conversation());

        assertThat(text).isEqualTo("Yeah. I suppose I have.");
        FakeModelServer.Request request = server.lastRequest();
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.json().path("model").asText()).isEqualTo("fake-model");
        List<String[]> messages = request.messages();
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).containsExactly("system", SYSTEM);
        assertThat(messages.get(1)).containsExactly("user", TRAINEE);
    }

    @Test
    void apiKeyTravelsOnlyInTheAuthorizationHeader() {
        server.then(answer("Okay."));

        openAi().chat(conversation());

        FakeModelServer.Request request = server.lastRequest();
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.body()).doesNotContain(KEY);
        assertThat(request.query() == null ? "" : request.query()).doesNotContain(KEY);
        request.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Authorization")) assertThat(values.toString()).doesNotContain(KEY);
        });
    }

    @Test
    void streamsTokensAsTheyArrive() {
        server.then(answer("I don't know. Maybe it started after my brother died."));
        List<String> tokens = new ArrayList<>();

        String text = openAi().stream(conversation(), tokens::add);

        assertThat(server.lastRequest().json().path("stream").asBoolean()).isTrue();
        assertThat(tokens).hasSizeGreaterThan(3);
        assertThat(String.join("", tokens)).isEqualTo("I don't know. Maybe it started after my brother died.");
        assertThat(text).isEqualTo("I don't know. Maybe it started after my brother died.");
    }

    @Test
    void anAnswerDripFedForeverIsCutAtTheTurnsDeadline() {
        String endless = "I guess. ".repeat(400).strip();
        server.then(new FakeModelServer.Drip(endless, 40));
        LlmConnection connection = LlmConnection.open(settings(LlmProvider.OPENAI, server.url() + "/v1", KEY,
                Duration.ofMillis(400)));
        List<String> tokens = new ArrayList<>();

        String text = connection.stream(conversation(), tokens::add);

        assertThat(text).startsWith("I guess.").endsWith("…");
        assertThat(text.length()).isLessThan(endless.length());
        assertThat(String.join("", tokens)).isEqualTo(text);
    }

    @Test
    void anEndlessLowerCaseAnswerIsCutByLength() {
        server.then(answer("and then i went on and on ".repeat(1_000).strip()));
        List<String> tokens = new ArrayList<>();

        String text = openAi().stream(conversation(), tokens::add);

        assertThat(text).hasSize(LlmConnection.MAX_ANSWER_CHARS + 1).endsWith("…");
        assertThat(String.join("", tokens)).isEqualTo(text);
    }

    @Test
    void streamContentThatIsNotTextIsRefusedNotSavedAsALine() {
        server.then(new FakeModelServer.NumberContent());

        assertThatThrownBy(() -> openAi().stream(conversation(), t -> { }))
                .isInstanceOf(LlmUnavailable.class).hasMessageContaining("unusable answer");
    }

    @Test
    void rateLimitIsRetriedWithBackoffThenSucceeds() {
        server.then(fail(429), answer("Sorry, I drifted off there."));

        String text = openAi().chat(conversation());

        assertThat(text).isEqualTo("Sorry, I drifted off there.");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aRateLimitedServersRetryAfterIsWaitedOutThenTheAnswerComes() {
        server.then(new FakeModelServer.RateLimit("1"), answer("Sorry, I drifted off there."));
        long start = System.nanoTime();

        String text = openAi().chat(conversation());

        assertThat(text).isEqualTo("Sorry, I drifted off there.");
        assertThat(server.requests()).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited as asked, not the 5 ms backoff")
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aStreamedAnswerWaitsOutRetryAfterToo() {
        server.then(new FakeModelServer.RateLimit("1"), answer("Okay. Where do I start?"));
        long start = System.nanoTime();

        String text = openAi().stream(conversation(), t -> { });

        assertThat(text).isEqualTo("Okay. Where do I start?");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aRetryAfterLongerThanTheTurnFallsBackAtOnceAndSaysWhy() {
        server.then(new FakeModelServer.RateLimit("3600")).otherwise(answer("too late"));
        long start = System.nanoTime();

        assertThatThrownBy(() -> openAi().chat(conversation())).isInstanceOf(LlmUnavailable.class)
                .hasMessageContaining("rate limited (HTTP 429)").hasMessageContaining("asks to wait 3600 s")
                .hasMessageContaining("longer than the turn has left");
        assertThat(server.requests()).as("no retry the server asked not to make").hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aStreamedAnswerFallsBackAtOnceWhenRetryAfterIsLongerThanTheTurn() {
        server.then(new FakeModelServer.RateLimit("3600")).otherwise(answer("too late"));

        assertThatThrownBy(() -> openAi().stream(conversation(), t -> { })).isInstanceOf(LlmUnavailable.class)
                .hasMessageContaining("asks to wait 3600 s");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void streamingRetriesA503BeforeTheFirstToken() {
        server.then(fail(503), answer("Fine, I guess."));
        List<String> tokens = new ArrayList<>();

        String text = openAi().stream(conversation(), tokens::add);

        assertThat(text).isEqualTo("Fine, I guess.");
        assertThat(String.join("", tokens)).isEqualTo("Fine, I guess.");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void serverErrorThatPersistsGivesUpAfterTheRetries() {
        server.otherwise(fail(500));

        assertThatThrownBy(() -> openAi().chat(conversation()))
                .isInstanceOf(LlmUnavailable.class)
                .hasMessageContaining("500");
        assertThat(server.requests()).hasSize(3); // first attempt + 2 retries
    }

    @Test
    void wrongKeyIsNotRetried() {
        server.otherwise(fail(401));

        assertThatThrownBy(() -> openAi().chat(conversation())).isInstanceOf(LlmUnavailable.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void slowAnswerTimesOutAndIsRetried() {
        server.then(slowAnswer("Too late.", 2_000), answer("Sorry, what was that?"));

        String text = impatientOpenAi().chat(conversation());

        assertThat(text).isEqualTo("Sorry, what was that?");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void slowAnswerEveryTimeEndsUnavailable() {
        server.otherwise(slowAnswer("Too late.", 2_000));
        long start = System.nanoTime();

        assertThatThrownBy(() -> impatientOpenAi().chat(conversation()))
                .isInstanceOf(LlmUnavailable.class)
                .hasMessageContaining("timed out");
        assertThat(server.requests()).as("the first try and two retries, then no more").hasSize(3);
        // It gives up rather than waiting on; the bound leaves room for a busy machine.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void streamThatFallsSilentKeepsWhatWasShown() {
        server.then(stall("Well it's just that I", 3_000));
        List<String> tokens = new ArrayList<>();

        String text = impatientOpenAi().stream(conversation(), tokens::add);

        // The first word reached the trainee's screen, so it stays; the line is marked as cut short.
        assertThat(text).isEqualTo("Well…");
        assertThat(String.join("", tokens)).isEqualTo(text);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void nothingPrintsOrLogsTheKey() {
        // Every logger at TRACE, so even debug logging of requests would be caught.
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Level level = root.getLevel();
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        root.addAppender(logged);
        root.setLevel(ch.qos.logback.classic.Level.TRACE);
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true);
        System.setOut(capture);
        System.setErr(capture);
        try {
            server.then(answer("Okay."), fail(429), answer("Fine."), answer("ready"));
            LlmConnection connection = openAi();
            connection.chat(conversation());
            connection.stream(conversation(), t -> { });
            server.otherwise(fail(500));
            try {
                connection.chat(conversation());
            } catch (LlmUnavailable e) {
                System.out.println(e.getMessage());
            }
            System.out.println(connection.settings());
            System.out.println(connection);
            System.out.println(connection.check(Duration.ofMillis(500)).render());
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.setLevel(level);
            root.detachAppender(logged);
        }
        assertThat(captured.toString()).isNotEmpty().doesNotContain(KEY);
        assertThat(logged.list).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(KEY);
            if (event.getThrowableProxy() != null) assertThat(event.getThrowableProxy().getMessage()).doesNotContain(KEY);
        });
    }

    @Test
    void statusReportsAnAnsweringModelAndItsLatency() {
        server.then(answer("ready"));

        LlmStatus status = openAi().check(Duration.ofSeconds(2));

        assertThat(status.answering()).isTrue();
        assertThat(status.latency()).isPositive();
        assertThat(status.render()).contains("openai", server.url() + "/v1", "fake-model", "answering: yes")
                .doesNotContain(KEY);
        assertThat(server.lastRequest().json().path("max_tokens").asInt()).isLessThanOrEqualTo(5);
    }

    @Test
    void statusReportsAServerThatIsDown() {
        String url = server.url();
        server.close();

        LlmStatus status = LlmConnection.open(settings(LlmProvider.OPENAI, url + "/v1", KEY)).check(Duration.ofSeconds(1));

        assertThat(status.answering()).isFalse();
        assertThat(status.problem()).isNotBlank();
        assertThat(status.render()).contains("answering: no");
    }

    @Test
    void ollamaAnswersPlainAndStreamed() {
        LlmConnection ollama = LlmConnection.open(settings(LlmProvider.OLLAMA, server.url(), null));
        server.then(answer("I keep checking the door."), answer("Three times, sometimes more."));

        String plain = ollama.chat(conversation());
        List<String> tokens = new ArrayList<>();
        String streamed = ollama.stream(conversation(), tokens::add);

        assertThat(plain).isEqualTo("I keep checking the door.");
        assertThat(streamed).isEqualTo("Three times, sometimes more.");
        assertThat(String.join("", tokens)).isEqualTo(streamed);
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.path()).isEqualTo("/api/chat"));
        server.then(answer("{\"empathy\": 4}"));
        ollama.chat(conversation(), 0.0); // a judge's request at temperature 0
        assertThat(server.lastRequest().json().path("options").path("temperature").asDouble(-1)).isZero();
        assertThat(server.requests().get(0).messages().get(1)).containsExactly("user", TRAINEE);
    }

    @Test
    void anthropicSendsTheSystemPromptApartAndTheKeyOnlyInItsHeader() {
        LlmConnection anthropic = LlmConnection.open(settings(LlmProvider.ANTHROPIC, server.url() + "/v1/", KEY));
        server.then(answer("I'd rather not say."), fail(529), answer("Fine."));

        assertThat(anthropic.chat(conversation())).isEqualTo("I'd rather not say.");
        assertThat(anthropic.chat(conversation())).isEqualTo("Fine."); // 529 "overloaded" is retried

        FakeModelServer.Request request = server.requests().get(0);
        assertThat(request.path()).isEqualTo("/v1/messages");
        assertThat(request.header("x-api-key")).isEqualTo(KEY);
        assertThat(request.header("Authorization")).isNull();
        assertThat(request.body()).doesNotContain(KEY).contains(SYSTEM);
        assertThat(request.messages()).hasSize(1);
        assertThat(request.messages().get(0)).containsExactly("user", TRAINEE);
    }
}
