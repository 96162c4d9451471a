package org.rapport.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.rapport.nlp.SentenceEmbeddings;
import org.rapport.scenario.Beat;
import org.rapport.scenario.Branch;
import org.rapport.scenario.Scenario;

/**
 * Speaks for an LLM client while its model cannot be reached: picks, from the scenario's own authored
 * lines (beats' {@code client} lines and branches' {@code say} reactions), the one closest in meaning to
 * the trainee's reply and the client's last line, without repeating itself. Boundary tests and closing
 * lines are left out of the pool: they belong to their moment, not to any turn.
 */
public final class OfflineFallback {

    /** Said only when a scenario authored no usable lines at all. */
    static final List<String> NEUTRAL_LINES = List.of(
            "Sorry... I lost my train of thought. What were you saying?",
            "I'm not sure. Give me a second.",
            "Hm. I don't really know how to answer that.",
            "Can we stay with that for a moment? I'm still thinking.");

    /** How much the trainee's reply, against the client's own last line, decides the pick. */
    private static final double REPLY_WEIGHT = 0.75;
    /** A line this close to what the client just said would sound like an echo. */
    private static final double ECHO = 0.8;

    private final List<String> lines;
    private final Supplier<SentenceEmbeddings> embeddings;
    private final Set<String> used = new HashSet<>();
    private float[][] lineVectors;
    private boolean embeddingFailed;

    /** {@code embeddings} is asked for the model only when the fallback is first needed. */
    public OfflineFallback(Scenario scenario, Supplier<SentenceEmbeddings> embeddings) {
        this.lines = pool(scenario);
        this.embeddings = embeddings;
    }

    /** A fallback using the JVM's shared in-process embedding model. */
    public static OfflineFallback of(Scenario scenario) {
        return new OfflineFallback(scenario, SentenceEmbeddings::shared);
    }

    /** The scenario's lines this fallback can say, in file order. */
    public List<String> lines() {
        return lines;
    }

    /** Notes a line as already spoken (the opening, a line from a resumed session), so it is not repeated. */
    public void markUsed(String line) {
        if (line != null) used.add(normalise(line));
    }

    /**
     * The authored line that best answers {@code reply}, given the client's last line; never one already
     * used while unused lines remain.
     */
    public synchronized String choose(String reply, String lastClientLine) {
        List<String> candidates = lines.isEmpty() ? NEUTRAL_LINES : lines;
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (!used.contains(normalise(candidates.get(i)))) open.add(i);
        }
        if (open.isEmpty()) {
            // Every line has been said: start over rather than fall silent.
            used.clear();
            for (int i = 0; i < candidates.size(); i++) open.add(i);
        }
        double[] scores = candidates == lines ? similarity(reply, lastClientLine) : null;
        int best = open.get(0);
        if (scores != null) {
            for (int i : open) {
                if (scores[i] > scores[best]) best = i;
            }
        }
        String chosen = candidates.get(best);
        used.add(normalise(chosen));
        return chosen;
    }

    /** Per line: weighted cosine similarity to the reply and to the client's last line. */
    private double[] similarity(String reply, String lastClientLine) {
        double[] scores = new double[lines.size()];
        float[][] vectors = lineVectors();
        if (vectors != null) {
            try {
                float[] r = embeddings.get().embed(orEmpty(reply));
                float[] c = present(lastClientLine) ? embeddings.get().embed(lastClientLine) : null;
                for (int i = 0; i < lines.size(); i++) {
                    double context = c == null ? 0 : SentenceEmbeddings.cosine(c, vectors[i]);
                    scores[i] = REPLY_WEIGHT * SentenceEmbeddings.cosine(r, vectors[i]) + (1 - REPLY_WEIGHT) * context
                            - (context >= ECHO ? 1 : 0);
                }
                return scores;
            } catch (RuntimeException e) {
                embeddingFailed = true;
            }
        }
        // Without the embedding model, shared words are a rough but honest stand-in.
        Set<String> r = words(reply), c = words(lastClientLine);
        for (int i = 0; i < lines.size(); i++) {
            Set<String> l = words(lines.get(i));
            scores[i] = REPLY_WEIGHT * jaccard(r, l) + (1 - REPLY_WEIGHT) * jaccard(c, l);
        }
        return scores;
    }

    private float[][] lineVectors() {
        if (lineVectors == null && !embeddingFailed) {
            try {
                lineVectors = embeddings.get().embedCached(lines).toArray(float[][]::new);
            } catch (RuntimeException | LinkageError e) {
                // A model that cannot load must not cost the session its client.
                embeddingFailed = true;
            }
        }
        return lineVectors;
    }

    static List<String> pool(Scenario scenario) {
        Set<String> pool = new LinkedHashSet<>();
        for (Beat beat : scenario.beats()) {
            boolean ownMoment = beat.end() || beat.boundary() != null || beat.afterTurn() != null;
            if (!ownMoment && present(beat.client())) pool.add(beat.client().strip());
            for (Branch branch : beat.branches()) {
                if (present(branch.say())) pool.add(branch.say().strip());
            }
        }
        return List.copyOf(pool);
    }

    private static Set<String> words(String text) {
        if (!present(text)) return Set.of();
        Set<String> words = new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")));
        words.removeIf(w -> w.length() < 3);
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }

    private static String normalise(String line) {
        return line.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
