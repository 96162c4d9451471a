package org.rapport.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetryPolicyTest {

    @Test
    void backoffDoublesUpToTheCeiling() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(500), 2, Duration.ofSeconds(3));

        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofMillis(2000));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(3));
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(new RateLimitException("slow down"), true),
                Arguments.of(new InternalServerException("oops"), true),
                Arguments.of(new HttpException(503, "unavailable"), true),
                Arguments.of(new HttpException(429, "too many"), true),
                Arguments.of(new TimeoutException("late"), true),
                Arguments.of(new RuntimeException(new ConnectException("refused")), true),
                Arguments.of(new AuthenticationException("bad key"), false),
                Arguments.of(new HttpException(404, "no such model"), false),
                Arguments.of(new InvalidRequestException("bad request"), false));
    }

    @ParameterizedTest
    @MethodSource("faults")
    void retriesOnlyFaultsThatPass(Exception fault, boolean retriable) {
        assertThat(RetryPolicy.isRetriable(fault)).isEqualTo(retriable);
    }

    @Test
    void stopsAfterMaxRetries() {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = new RetryPolicy(2, Duration.ofMillis(1), 2, Duration.ofMillis(4));

        assertThatThrownBy(() -> policy.call(() -> {
            calls.incrementAndGet();
            throw new HttpException(502, "bad gateway");
        })).isInstanceOf(LlmUnavailable.class).hasMessage("HTTP 502");
        assertThat(calls).hasValue(3);
    }

    @Test
    void retriesNoLongerThanTheTurnsDeadlineAllows() {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(30), 2, Duration.ofSeconds(60));

        assertThatThrownBy(() -> policy.call(() -> {
            calls.incrementAndGet();
            throw new HttpException(503, "busy");
        }, System.nanoTime() + Duration.ofSeconds(10).toNanos()))
                .isInstanceOf(LlmUnavailable.class).hasMessage("HTTP 503; no time left in the turn to retry");
        assertThat(calls).hasValue(1);
    }

    @Test
    void succeedsOnceTheFaultPasses() {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(1), 2, Duration.ofMillis(4));

        String answer = policy.call(() -> {
            if (calls.incrementAndGet() < 3) throw new RateLimitException("wait");
            return "Okay.";
        });

        assertThat(answer).isEqualTo("Okay.");
        assertThat(calls).hasValue(3);
    }
}
