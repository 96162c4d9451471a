package org.rapport.session;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Session ids that a trainee can type and that sort by start time: {@code 20261127-1832-ab12}
 * (UTC date and minute, then four random hex digits so that sessions started in the same minute differ).
 */
public final class SessionIds {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final RandomGenerator random;

    public SessionIds(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    /** A new id for which {@code taken} is false. */
    public String next(Predicate<String> taken) {
        String minute = MINUTE.format(clock.instant());
        for (int attempt = 0; attempt < 1000; attempt++) {
            byte[] suffix = new byte[2];
            random.nextBytes(suffix);
            String id = minute + "-" + HexFormat.of().formatHex(suffix);
            if (!taken.test(id)) return id;
        }
        throw new IllegalStateException("no free session id left for " + minute);
    }

    /** True when {@code text} has the shape of a session id. */
    public static boolean looksLikeId(String text) {
        return text != null && text.matches("\\d{8}-\\d{4}-[0-9a-f]{4}");
    }
}
