package org.rapport.llm;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** An HTTP 429 with the wait the server asked for in its Retry-After header, when it gave one. */
public final class RateLimited extends HttpException {

    private final Duration retryAfter;

    public RateLimited(String body, Duration retryAfter) {
        super(429, body);
        this.retryAfter = retryAfter;
    }

    /** The wait the server asked for; empty when it named none. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** A Retry-After value: seconds ("120") or an HTTP date ("Wed, 02 Dec 2026 09:00:00 GMT"); a date past is no wait. */
    static Optional<Duration> retryAfter(String value) {
        return retryAfter(value, Instant.now());
    }

    static Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L)); // more digits than any wait
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
