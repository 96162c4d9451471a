package org.rapport.nlp;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** How many recently embedded texts keep their vectors: a few MB at most. */
    static final int RECENT = 2048;
    private final RecentlyUsed<String, float[]> recent = new RecentlyUsed<>(RECENT);
    private final java.util.concurrent.atomic.AtomicLong encoded = new java.util.concurrent.atomic.AtomicLong();
    /** The process's CPU time while this encoder encoded: what a benchmark subtracts to find the work besides encoding. */
    private final java.util.concurrent.atomic.AtomicLong encodingCpuNanos = new java.util.concurrent.atomic.AtomicLong();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

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
            // the files, tokenizers and pooling of LangChain4j's own model classes, on one thread per text
            EmbeddingModel model = switch (n) {
                case BGE_SMALL -> new OneThreadOnnxModel("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS, 384);
                case E5_SMALL -> new OneThreadOnnxModel("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json", PoolingMode.MEAN, 384);
                default -> new OneThreadOnnxModel("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN, 384);
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

    /**
     * Vectors for many texts in one model call (much faster per text than one by one). The model encodes
     * each text by itself, so a text's vector does not depend on the texts beside it: texts embedded lately
     * (a client's line, the suggestions scored against it, a reply graded again) come from
     * {@link #RECENT} remembered vectors instead of the model.
     */
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        Map<String, Integer> missing = new LinkedHashMap<>();
        for (String t : texts) {
            float[] v = recent.get(t);
            out.add(v);
            if (v == null) missing.putIfAbsent(t, missing.size());
        }
        if (missing.isEmpty()) return out;
        List<String> keys = new ArrayList<>(missing.keySet());
        List<float[]> fresh = encode(keys);
        for (int i = 0; i < keys.size(); i++) recent.put(keys.get(i), fresh.get(i));
        for (int i = 0; i < out.size(); i++) if (out.get(i) == null) out.set(i, fresh.get(missing.get(texts.get(i))));
        return out;
    }

    /** Vectors straight from the model, every text encoded anew: what the encoder itself costs. */
    public List<float[]> encode(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) segments.add(TextSegment.from(prefix + (t.isBlank() ? "." : t)));
        long cpu = OS.getProcessCpuTime();
        List<Embedding> embeddings = model.embedAll(segments).content();
        encodingCpuNanos.addAndGet(OS.getProcessCpuTime() - cpu);
        encoded.addAndGet(texts.size());
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) vectors.add(normalised(e.vector()));
        return vectors;
    }

    /** How many texts the model has encoded in this JVM (remembered vectors not counted). */
    public long textsEncoded() {
        return encoded.get();
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

    /** Forgets the remembered vectors (not the cached exemplars): a benchmark starts each phase cold. */
    public void forgetRecent() {
        recent.clear();
    }

    /** How many texts every encoder loaded in this JVM has encoded (the engine reads more than one). */
    public static long textsEncodedByAll() {
        return byName.values().stream().mapToLong(SentenceEmbeddings::textsEncoded).sum();
    }

    /** How many texts each encoder loaded in this JVM has encoded, by name, in {@link #ENCODERS} order. */
    public static Map<String, Long> textsEncodedByEach() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String n : ENCODERS) {
            SentenceEmbeddings e = byName.get(n);
            if (e != null) out.put(n, e.textsEncoded());
        }
        return out;
    }

    /**
     * The process's CPU time, in ms, over every call in which an encoder of this JVM encoded. Other threads'
     * work in those moments is counted too, so it is the encoders' share only where nothing else runs beside
     * them (a benchmark's batch, whose judging waits for the vectors).
     */
    public static double encodingCpuMillis() {
        return byName.values().stream().mapToLong(e -> e.encodingCpuNanos.get()).sum() / 1e6;
    }

    /** {@link #forgetRecent} on every encoder loaded in this JVM. */
    public static void forgetAllRecent() {
        byName.values().forEach(SentenceEmbeddings::forgetRecent);
    }

    /** How many texts have their vectors remembered now (at most {@link #RECENT}). */
    int remembered() {
        return recent.size();
    }
}
