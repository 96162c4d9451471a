package org.rapport.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionException;

/**
 * The HTTP client the model builders are given. LangChain4j's own client turns an error status into an
 * exception without the response's headers, so the wait a rate-limited server asks for (Retry-After) never
 * reached the retry policy. This one sends the requests with the JDK's client as LangChain4j's does, and a
 * 429 becomes a {@link RateLimited} that carries the wait.
 */
final class HeaderKeepingHttpClient implements HttpClient {

    /** Headers the JDK's client sets itself and refuses from callers. */
    private static final Set<String> SET_BY_CLIENT = Set.of("connection", "content-length", "expect", "host", "upgrade");
    /** The most of an error body read: enough for the provider's message. */
    private static final int ERROR_BODY_BYTES = 64 * 1024;

    private final java.net.http.HttpClient http;
    private final Duration readTimeout;

    private HeaderKeepingHttpClient(Duration connectTimeout, Duration readTimeout) {
        java.net.http.HttpClient.Builder builder = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1);
        if (connectTimeout != null) builder.connectTimeout(connectTimeout);
        this.http = builder.build();
        this.readTimeout = readTimeout;
    }

    static HttpClientBuilder builder() {
        return new Builder();
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(jdk(request), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmUnavailable("interrupted", e, 1);
        }
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (!successful(response.statusCode())) throw failure(response.statusCode(), response.headers(), body);
        return SuccessfulHttpResponse.builder().statusCode(response.statusCode()).headers(response.headers().map())
                .body(body).build();
    }

    /** Streams the answer's events to {@code listener} on the JDK client's threads; returns at once. */
    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        http.sendAsync(jdk(request), HttpResponse.BodyHandlers.ofInputStream()).whenComplete((response, error) -> {
            if (error != null) {
                listener.onError(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
                return;
            }
            try (InputStream in = response.body()) {
                if (!successful(response.statusCode())) {
                    String body = new String(in.readNBytes(ERROR_BODY_BYTES), StandardCharsets.UTF_8);
                    listener.onError(failure(response.statusCode(), response.headers(), body));
                    return;
                }
                listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                        .headers(response.headers().map()).build());
                parser.parse(in, listener);
                listener.onClose();
            } catch (Exception e) {
                listener.onError(e);
            }
        });
    }

    private java.net.http.HttpRequest jdk(HttpRequest request) {
        if (!request.formDataFields().isEmpty() || !request.formDataFiles().isEmpty()) {
            // chat requests are JSON; no model Rapport builds uploads forms
            throw new IllegalArgumentException("form uploads are not sent by this client");
        }
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
        if (readTimeout != null) builder.timeout(readTimeout);
        request.headers().forEach((name, values) -> {
            if (!SET_BY_CLIENT.contains(name.toLowerCase(Locale.ROOT))) values.forEach(v -> builder.header(name, v));
        });
        builder.method(request.method().name(), request.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        return builder.build();
    }

    private static boolean successful(int status) {
        return status >= 200 && status < 300;
    }

    private static HttpException failure(int status, HttpHeaders headers, String body) {
        if (status != 429) return new HttpException(status, body);
        return new RateLimited(body, headers.firstValue("Retry-After").flatMap(RateLimited::retryAfter).orElse(null));
    }

    /** Takes the timeouts the model builders set. */
    private static final class Builder implements HttpClientBuilder {
        private Duration connectTimeout, readTimeout;

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        @Override
        public HttpClient build() {
            return new HeaderKeepingHttpClient(connectTimeout, readTimeout);
        }
    }
}
