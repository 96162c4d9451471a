package org.rapport.judgement;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rapport.nlp.SentenceEmbeddings;

/**
 * Sentence vectors kept between training runs, so that trying trainer settings does not re-encode the
 * corpora. Keyed by the text's SHA-256, one file per encoder. It holds vectors derived from the
 * training corpora, so it belongs outside the project (a temporary folder), never in the repository.
 */
public final class VectorCache {

    private final Path file;
    private final SentenceEmbeddings encoder;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private boolean changed;

    public VectorCache(Path directory, SentenceEmbeddings encoder) {
        this.file = directory.resolve(encoder.name() + ".vectors");
        this.encoder = encoder;
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                int n = in.readInt(), d = in.readInt();
                for (int i = 0; i < n; i++) {
                    String key = in.readUTF();
                    float[] v = new float[d];
                    for (int j = 0; j < d; j++) v[j] = in.readFloat();
                    vectors.put(key, v);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read vector cache " + file, e);
            }
        }
    }

    /** Vectors for the texts, encoding only those not seen before. */
    public synchronized List<float[]> embedAll(List<String> texts) {
        List<String> missing = new ArrayList<>();
        for (String t : texts) if (!vectors.containsKey(key(t)) && !missing.contains(t)) missing.add(t);
        for (int i = 0; i < missing.size(); i += 256) {
            List<String> batch = missing.subList(i, Math.min(missing.size(), i + 256));
            List<float[]> v = encoder.embedAll(batch);
            for (int j = 0; j < batch.size(); j++) vectors.put(key(batch.get(j)), v.get(j));
            changed = true;
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(vectors.get(key(t)));
        return out;
    }

    public synchronized void save() {
        if (!changed || vectors.isEmpty()) return;
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                int d = vectors.values().iterator().next().length;
                out.writeInt(vectors.size());
                out.writeInt(d);
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    out.writeUTF(e.getKey());
                    for (float f : e.getValue()) out.writeFloat(f);
                }
            }
            changed = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write vector cache " + file, e);
        }
    }

    private static String key(String text) {
        return Sha256.of(text.getBytes(StandardCharsets.UTF_8));
    }
}
