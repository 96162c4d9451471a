package org.rapport.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Retries a model call on faults that pass (rate limits, server errors, timeouts, refused or dropped
 * connections) with exponential backoff; gives up at once on faults that would only repeat (a wrong
 * key, an unknown model, a malformed request). LangChain4j's own retries are switched off so that this
 * is the one place that decides.
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, double multiplier, Duration maxBackoff) {

    public RetryPolicy {
        if (maxRetries < 0) throw new IllegalArgumentException("max retries must be >= 0");
        if (multiplier < 1) throw new IllegalArgumentException("backoff multiplier must be >= 1");
    }

    public static RetryPolicy of(LlmSettings settings) {
        return new RetryPolicy(settings.maxRetries(), settings.initialBackoff(), 2.0, Duration.ofSeconds(10));
    }

    /** The wait before retry number {@code retry} (1-based). */
    public Duration backoff(int retry) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, retry - 1);
        return Duration.ofMillis((long) Math.min(millis, maxBackoff.toMillis()));
    }

    /**
     * Runs the call, retrying as the policy allows.
     *
     * @throws LlmUnavailable when every attempt failed, or a fault is not worth retrying
     */
    public <T> T call(Callable<T> call) {
        return call(call, Long.MAX_VALUE);
    }

    /**
     * As {@link #call(Callable)}, retrying only while the pause before the next attempt ends before
     * {@code deadlineNanos} (a {@link System#nanoTime()} value): a turn has a total time, whatever the
     * number of retries left.
     */
    public <T> T call(Callable<T> call, long deadlineNanos) {
        int attempt = 0;
        while (true) {
            try {
                return call.call();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LlmUnavailable("interrupted", e, attempt + 1);
            } catch (Exception e) {
                attempt++;
                if (!isRetriable(e) || attempt > maxRetries) throw new LlmUnavailable(describe(e), e, attempt);
                Duration pause = backoff(attempt);
                Duration asked = retryAfter(e).orElse(null);
                if (asked != null) {
                    // the server's own wait, honoured while the turn has time for it (without a turn, up to the longest backoff)
                    boolean fits = deadlineNanos == Long.MAX_VALUE ? asked.compareTo(maxBackoff) <= 0
                            : System.nanoTime() + asked.toNanos() < deadlineNanos;
                    if (!fits) {
                        throw new LlmUnavailable(describe(e) + "; the server asks to wait " + seconds(asked)
                                + ", longer than " + (deadlineNanos == Long.MAX_VALUE ? "the longest wait between attempts"
                                : "the turn has left"), e, attempt);
                    }
                    if (asked.compareTo(pause) > 0) pause = asked;
                }
                if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() + pause.toNanos() >= deadlineNanos) {
                    throw new LlmUnavailable(describe(e) + "; no time left in the turn to retry", e, attempt);
                }
                pause(pause);
            }
        }
    }

    /** Rate limits, 5xx, timeouts and I/O failures pass with time; everything else is a configuration fault. */
    public static boolean isRetriable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LlmUnavailable u) return u.retriable();
            if (t instanceof RateLimitException || t instanceof InternalServerException
                    || t instanceof TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            if (t instanceof HttpException h) return h.statusCode() == 429 || h.statusCode() >= 500;
            if (t instanceof NonRetriableException) return false;
            if (t instanceof IOException) return true;
        }
        return false;
    }

    /** The wait a rate-limited server asked for (its Retry-After), if the fault carries one. */
    static java.util.Optional<Duration> retryAfter(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RateLimited r) return r.retryAfter();
        }
        return java.util.Optional.empty();
    }

    private static String seconds(Duration d) {
        return d.toSeconds() >= 1 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** A short cause for people: the status code or the kind of fault, never a request body. */
    public static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException h) return h.statusCode() == 429 ? "rate limited (HTTP 429)" : "HTTP " + h.statusCode();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LlmUnavailable) return t.getMessage();
            if (t instanceof RateLimitException) return "rate limited";
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return "timed out";
            }
            if (t instanceof java.net.ConnectException) return "connection refused";
            if (t instanceof InternalServerException) return "server error";
            if (t instanceof dev.langchain4j.exception.AuthenticationException) return "authentication failed";
            if (t instanceof dev.langchain4j.exception.ModelNotFoundException) return "model not found";
            if (t instanceof IOException) return "connection failed (" + t.getClass().getSimpleName() + ")";
        }
        return e.getClass().getSimpleName();
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmUnavailable("interrupted", e, 0);
        }
    }
}
