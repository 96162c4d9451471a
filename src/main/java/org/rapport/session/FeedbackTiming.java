package org.rapport.session;

import java.util.ArrayList;
import java.util.List;
import org.rapport.rubric.ScoringBenchmark;

/**
 * How long a trainee waits between pressing Enter and seeing the client's answer with its feedback:
 * scoring the reply, the client's response and saving both turns, measured over a scripted session as a
 * terminal runs it: the engine reads each client line ahead while the trainee types
 * ({@link PracticeSession#readingAhead}), and the clock starts at Enter, once that reading is done (a
 * trainee takes seconds to type a reply; the reading takes a fraction of one, measured as {@code readAheadMs}).
 */
public final class FeedbackTiming {

    /**
     * Milliseconds per reply; {@code first} is the first reply of the run (the model may still be warming).
     * The CPU times are means per reply: of the whole process (the encoder's threads included) and of the
     * thread the trainee waits on.
     */
    public record Figures(int replies, double firstMs, double medianMs, double p95Ms, double maxMs, double cpuMs, double threadCpuMs,
            double readAheadMs) {
    }

    private FeedbackTiming() {
    }

    public static Figures measure(PracticeSessions sessions, String scenarioId, List<String> replies) {
        if (replies.isEmpty()) throw new IllegalArgumentException("no replies to time");
        List<Double> millis = new ArrayList<>();
        List<Double> reading = new ArrayList<>();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = 0, threadCpu = 0;
        PracticeSession session = sessions.start(scenarioId, "benchmark", PracticeSessions.SCRIPTED).readingAhead();
        for (String reply : replies) {
            if (session.ended()) {
                session = sessions.start(scenarioId, "benchmark", PracticeSessions.SCRIPTED).readingAhead();
            }
            long typing = System.nanoTime();
            session.awaitReadAhead();
            reading.add((System.nanoTime() - typing) / 1e6);
            long start = System.nanoTime(), process = os.getProcessCpuTime(), thread = threads.getCurrentThreadCpuTime();
            session.reply(reply, text -> { });
            millis.add((System.nanoTime() - start) / 1e6);
            cpu += os.getProcessCpuTime() - process;
            threadCpu += threads.getCurrentThreadCpuTime() - thread;
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double cpuMs = cpu / 1e6 / sorted.length, threadCpuMs = threadCpu / 1e6 / sorted.length;
        return new Figures(sorted.length, millis.get(0), ScoringBenchmark.percentile(sorted, 50),
                ScoringBenchmark.percentile(sorted, 95), sorted[sorted.length - 1], cpuMs, threadCpuMs,
                ScoringBenchmark.percentile(reading.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 50));
    }
}
