package org.rapport.nlp;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Sentence vectors from the in-process all-MiniLM-L6-v2 (quantised) model shipped inside its Maven
 * artifact: no download, no network. Loading costs about a second and 250 MB, so one instance serves
 * the whole JVM ({@link #shared()}), created on first use rather than at start-up.
 */
public final class SentenceEmbeddings {

    private static volatile SentenceEmbeddings shared;

    private final EmbeddingModel model;
    /** Exemplars and lexicon phrases recur on every reply; their vectors are computed once. */
    private final ConcurrentMap<String, float[]> cache = new ConcurrentHashMap<>();
    private final long loadMillis;

    private SentenceEmbeddings(EmbeddingModel model, long loadMillis) {
        this.model = model;
        this.loadMillis = loadMillis;
    }

    /** The JVM-wide instance; the model loads on the first call. */
    public static SentenceEmbeddings shared() {
        SentenceEmbeddings s = shared;
        if (s == null) {
            synchronized (SentenceEmbeddings.class) {
                s = shared;
                if (s == null) {
                    long start = System.nanoTime();
                    EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model.embed("warm up");
                    s = new SentenceEmbeddings(model, (System.nanoTime() - start) / 1_000_000);
                    shared = s;
                }
            }
        }
        return s;
    }

    /** True once {@link #shared()} has loaded the model in this JVM. */
    public static boolean isLoaded() {
        return shared != null;
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
        for (String t : texts) segments.add(TextSegment.from(t.isBlank() ? "." : t));
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
