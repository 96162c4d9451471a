package org.rapport.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Retry-After says how long to wait in seconds or until an HTTP date. */
class RateLimitedTest {

    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    @ParameterizedTest(name = "''{0}'' waits {1} ms")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "1 | 1000", "120 | 120000", " 0 | 0",
            "Wed, 02 Dec 2026 09:00:30 GMT | 30000", "Wed, 02 Dec 2026 08:59:00 GMT | 0",
            "soon | none", "-5 | none", "'' | none"})
    void retryAfterIsSecondsOrAnHttpDate(String value, Long millis) {
        assertThat(RateLimited.retryAfter(value, NOW)).isEqualTo(java.util.Optional.ofNullable(millis).map(Duration::ofMillis));
    }
}
