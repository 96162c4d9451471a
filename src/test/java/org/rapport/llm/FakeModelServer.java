package org.rapport.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A model server on 127.0.0.1 (a free port) that speaks just enough of the OpenAI chat-completions API
 * ({@code /v1/chat/completions}, plain and streamed as server-sent events) and Ollama's ({@code /api/chat},
 * plain and streamed as JSON lines) for LangChain4j's real HTTP clients. Each request takes the next
 * scripted behaviour; when none is left, the default one. Every request is recorded.
 */
public final class FakeModelServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the server does with one request. */
    public sealed interface Behaviour permits Answer, Fail, Stall, Drip, NumberContent, Closes, RateLimit {
    }

    /** Streams word by word with {@code everyMillis} between words: never silent for long, never done soon. */
    public record Drip(String text, long everyMillis) implements Behaviour {
    }

    /** Streams one chunk whose content is the JSON number 42 instead of text, then finishes. */
    public record NumberContent() implements Behaviour {
    }

    /** Streams {@code text} word by word, then closes the connection without saying the answer is done. */
    public record Closes(String text) implements Behaviour {
    }

    /** Answers with {@code text} (streamed word by word when the request asks for a stream). */
    public record Answer(String text, long delayMillis) implements Behaviour {
    }

    /** Fails with an HTTP status. */
    public record Fail(int status) implements Behaviour {
    }

    /** Answers 429 with a Retry-After header of {@code retryAfter} (seconds or an HTTP date). */
    public record RateLimit(String retryAfter) implements Behaviour {
    }

    /** Streams the first word, then falls silent for {@code silenceMillis} before finishing. */
    public record Stall(String text, long silenceMillis) implements Behaviour {
    }

    public static Behaviour answer(String text) {
        return new Answer(text, 0);
    }

    public static Behaviour slowAnswer(String text, long delayMillis) {
        return new Answer(text, delayMillis);
    }

    public static Behaviour fail(int status) {
        return new Fail(status);
    }

    public static Behaviour stall(String text, long silenceMillis) {
        return new Stall(text, silenceMillis);
    }

    /** A request as the server saw it. */
    public record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        public String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) return e.getValue().get(0);
            }
            return null;
        }

        /** Messages as (role, content) pairs, in order. */
        public List<String[]> messages() {
            List<String[]> out = new ArrayList<>();
            for (JsonNode m : json().path("messages")) {
                JsonNode content = m.path("content");
                StringBuilder text = new StringBuilder();
                if (content.isArray()) content.forEach(block -> text.append(block.path("text").asText()));
                else text.append(content.asText());
                out.add(new String[] {m.path("role").asText(), text.toString()});
            }
            return out;
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Behaviour> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Behaviour otherwise = answer("Okay.");

    public FakeModelServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-model-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/v1/chat/completions", exchange -> handle(exchange, false));
        server.createContext("/api/chat", exchange -> handle(exchange, true));
        server.createContext("/v1/messages", this::handleAnthropic);
        server.start();
    }

    /** e.g. http://127.0.0.1:43121 */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeModelServer then(Behaviour... behaviours) {
        script.addAll(List.of(behaviours));
        return this;
    }

    public FakeModelServer otherwise(Behaviour behaviour) {
        otherwise = behaviour;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public Request lastRequest() {
        return requests.get(requests.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange, boolean ollama) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
        Behaviour behaviour = script.poll();
        if (behaviour == null) behaviour = otherwise;
        JsonNode request = JSON.readTree(body);
        // Ollama streams unless told not to; OpenAI streams only when asked.
        boolean stream = request.has("stream") ? request.path("stream").asBoolean() : ollama;
        try (exchange) {
            if (behaviour instanceof RateLimit r) {
                byte[] err = "{\"error\":{\"message\":\"rate limited\",\"type\":\"rate_limit_error\"}}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("Retry-After", r.retryAfter());
                exchange.sendResponseHeaders(429, err.length);
                exchange.getResponseBody().write(err);
            } else if (behaviour instanceof Fail f) {
                byte[] err = ("{\"error\":{\"message\":\"fake failure " + f.status() + "\",\"type\":\"server_error\"}}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(f.status(), err.length);
                exchange.getResponseBody().write(err);
            } else if (behaviour instanceof Answer a) {
                sleep(a.delayMillis());
                if (stream) streamed(exchange, a.text(), ollama, 0);
                else whole(exchange, a.text(), ollama);
            } else if (behaviour instanceof Stall st) {
                streamed(exchange, st.text(), ollama, st.silenceMillis());
            } else if (behaviour instanceof Drip d) {
                exchange.getResponseHeaders().add("Content-Type", ollama ? "application/x-ndjson" : "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                for (String token : tokens(d.text())) {
                    write(exchange.getResponseBody(), chunk(token, ollama, false));
                    sleep(d.everyMillis());
                }
                write(exchange.getResponseBody(), chunk("", ollama, true));
                if (!ollama) write(exchange.getResponseBody(), "data: [DONE]\n\n");
            } else if (behaviour instanceof Closes c) {
                exchange.getResponseHeaders().add("Content-Type", ollama ? "application/x-ndjson" : "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                for (String token : tokens(c.text())) write(exchange.getResponseBody(), chunk(token, ollama, false));
            } else if (behaviour instanceof NumberContent) {
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                write(exchange.getResponseBody(), chunk("PLACEHOLDER", false, false).replace("\"PLACEHOLDER\"", "42"));
                write(exchange.getResponseBody(), chunk("", false, true));
                write(exchange.getResponseBody(), "data: [DONE]\n\n");
            }
        } catch (IOException e) {
            // the client gave up (a timeout under test): nothing more to send
        }
    }

    /** Anthropic's messages API, answered whole (enough for a smoke test of the provider wiring). */
    private void handleAnthropic(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
        Behaviour behaviour = script.poll();
        if (behaviour == null) behaviour = otherwise;
        try (exchange) {
            int status = behaviour instanceof Fail f ? f.status() : 200;
            ObjectNode root = JSON.createObjectNode();
            if (status == 200) {
                String text = behaviour instanceof Answer a ? a.text() : ((Stall) behaviour).text();
                root.put("id", "msg_fake").put("type", "message").put("role", "assistant").put("model", "fake");
                root.putArray("content").addObject().put("type", "text").put("text", text);
                root.put("stop_reason", "end_turn");
                root.putObject("usage").put("input_tokens", 10).put("output_tokens", 5);
            } else {
                root.put("type", "error").putObject("error").put("type", "api_error").put("message", "fake failure");
            }
            byte[] bytes = JSON.writeValueAsBytes(root);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private void whole(HttpExchange exchange, String text, boolean ollama) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        if (ollama) {
            root.put("model", "fake").put("created_at", "2026-01-01T00:00:00Z");
            root.putObject("message").put("role", "assistant").put("content", text);
            root.put("done", true).put("done_reason", "stop").put("prompt_eval_count", 10).put("eval_count", 5);
        } else {
            root.put("id", "chatcmpl-fake").put("object", "chat.completion").put("created", 1).put("model", "fake");
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", text);
            root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
        }
        byte[] bytes = JSON.writeValueAsBytes(root);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Word by word; with {@code silenceMillis} > 0, falls silent after the first word for that long. */
    private void streamed(HttpExchange exchange, String text, boolean ollama, long silenceMillis) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", ollama ? "application/x-ndjson" : "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        List<String> tokens = tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (silenceMillis > 0 && i == 1) sleep(silenceMillis);
            write(out, chunk(tokens.get(i), ollama, false));
        }
        write(out, chunk("", ollama, true));
        if (!ollama) write(out, "data: [DONE]\n\n");
    }

    private String chunk(String token, boolean ollama, boolean last) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        if (ollama) {
            root.put("model", "fake").put("created_at", "2026-01-01T00:00:00Z");
            root.putObject("message").put("role", "assistant").put("content", token);
            root.put("done", last);
            if (last) root.put("done_reason", "stop").put("prompt_eval_count", 10).put("eval_count", 5);
            return JSON.writeValueAsString(root) + "\n";
        }
        root.put("id", "chatcmpl-fake").put("object", "chat.completion.chunk").put("created", 1).put("model", "fake");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (last) {
            choice.put("finish_reason", "stop");
        } else {
            delta.put("role", "assistant").put("content", token);
            choice.putNull("finish_reason");
        }
        return "data: " + JSON.writeValueAsString(root) + "\n\n";
    }

    /** Splits before each space, so the tokens join back to the text exactly. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                tokens.add(text.substring(start, i));
                start = i;
            }
        }
        return tokens;
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void sleep(long millis) {
        if (millis <= 0) return;
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
