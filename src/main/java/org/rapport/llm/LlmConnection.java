package org.rapport.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.output.FinishReason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A configured language model: the LangChain4j chat models for one provider, wrapped in Rapport's
 * retry policy and timeouts. Request and response logging stay off, so prompts, replies and the API key
 * never reach a log.
 */
public final class LlmConnection {

    /** Placeholder sent to OpenAI-compatible local servers that ignore keys but whose client wants one. */
    private static final String NO_KEY = "no-key";

    private final LlmSettings settings;
    private final ChatModel chat;
    private final StreamingChatModel streaming;
    private final RetryPolicy retry;

    /** Wraps already-built models (tests use mocks); {@code streaming} may be null. */
    public LlmConnection(LlmSettings settings, ChatModel chat, StreamingChatModel streaming, RetryPolicy retry) {
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
        this.chat = java.util.Objects.requireNonNull(chat, "chat");
        this.streaming = streaming;
        this.retry = java.util.Objects.requireNonNull(retry, "retry");
    }

    /** Builds the provider's models from settings. Nothing is sent until the first request. */
    public static LlmConnection open(LlmSettings settings) {
        return new LlmConnection(settings, chatModel(settings, settings.timeout(), settings.maxTokens()),
                streamingModel(settings), RetryPolicy.of(settings));
    }

    public LlmSettings settings() {
        return settings;
    }

    public ChatModel chatModel() {
        return chat;
    }

    public boolean streams() {
        return streaming != null;
    }

    /** One complete answer, retried as the policy allows. */
    public String chat(List<ChatMessage> messages) {
        return chat(messages, null);
    }

    /**
     * One complete answer at a given sampling temperature (null: the configured one), e.g. 0 for a judge
     * that should score the same reply the same way each time.
     */
    public String chat(List<ChatMessage> messages, Double temperature) {
        return retry.call(() -> chatOnce(messages, temperature),
                System.nanoTime() + settings.turnDeadline().toNanos());
    }

    /**
     * One answer streamed to {@code partial} as tokens arrive (on the calling thread). A fault before
     * the first token is retried; a fault after it keeps what was already shown, marked as cut short,
     * because the trainee has read it. Without a streaming model, the whole answer is passed at once.
     */
    public String stream(List<ChatMessage> messages, Consumer<String> partial) {
        return streamAnswer(messages, partial).text();
    }

    /**
     * An answer as {@link #stream} gives it, and whether it was complete.
     *
     * @param cutShort why the answer stopped before the model finished it (the stream broke off or fell
     *                 silent, the turn's deadline or the length cap was reached, the model ran out of tokens
     *                 or did not say the answer was complete); null for a complete answer
     */
    public record Streamed(String text, String cutShort) {
    }

    /** {@link #stream}, saying whether the answer was cut short. */
    public Streamed streamAnswer(List<ChatMessage> messages, Consumer<String> partial) {
        long deadline = System.nanoTime() + settings.turnDeadline().toNanos();
        if (streaming == null) {
            String whole = retry.call(() -> chatOnce(messages, null), deadline);
            String text = capped(whole, MAX_ANSWER_CHARS);
            partial.accept(text);
            return new Streamed(text, text.length() < whole.length() ? longerThanTheCap() : null);
        }
        StringBuilder shown = new StringBuilder();
        return retry.call(() -> streamOnce(messages, partial, shown, deadline), deadline);
    }

    private static String longerThanTheCap() {
        return "longer than " + MAX_ANSWER_CHARS + " characters";
    }

    /** Null when the model said it finished; else why the answer counts as incomplete. */
    static String incomplete(ChatResponse response) {
        FinishReason reason = response.finishReason();
        if (reason == FinishReason.STOP) return null;
        if (reason == FinishReason.LENGTH) return "the model reached its token limit";
        if (reason == null) return "the stream ended without the model saying the answer was complete";
        return "the model stopped (" + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
    }

    /**
     * The longest client answer kept, in characters, whatever the model sends: the sentence limit finds
     * sentence ends by punctuation and capitals, and an answer without them would otherwise run on.
     */
    public static final int MAX_ANSWER_CHARS = 1_500;
    /** The longest complete answer read (a judge's verdict is far shorter). */
    static final int MAX_CHAT_CHARS = 20_000;

    /** An answer with no letter in it (a number, punctuation) is not something a client says. */
    static boolean usable(CharSequence text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static String capped(String text, int limit) {
        if (text.length() <= limit) return text;
        int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        return text.substring(0, end) + "…";
    }

    private String chatOnce(List<ChatMessage> messages, Double temperature) {
        ChatRequest.Builder request = ChatRequest.builder().messages(messages);
        if (temperature != null) request.temperature(temperature);
        ChatResponse response = chat.chat(request.build());
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) throw new LlmUnavailable("empty answer", true);
        if (!usable(text)) throw new LlmUnavailable("unusable answer (no words in it)", false);
        return capped(text, MAX_CHAT_CHARS);
    }

    private Streamed streamOnce(List<ChatMessage> messages, Consumer<String> partial, StringBuilder shown,
            long deadline) throws InterruptedException {
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        AtomicReference<StreamingHandle> handle = new AtomicReference<>();
        streaming.chat(ChatRequest.builder().messages(messages).build(), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse token, PartialResponseContext context) {
                handle.compareAndSet(null, context.streamingHandle());
                events.add(new Token(token.text()));
            }

            @Override
            public void onPartialResponse(String token) {
                events.add(new Token(token));
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                events.add(response);
            }

            @Override
            public void onError(Throwable error) {
                events.add(error);
            }
        });
        while (true) {
            // The timeout bounds silence; the turn's deadline bounds the whole answer, however it trickles.
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            Object event = left <= 0 ? null
                    : events.poll(Math.min(settings.timeout().toMillis(), left), TimeUnit.MILLISECONDS);
            if (event instanceof Token token) {
                if (token.text() == null || token.text().isEmpty()) continue;
                String text = token.text();
                boolean full = shown.length() + text.length() >= MAX_ANSWER_CHARS;
                if (full) text = text.substring(0, Math.max(0, MAX_ANSWER_CHARS - shown.length()));
                shown.append(text);
                partial.accept(text);
                if (full) {
                    StreamingHandle h = handle.get();
                    if (h != null) h.cancel();
                    partial.accept("…");
                    return new Streamed(shown.append("…").toString(), longerThanTheCap());
                }
            } else if (event instanceof ChatResponse response) {
                String whole = response.aiMessage() == null ? null : response.aiMessage().text();
                if (shown.length() > 0) {
                    if (!usable(shown)) throw new LlmUnavailable("unusable answer (no words in it)", false);
                    return new Streamed(shown.toString(), incomplete(response));
                }
                if (whole == null || whole.isBlank()) throw new LlmUnavailable("empty answer", true);
                if (!usable(whole)) throw new LlmUnavailable("unusable answer (no words in it)", false);
                String kept = capped(whole, MAX_ANSWER_CHARS);
                partial.accept(kept);
                return new Streamed(kept, kept.length() < whole.length() ? longerThanTheCap() : incomplete(response));
            } else {
                if (event == null && left <= 0) {
                    StreamingHandle h = handle.get();
                    if (h != null) h.cancel();
                    if (shown.length() > 0 && usable(shown)) {
                        partial.accept("…");
                        return new Streamed(shown.append("…").toString(),
                                "no end within the turn's " + settings.turnDeadline().toSeconds() + " s");
                    }
                    throw new LlmUnavailable("no answer within the turn's " + settings.turnDeadline().toSeconds()
                            + " s", false);
                }
                StreamingHandle h = handle.get();
                if (h != null) h.cancel();
                if (shown.length() > 0) {
                    partial.accept("…");
                    return new Streamed(shown.append("…").toString(), event == null ? "the stream fell silent"
                            : "the stream broke off: " + RetryPolicy.describe((Throwable) event));
                }
                if (event == null) throw new LlmUnavailable("timed out", true);
                Throwable error = (Throwable) event;
                if (error instanceof RuntimeException re) throw re;
                throw new LlmUnavailable(RetryPolicy.describe(error), error, 1);
            }
        }
    }

    /**
     * A tiny request with a short timeout and no retries: does the model answer, and how fast.
     */
    public LlmStatus check(Duration timeout) {
        Duration t = timeout.compareTo(settings.timeout()) < 0 ? timeout : settings.timeout();
        ChatModel probe = chatModelFor(t, 5);
        long start = System.nanoTime();
        try {
            ChatResponse response = probe.chat(ChatRequest.builder()
                    .messages(List.of(UserMessage.from("Reply with the single word: ready"))).build());
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            String text = response.aiMessage() == null ? "" : response.aiMessage().text();
            return new LlmStatus(settings, true, latency, null, text == null ? "" : text.strip());
        } catch (RuntimeException e) {
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            return new LlmStatus(settings, false, latency, settings.redact(RetryPolicy.describe(e)), null);
        }
    }

    /** The probe uses the real provider models unless this connection wraps injected ones. */
    private ChatModel chatModelFor(Duration timeout, int maxTokens) {
        boolean builtHere = chat instanceof OpenAiChatModel || chat instanceof OllamaChatModel
                || chat instanceof AnthropicChatModel;
        return builtHere ? chatModel(settings, timeout, maxTokens) : chat;
    }

    static ChatModel chatModel(LlmSettings s, Duration timeout, int maxTokens) {
        return switch (s.provider()) {
            case OPENAI -> OpenAiChatModel.builder()
                    .baseUrl(s.baseUrl())
                    .apiKey(s.hasApiKey() ? s.apiKey() : NO_KEY)
                    .modelName(s.model())
                    .temperature(s.temperature())
                    .maxTokens(maxTokens)
                    .timeout(timeout)
                    .maxRetries(0)
                    .httpClientBuilder(HeaderKeepingHttpClient.builder())
                    .logRequests(false)
                    .logResponses(false)
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .baseUrl(s.baseUrl())
                    .modelName(s.model())
                    .temperature(s.temperature())
                    .numPredict(maxTokens)
                    .timeout(timeout)
                    .maxRetries(0)
                    .httpClientBuilder(HeaderKeepingHttpClient.builder())
                    .logRequests(false)
                    .logResponses(false)
                    .build();
            case ANTHROPIC -> AnthropicChatModel.builder()
                    .baseUrl(s.baseUrl())
                    .apiKey(s.hasApiKey() ? s.apiKey() : NO_KEY)
                    .modelName(s.model())
                    .temperature(s.temperature())
                    .maxTokens(maxTokens)
                    .timeout(timeout)
                    .maxRetries(0)
                    .httpClientBuilder(HeaderKeepingHttpClient.builder())
                    .logRequests(false)
                    .logResponses(false)
                    .build();
        };
    }

    static StreamingChatModel streamingModel(LlmSettings s) {
        return switch (s.provider()) {
            case OPENAI -> OpenAiStreamingChatModel.builder()
                    .baseUrl(s.baseUrl())
                    .apiKey(s.hasApiKey() ? s.apiKey() : NO_KEY)
                    .modelName(s.model())
                    .temperature(s.temperature())
                    .maxTokens(s.maxTokens())
                    .timeout(s.timeout())
                    .httpClientBuilder(HeaderKeepingHttpClient.builder())
                    .logRequests(false)
                    .logResponses(false)
                    .build();
            case OLLAMA -> OllamaStreamingChatModel.builder()
                    .baseUrl(s.baseUrl())
                    .modelName(s.model())
                    .temperature(s.temperature())
                    .numPredict(s.maxTokens())
                    .timeout(s.timeout())
                    .httpClientBuilder(HeaderKeepingHttpClient.builder())
                    .logRequests(false)
                    .logResponses(false)
                    .build();
            case ANTHROPIC -> AnthropicStreamingChatModel.builder()
                    .baseUrl(s.baseUrl())
                    .apiKey(s.hasApiKey() ? s.apiKey() : NO_KEY)
                    .modelName(s.model())
                    .temperature(s.temperature())
                    .maxTokens(s.maxTokens())
                    .timeout(s.timeout())
                    .httpClientBuilder(HeaderKeepingHttpClient.builder())
                    .logRequests(false)
                    .logResponses(false)
                    .build();
        };
    }

    @Override
    public String toString() {
        return "LlmConnection[" + settings + "]";
    }

    private record Token(String text) {
    }
}
