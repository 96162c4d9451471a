package org.rapport.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.rapport.nlp.SentenceEmbeddings;
import org.rapport.rubric.BoundaryKind;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.Beat;
import org.rapport.scenario.Branch;
import org.rapport.scenario.Condition;
import org.rapport.scenario.Scenario;

/**
 * Speaks for an LLM client while its model cannot be reached: picks, from the scenario's own authored
 * lines (beats' {@code client} lines and branches' {@code say} reactions), the one closest in meaning to
 * the trainee's reply and the client's last line, without repeating itself.
 *
 * <p>A branch's reaction is said only where its {@code when} holds for the reply's scores (a rupture line
 * after a roadblock, a warmer line after an empathic reply), and reactions to a boundary test only right
 * after that test. Boundary tests themselves and closing lines are left out: they belong to their moment.
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
    /** A reaction authored for exactly this kind of reply is preferred over a merely similar line. */
    private static final double FITS_THE_REPLY = 0.2;

    /**
     * One authored line and when it may be said.
     *
     * @param when     the branch conditions it was written for (empty: any reply)
     * @param reactsTo the boundary test it answers, or null
     * @param story    for a beat's own line, the beat's place in the file (the story's order); -1 for a reaction
     */
    record PoolLine(String text, List<Condition> when, BoundaryKind reactsTo, int story) {

        /** A beat's own line, told in the order of the story ({@code story} is its place), not a reaction. */
        boolean storyLine() {
            return story >= 0;
        }
    }

    private final List<PoolLine> pool;
    private final List<String> lines;
    private final Supplier<SentenceEmbeddings> embeddings;
    private final Set<String> used = new HashSet<>();
    private float[][] lineVectors;
    private boolean embeddingFailed;

    /** {@code embeddings} is asked for the model only when the fallback is first needed. */
    public OfflineFallback(Scenario scenario, Supplier<SentenceEmbeddings> embeddings) {
        this.pool = entries(scenario);
        this.lines = pool.stream().map(PoolLine::text).toList();
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
    public synchronized void markUsed(String line) {
        if (line != null) used.add(normalise(line));
    }

    /** The best line by meaning alone, for when no score is at hand (an opening). */
    public String choose(String reply, String lastClientLine) {
        return choose(reply, lastClientLine, null, null);
    }

    /**
     * The authored line that best answers {@code reply}, given the client's last line and the reply's
     * scores; never one already used while unused lines remain.
     *
     * @param score the engine's judgement of the reply, or null
     * @param state the client's state after it, or null
     */
    public synchronized String choose(String reply, String lastClientLine, TurnScore score, ClientState state) {
        if (pool.isEmpty()) return neutral();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (!used.contains(normalise(pool.get(i).text())) && mayBeSaid(pool.get(i), score, state)) open.add(i);
        }
        if (open.isEmpty()) {
            // Every fitting line has been said: start over rather than fall silent.
            pool.forEach(l -> used.remove(normalise(l.text())));
            for (int i = 0; i < pool.size(); i++) {
                if (mayBeSaid(pool.get(i), score, state)) open.add(i);
            }
            if (open.isEmpty()) return neutral();
        }
        // The story moves forward in its authored order: of the beats' own lines, only the earliest not yet
        // said may come next; reactions are chosen by how well they answer the reply.
        int next = open.stream().filter(i -> pool.get(i).storyLine()).mapToInt(i -> pool.get(i).story()).min().orElse(-1);
        open.removeIf(i -> pool.get(i).storyLine() && pool.get(i).story() != next);
        double[] scores = similarity(reply, lastClientLine);
        int best = open.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i : open) {
            PoolLine line = pool.get(i);
            // Eligible reactions (conditions held, or the boundary test they answer was just made) fit best.
            boolean written = !line.when().isEmpty() || line.reactsTo() != null;
            double s = scores[i] + (written && score != null ? FITS_THE_REPLY : 0);
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        String chosen = pool.get(best).text();
        used.add(normalise(chosen));
        return chosen;
    }

    private static boolean mayBeSaid(PoolLine line, TurnScore score, ClientState state) {
        if (line.reactsTo() != null && (score == null || score.boundary() != line.reactsTo())) return false;
        if (line.when().isEmpty()) return true;
        if (score == null || state == null) return false;
        try {
            return line.when().stream().allMatch(c -> c.holdsFor(score, state));
        } catch (RuntimeException e) {
            return false; // a condition this fallback cannot judge: not worth the risk of a misplaced line
        }
    }

    private String neutral() {
        for (String line : NEUTRAL_LINES) {
            if (used.add(normalise(line))) return line;
        }
        NEUTRAL_LINES.forEach(l -> used.remove(normalise(l)));
        used.add(normalise(NEUTRAL_LINES.get(0)));
        return NEUTRAL_LINES.get(0);
    }

    /** Per line: weighted cosine similarity to the reply and to the client's last line. */
    private double[] similarity(String reply, String lastClientLine) {
        double[] scores = new double[pool.size()];
        float[][] vectors = lineVectors();
        if (vectors != null) {
            try {
                float[] r = embeddings.get().embed(orEmpty(reply));
                float[] c = present(lastClientLine) ? embeddings.get().embed(lastClientLine) : null;
                for (int i = 0; i < pool.size(); i++) {
                    double context = c == null ? 0 : SentenceEmbeddings.cosine(c, vectors[i]);
                    scores[i] = REPLY_WEIGHT * SentenceEmbeddings.cosine(r, vectors[i])
                            + (1 - REPLY_WEIGHT) * context - (context >= ECHO ? 1 : 0);
                }
                return scores;
            } catch (RuntimeException e) {
                embeddingFailed = true;
            }
        }
        // Without the embedding model, shared words are a rough but honest stand-in.
        Set<String> r = words(reply), c = words(lastClientLine);
        for (int i = 0; i < pool.size(); i++) {
            Set<String> l = words(pool.get(i).text());
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

    /**
     * Whether the fallback of {@code scenario} could have said {@code line}: one of the scenario's own
     * lines it draws on, or one of the neutral lines it says when the scenario authored none it may use.
     */
    public static boolean couldSay(Scenario scenario, String line) {
        if (line == null) return false;
        String wanted = line.strip();
        return entries(scenario).stream().anyMatch(l -> l.text().equals(wanted)) || NEUTRAL_LINES.contains(wanted);
    }

    /** The texts of the pool, in file order. */
    static List<String> pool(Scenario scenario) {
        return entries(scenario).stream().map(PoolLine::text).toList();
    }

    static List<PoolLine> entries(Scenario scenario) {
        Map<String, PoolLine> pool = new LinkedHashMap<>();
        int place = 0;
        for (Beat beat : scenario.beats()) {
            place++;
            boolean ownMoment = beat.end() || beat.boundary() != null || beat.afterTurn() != null;
            if (!ownMoment && present(beat.client())) {
                pool.putIfAbsent(normalise(beat.client()), new PoolLine(beat.client().strip(), List.of(), null, place));
            }
            for (Branch branch : beat.branches()) {
                if (present(branch.say())) {
                    pool.putIfAbsent(normalise(branch.say()),
                            new PoolLine(branch.say().strip(), branch.when(), beat.boundary(), -1));
                }
            }
        }
        return List.copyOf(pool.values());
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
