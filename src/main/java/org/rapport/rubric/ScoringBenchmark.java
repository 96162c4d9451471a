package org.rapport.rubric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.rapport.nlp.SentenceEmbeddings;

/**
 * How fast the engine scores: per-reply latency as in a live session (one reply at a time) and batch
 * throughput as in grading, with the embedding model's load time counted separately.
 */
public final class ScoringBenchmark {

    /** Replies used when no corpus is at hand: written for this benchmark, typical of trainee turns. */
    static final List<String[]> SAMPLE = List.of(
            new String[] {"I don't really know why I'm here. My sister kind of made me come.", "It sounds like coming here wasn't entirely your idea, and you're not sure what to expect."},
            new String[] {"I can't sleep. My mind keeps racing about work.", "What goes through your mind when you're lying awake?"},
            new String[] {"I keep checking the stove before I leave, like ten times.", "You should try leaving the house without checking."},
            new String[] {"My heart starts pounding in the supermarket and I have to get out.", "That sounds terrifying, and I can see why you've started avoiding it."},
            new String[] {"Could I just text you at night when it gets bad?", "I can hear how hard the nights are. I'm not able to text between sessions, but the 988 line answers all night; can we plan for those nights together?"},
            new String[] {"Everyone says I should just get over it.", "Mm-hmm."},
            new String[] {"I drank a bit more than usual this weekend.", "How much did you drink?"},
            new String[] {"I feel like nothing I do matters anymore.", "Part of you is exhausted, and part of you wonders if anything will ever change."},
            new String[] {"I made you a little card to say thank you.", "Thank you, that's really thoughtful. What made you want to mark this moment?"},
            new String[] {"My mom worries about me all the time.", "Don't worry, I'm sure she'll calm down."});

    /**
     * The figures of one run. Wall-clock figures move with whatever else the machine runs; the CPU time
     * (all of the process's threads, the encoder's included; and the scoring thread alone) and the number
     * of texts the encoders were given per reply are steadier under load, so they are reported beside them.
     *
     * <p>Two baselines time the encoders alone on the same distinct texts the engine embeds for every reply
     * (its reply and client line), batched as in grading: {@code encoder} is the first encoder by itself
     * (MiniLM), {@code encoders} is every encoder the engine's judgement reads, each encoding every text in
     * turn. The second is what the engine's batch rate is held against: a reply whose heads read two encoders
     * costs at least both encodings.
     */
    public record Result(int replies, long loadMillis, double medianMillis, double p95Millis,
            double batchPerSecond, double batchPerSecondWithLoad, String source, String encoder, double encoderPerSecond,
            CpuTime alone, CpuTime batch, CpuTime encoderAlone, double loadAverage,
            List<String> encoders, double encodersPerSecond, CpuTime encodersAlone) {

        public String report() {
            return String.format(Locale.ROOT, """
                    replies scored          %d (%s)
                    model load              %d ms
                    per-reply latency       median %.1f ms, p95 %.1f ms
                    per-reply CPU time      %s
                    batch throughput        %.0f utterances/s (model load excluded)
                    batch throughput        %.0f utterances/s (model load included)
                    batch CPU time          %s
                    encoder %s: %.0f texts/s (the same texts, batched, encoder alone)
                    encoder CPU time        %.1f ms per text
                    encoders %s: %.0f texts/s (the same texts, batched, each encoder the heads read encoding every one)
                    encoders CPU time       %.1f ms per text
                    batch / encoders        %.2f (batch utterances/s over the encoders' texts/s; over %s alone %.2f)
                    load average            %.2f (1 min, at the end of the run; %d cores)
                    """, replies, source, loadMillis, medianMillis, p95Millis, alone.perReply(replies), batchPerSecond,
                    batchPerSecondWithLoad, batch.perReply(replies), encoder, encoderPerSecond,
                    encoderAlone.processMillis() / Math.max(1, encoderAlone.texts()),
                    String.join(" + ", encoders), encodersPerSecond,
                    encodersAlone.processMillis() / Math.max(1, encodersAlone.texts() / Math.max(1, encoders.size())),
                    batchPerSecond / encodersPerSecond, encoder, batchPerSecond / encoderPerSecond, loadAverage,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /**
     * CPU time spent over a phase: the whole process, the calling thread, the texts each encoder encoded, and
     * the process's CPU time while an encoder ran ({@link SentenceEmbeddings#encodingCpuMillis}).
     */
    public record CpuTime(double processMillis, double threadMillis, long texts, Map<String, Long> textsByEncoder, double encodingMillis) {

        String perReply(int replies) {
            StringBuilder each = new StringBuilder();
            textsByEncoder.forEach((name, n) -> each.append(each.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f %s", (double) n / replies, name)));
            return String.format(Locale.ROOT, "%.1f ms per reply (all threads), %.1f ms on the scoring thread, %.1f ms while encoding; %.1f texts encoded per reply (%s)",
                    processMillis / replies, threadMillis / replies, encodingMillis / replies, (double) texts / replies, each);
        }

        /** Measures {@code phase}. */
        public static CpuTime of(Runnable phase) {
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            // every encoder's texts: the heads read e5 vectors beside MiniLM's
            Map<String, Long> before = SentenceEmbeddings.textsEncodedByEach();
            double encoding = SentenceEmbeddings.encodingCpuMillis();
            long process = os.getProcessCpuTime(), thread = threads.getCurrentThreadCpuTime();
            phase.run();
            double processMillis = (os.getProcessCpuTime() - process) / 1e6, threadMillis = (threads.getCurrentThreadCpuTime() - thread) / 1e6;
            Map<String, Long> byEncoder = new LinkedHashMap<>();
            SentenceEmbeddings.textsEncodedByEach().forEach((name, n) -> byEncoder.put(name, n - before.getOrDefault(name, 0L)));
            long texts = byEncoder.values().stream().mapToLong(Long::longValue).sum();
            return new CpuTime(processMillis, threadMillis, texts, byEncoder, SentenceEmbeddings.encodingCpuMillis() - encoding);
        }
    }

    private ScoringBenchmark() {
    }

    /** Client/reply pairs from an AnnoMI-style CSV when it exists, else the built-in samples, up to n. */
    public static List<ReplyContext> replies(Path annomi, int n) throws IOException {
        List<ReplyContext> out = new ArrayList<>();
        if (annomi != null && Files.isRegularFile(annomi)) {
            CsvRows rows = CsvRows.read(annomi);
            String lastClient = "";
            for (int i = 0; i < rows.size() && out.size() < n; i++) {
                String text = rows.get(i, "utterance_text");
                if (rows.get(i, "interlocutor").strip().equalsIgnoreCase("therapist")) out.add(ReplyContext.of(lastClient, text));
                else lastClient = text;
            }
        }
        // Every client line with every reply: 100 distinct pairs, though only 20 distinct texts to embed,
        // so batch figures from the built-in sample flatter the engine (identical texts are embedded once).
        for (int i = 0; out.size() < n; i++) {
            String[] client = SAMPLE.get(i % SAMPLE.size());
            String[] reply = SAMPLE.get((i / SAMPLE.size() + i) % SAMPLE.size());
            out.add(ReplyContext.of(client[0], reply[1]));
        }
        return out;
    }

    /**
     * Scores every reply once by itself (latency) and then all of them in batches (throughput). The
     * model load is measured here when this JVM has not loaded it yet.
     */
    public static Result run(RubricEngine engine, List<ReplyContext> replies, String source) {
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (ReplyContext r : replies) {
            distinct.add(r.reply());
            distinct.add(r.clientLine());
        }
        source = source + ", " + distinct.size() + " distinct texts";
        long loadStart = System.nanoTime();
        boolean loadedBefore = SentenceEmbeddings.isLoaded();
        engine.warmUp();
        long load = loadedBefore ? SentenceEmbeddings.shared().loadMillis() : (System.nanoTime() - loadStart) / 1_000_000;

        SentenceEmbeddings encoder = SentenceEmbeddings.shared();
        double[] latencies = new double[replies.size()];
        // Each phase starts without remembered vectors, so that one does not score texts the last has embedded.
        forget(engine);
        CpuTime alone = CpuTime.of(() -> {
            for (int i = 0; i < replies.size(); i++) {
                long t = System.nanoTime();
                engine.score(replies.get(i));
                latencies[i] = (System.nanoTime() - t) / 1e6;
            }
        });
        Arrays.sort(latencies);
        forget(engine);
        long[] batchNanos = new long[1];
        CpuTime batch = CpuTime.of(() -> {
            long t = System.nanoTime();
            CorpusEvaluation.scoreInBatches(engine, replies);
            batchNanos[0] = System.nanoTime() - t;
        });
        double batchSeconds = batchNanos[0] / 1e9;
        // The encoders alone on the texts the engine embeds for every reply (its reply and client line), batched
        // as in grading: each encoder the engine reads, timed apart; the first of them is also reported by itself.
        List<String> texts = new ArrayList<>();
        for (ReplyContext r : replies) {
            texts.add(r.reply());
            texts.add(r.clientLine());
        }
        List<String> unique = new ArrayList<>(new java.util.LinkedHashSet<>(texts));
        List<String> names = engine.encoders().isEmpty() ? List.of(encoder.name()) : engine.encoders();
        List<SentenceEmbeddings> read = names.stream().map(SentenceEmbeddings::named).toList();
        long[] encoderNanos = new long[read.size()];
        CpuTime[] each = new CpuTime[read.size()];
        for (int e = 0; e < read.size(); e++) {
            SentenceEmbeddings model = read.get(e);
            int at = e;
            each[e] = CpuTime.of(() -> {
                long t = System.nanoTime();
                for (int i = 0; i < unique.size(); i += 256) model.encode(unique.subList(i, Math.min(unique.size(), i + 256)));
                encoderNanos[at] = System.nanoTime() - t;
            });
        }
        int first = Math.max(0, names.indexOf(encoder.name()));
        double encoderSeconds = encoderNanos[first] / 1e9, encodersSeconds = Arrays.stream(encoderNanos).sum() / 1e9;
        CpuTime encodersAlone = sum(List.of(each));
        return new Result(replies.size(), load, percentile(latencies, 50), percentile(latencies, 95),
                replies.size() / batchSeconds, replies.size() / (batchSeconds + load / 1000.0), source, encoder.name(),
                unique.size() / encoderSeconds, alone, batch, each[first],
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                names, unique.size() / encodersSeconds, encodersAlone);
    }

    private static CpuTime sum(List<CpuTime> phases) {
        double process = 0, thread = 0, encoding = 0;
        long texts = 0;
        Map<String, Long> byEncoder = new LinkedHashMap<>();
        for (CpuTime c : phases) {
            process += c.processMillis();
            thread += c.threadMillis();
            encoding += c.encodingMillis();
            texts += c.texts();
            c.textsByEncoder().forEach((name, n) -> byEncoder.merge(name, n, Long::sum));
        }
        return new CpuTime(process, thread, texts, byEncoder, encoding);
    }

    /** Every encoder's remembered vectors and the engine's remembered readings and scores. */
    private static void forget(RubricEngine engine) {
        SentenceEmbeddings.forgetAllRecent();
        engine.forgetRemembered();
    }

    /** The nearest-rank percentile of sorted values. */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
