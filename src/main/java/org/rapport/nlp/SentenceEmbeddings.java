package org.rapport.nlp;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Sentence vectors from an in-process quantised ONNX encoder shipped inside its Maven artifact: no
 * download, no network. all-MiniLM-L6-v2 is the default ({@link #shared()}); bge-small-en-v1.5 and
 * e5-small-v2 can be asked for by name ({@link #named}). Loading costs about a second and a few hundred
 * MB, so one instance per encoder serves the whole JVM, created on first use rather than at start-up.
 */
public final class SentenceEmbeddings {

    public static final String MINILM = "all-minilm-l6-v2-q";
    public static final String BGE_SMALL = "bge-small-en-v1.5-q";
    public static final String E5_SMALL = "e5-small-v2-q";
    /** The encoders this build ships, in the order they are offered. */
    public static final List<String> ENCODERS = List.of(MINILM, BGE_SMALL, E5_SMALL);

    private static volatile SentenceEmbeddings shared;
    private static final ConcurrentMap<String, SentenceEmbeddings> byName = new ConcurrentHashMap<>();

    private final String name;
    /** e5 was trained with a "query: " prefix on both sides of a symmetric comparison. */
    private final String prefix;
    private final EmbeddingModel model;
    /** Exemplars and lexicon phrases recur on every reply; their vectors are computed once. */
    private final ConcurrentMap<String, float[]> cache = new ConcurrentHashMap<>();
    private final long loadMillis;

    private SentenceEmbeddings(String name, EmbeddingModel model, long loadMillis) {
        this.name = name;
        this.prefix = name.equals(E5_SMALL) ? "query: " : "";
        this.model = model;
        this.loadMillis = loadMillis;
    }

    /** The JVM-wide instance of the default encoder; the model loads on the first call. */
    public static SentenceEmbeddings shared() {
        SentenceEmbeddings s = shared;
        if (s == null) {
            synchronized (SentenceEmbeddings.class) {
                s = shared;
                if (s == null) {
                    s = named(MINILM);
                    shared = s;
                }
            }
        }
        return s;
    }

    /**
     * The JVM-wide instance of an encoder by name (one of {@link #ENCODERS}).
     *
     * @throws IllegalArgumentException for an encoder this build does not ship
     */
    public static SentenceEmbeddings named(String name) {
        if (!ENCODERS.contains(name)) {
            throw new IllegalArgumentException("unknown encoder '" + name + "' (known: " + String.join(", ", ENCODERS) + ")");
        }
        return byName.computeIfAbsent(name, n -> {
            long start = System.nanoTime();
            EmbeddingModel model = switch (n) {
                case BGE_SMALL -> new BgeSmallEnV15QuantizedEmbeddingModel();
                case E5_SMALL -> new E5SmallV2QuantizedEmbeddingModel();
                default -> new AllMiniLmL6V2QuantizedEmbeddingModel();
            };
            model.embed("warm up");
            return new SentenceEmbeddings(n, model, (System.nanoTime() - start) / 1_000_000);
        });
    }

    /** The encoder's name, as model files record it. */
    public String name() {
        return name;
    }

    /** True once {@link #shared()} has loaded the model in this JVM. */
    public static boolean isLoaded() {
        return shared != null || !byName.isEmpty();
    }

    /** How long loading the model (and one warm-up sentence) took. */
    public long loadMillis() {
        return loadMillis;
    }

    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    /** Vectors for many texts in one model call (much faster per text than one by one). */
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) segments.add(TextSegment.from(prefix + (t.isBlank() ? "." : t)));
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) vectors.add(normalised(e.vector()));
        return vectors;
    }

    /** Like {@link #embedAll} but remembers each text's vector: for fixed texts such as exemplars. */
    public List<float[]> embedCached(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> vectors = embedAll(missing);
            for (int i = 0; i < missing.size(); i++) cache.put(missing.get(i), vectors.get(i));
        }
        return texts.stream().map(cache::get).toList();
    }

    /** Cosine similarity of two vectors that are already unit length. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        if (norm == 0) return v;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / norm);
        return out;
    }
}
