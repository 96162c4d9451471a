package org.rapport.judgement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rapport.nlp.SentenceEmbeddings;

/**
 * Turns judged texts into feature vectors: the chosen blocks of sentence vectors from one encoder,
 * then the structural features. Each distinct text is embedded once per call, so a batch that repeats
 * "Mm-hmm." or one long client line pays for it once.
 */
public final class FeatureSpace {

    private final Set<FeatureBlock> blocks;
    private final SentenceEmbeddings encoder;
    private final Structure structure;
    private VectorCache cache;

    public FeatureSpace(Set<FeatureBlock> blocks, SentenceEmbeddings encoder, Structure structure) {
        if (blocks.isEmpty()) throw new IllegalArgumentException("a feature space needs at least one block");
        this.blocks = EnumSet.copyOf(blocks);
        this.encoder = encoder;
        this.structure = blocks.contains(FeatureBlock.STRUCTURE) ? structure : Structure.NONE;
    }

    /** Keeps vectors between training runs (outside the project); null for none. */
    public FeatureSpace withCache(VectorCache cache) {
        this.cache = cache;
        return this;
    }

    public Set<FeatureBlock> blocks() {
        return EnumSet.copyOf(blocks);
    }

    public SentenceEmbeddings encoder() {
        return encoder;
    }

    public Structure structure() {
        return structure;
    }

    /** How many features one vector has, given the encoder's dimension. */
    public int size(int dimension) {
        int n = 0;
        for (FeatureBlock b : blocks) n += b == FeatureBlock.STRUCTURE ? structure.names().size() : b == FeatureBlock.SIMILARITY ? 1 : dimension;
        return n;
    }

    public double[] features(JudgedText text) {
        return featuresAll(List.of(text)).get(0);
    }

    public List<double[]> featuresAll(List<JudgedText> texts) {
        Map<String, Integer> distinct = new LinkedHashMap<>();
        for (JudgedText t : texts) {
            boolean pair = needs(FeatureBlock.REPLY_TIMES_CLIENT) || needs(FeatureBlock.SIMILARITY);
            if (needs(FeatureBlock.REPLY) || pair) distinct.putIfAbsent(t.reply(), distinct.size());
            if (needs(FeatureBlock.CLIENT) || pair) distinct.putIfAbsent(t.client(), distinct.size());
            if (needs(FeatureBlock.CONTEXT)) distinct.putIfAbsent(t.context(), distinct.size());
        }
        List<String> keys = new ArrayList<>(distinct.keySet());
        List<float[]> vectors = distinct.isEmpty() ? List.of() : cache != null ? cache.embedAll(keys) : embedInBatches(keys);
        List<double[]> out = new ArrayList<>(texts.size());
        for (JudgedText t : texts) {
            out.add(assemble(t, v(vectors, distinct, t.reply()), v(vectors, distinct, t.client()), v(vectors, distinct, t.context())));
        }
        return out;
    }

    /** The vector from precomputed sentence vectors (null where a block does not need one). */
    public double[] assemble(JudgedText text, float[] reply, float[] client, float[] context) {
        return assemble(text, reply, client, context, null);
    }

    /** As {@link #assemble(JudgedText, float[], float[], float[])}, with the structural features already computed. */
    public double[] assemble(JudgedText text, float[] reply, float[] client, float[] context, double[] structureValues) {
        int dim = reply != null ? reply.length : client != null ? client.length : context != null ? context.length : 0;
        double[] x = new double[size(dim)];
        int at = 0;
        for (FeatureBlock b : blocks) {
            switch (b) {
                case REPLY -> at = copy(empty(text.reply()) ? null : reply, x, at, dim);
                case CLIENT -> at = copy(empty(text.client()) ? null : client, x, at, dim);
                case CONTEXT -> at = copy(empty(text.context()) ? null : context, x, at, dim);
                case REPLY_TIMES_CLIENT -> {
                    if (!empty(text.reply()) && !empty(text.client())) {
                        // Scaled so that the products are of the same order as the vectors' own entries.
                        double scale = Math.sqrt(dim);
                        for (int i = 0; i < dim; i++) x[at + i] = reply[i] * client[i] * scale;
                    }
                    at += dim;
                }
                case SIMILARITY -> {
                    if (!empty(text.reply()) && !empty(text.client())) x[at] = cosine(reply, client);
                    at += 1;
                }
                case STRUCTURE -> {
                    double[] s = structureValues != null ? structureValues : structure.of(text);
                    System.arraycopy(s, 0, x, at, s.length);
                    at += s.length;
                }
            }
        }
        return x;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private List<float[]> embedInBatches(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i += 256) out.addAll(encoder.embedAll(texts.subList(i, Math.min(texts.size(), i + 256))));
        return out;
    }

    private boolean needs(FeatureBlock b) {
        return blocks.contains(b);
    }

    private static boolean empty(String s) {
        return s.isBlank();
    }

    private static float[] v(List<float[]> vectors, Map<String, Integer> index, String text) {
        Integer i = index.get(text);
        return i == null ? null : vectors.get(i);
    }

    private static int copy(float[] v, double[] x, int at, int dim) {
        if (v != null) for (int i = 0; i < dim; i++) x[at + i] = v[i];
        return at + dim;
    }
}
