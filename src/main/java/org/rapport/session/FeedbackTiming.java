package org.rapport.session;

import java.util.ArrayList;
import java.util.List;
import org.rapport.rubric.ScoringBenchmark;

/**
 * How long a trainee waits between pressing Enter and seeing the client's answer with its feedback:
 * scoring the reply, the client's response and saving both turns, measured over a scripted session.
 */
public final class FeedbackTiming {

    /** Milliseconds per reply; {@code first} is the first reply of the run (the model may still be warming). */
    public record Figures(int replies, double firstMs, double medianMs, double p95Ms, double maxMs) {
    }

    private FeedbackTiming() {
    }

    public static Figures measure(PracticeSessions sessions, String scenarioId, List<String> replies) {
        if (replies.isEmpty()) throw new IllegalArgumentException("no replies to time");
        List<Double> millis = new ArrayList<>();
        PracticeSession session = sessions.start(scenarioId, "benchmark", PracticeSessions.SCRIPTED);
        for (String reply : replies) {
            if (session.ended()) {
                session = sessions.start(scenarioId, "benchmark", PracticeSessions.SCRIPTED);
            }
            long start = System.nanoTime();
            session.reply(reply, text -> { });
            millis.add((System.nanoTime() - start) / 1e6);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Figures(sorted.length, millis.get(0), ScoringBenchmark.percentile(sorted, 50),
                ScoringBenchmark.percentile(sorted, 95), sorted[sorted.length - 1]);
    }
}
