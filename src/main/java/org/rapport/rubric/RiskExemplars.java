package org.rapport.rubric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The authored risk lines and their controls as sentence vectors, for the risk-cue head's exemplar features:
 * how close a client line comes to the nearest authored line of each risk kind and to the nearest control.
 * A linear head over the line's vector alone cannot say "close to some risk line, whichever"; the nearest
 * neighbours can, and they carry the paraphrase groups' wordings to new lines that share their sense.
 * <p>
 * Stored beside the head ({@code risk-cue.exemplars}), one line per authored line: its label, its group and
 * its vector quantised to bytes (cosines move by about 0.01). Training computes each authored line's own
 * features without its own group, as a new line never has its paraphrases in the bank.
 */
final class RiskExemplars {

    /**
     * The encoders whose vectors the banks hold, each a file beside the risk-cue head: the engine's own, and
     * e5, a second encoder trained on other data, whose neighbours differ where MiniLM's wording match fails.
     */
    static final List<String> ENCODERS = List.of(org.rapport.nlp.SentenceEmbeddings.MINILM, org.rapport.nlp.SentenceEmbeddings.E5_SMALL);

    /** The bank file of an encoder, beside the risk-cue head. */
    static String file(String encoder) {
        return "risk-cue." + encoder + ".exemplars";
    }

    /**
     * The features of each bank, last in the risk-line structure: nearest line per kind, nearest control, margin,
     * risk share of the nearest five.
     */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String e : ENCODERS) {
            String p = e.equals(org.rapport.nlp.SentenceEmbeddings.MINILM) ? "near_" : "near_" + e.replaceAll("-.*", "") + "_";
            for (RiskKind k : RiskKind.values()) names.add(p + k.id());
            names.addAll(List.of(p + "control", p + "margin", p + "risk_share"));
        }
        return List.copyOf(names);
    }

    static final int SIZE = RiskKind.values().length + 3;
    private static final int NEIGHBOURS = 5;

    private final List<String> labels;
    private final List<String> groups;
    private final List<String> texts;
    private final float[][] unit;

    private RiskExemplars(List<String> labels, List<String> groups, List<String> texts, float[][] unit) {
        this.labels = List.copyOf(labels);
        this.groups = List.copyOf(groups);
        this.texts = List.copyOf(texts);
        this.unit = unit;
    }

    /** A bank of the authored lines (label "none" for controls), their vectors quantised as they are stored. */
    static RiskExemplars of(List<String> labels, List<String> groups, List<String> texts, List<float[]> vectors) {
        float[][] u = new float[vectors.size()][];
        for (int i = 0; i < u.length; i++) u[i] = dequantise(quantise(vectors.get(i)));
        return new RiskExemplars(labels, groups, texts, u);
    }

    int size() {
        return unit.length;
    }

    /** The features of a line's vector against every authored line. */
    double[] features(float[] vector) {
        return features(vector, null, null);
    }

    /**
     * The features of a line's vector, leaving out the authored lines of one group and any line of the same
     * text (training: a line is never its own or its paraphrases' neighbour).
     */
    double[] features(float[] vector, String leaveOutGroup, String leaveOutText) {
        double[] x = new double[SIZE];
        if (vector == null || unit.length == 0) return x;
        float[] v = normalised(vector);
        int kinds = RiskKind.values().length;
        double[] nearKind = new double[kinds];
        java.util.Arrays.fill(nearKind, -1);
        double nearControl = -1;
        double[] top = new double[NEIGHBOURS];
        boolean[] topRisk = new boolean[NEIGHBOURS];
        java.util.Arrays.fill(top, -2);
        for (int i = 0; i < unit.length; i++) {
            if (leaveOutGroup != null && groups.get(i).equals(leaveOutGroup)) continue;
            if (leaveOutText != null && texts.get(i).equalsIgnoreCase(leaveOutText)) continue;
            double c = dot(v, unit[i]);
            String label = labels.get(i);
            boolean risk = !label.equals("none");
            if (risk) {
                int k = RiskKind.parse(label).ordinal();
                nearKind[k] = Math.max(nearKind[k], c);
            } else {
                nearControl = Math.max(nearControl, c);
            }
            // Insertion into the nearest five.
            for (int j = 0; j < NEIGHBOURS; j++) {
                if (c > top[j]) {
                    for (int m = NEIGHBOURS - 1; m > j; m--) {
                        top[m] = top[m - 1];
                        topRisk[m] = topRisk[m - 1];
                    }
                    top[j] = c;
                    topRisk[j] = risk;
                    break;
                }
            }
        }
        double nearRisk = -1;
        for (int k = 0; k < kinds; k++) {
            x[k] = Math.max(0, nearKind[k]);
            nearRisk = Math.max(nearRisk, nearKind[k]);
        }
        x[kinds] = Math.max(0, nearControl);
        x[kinds + 1] = Math.max(0, nearRisk) - Math.max(0, nearControl);
        int risky = 0;
        for (boolean r : topRisk) if (r) risky++;
        x[kinds + 2] = risky / (double) NEIGHBOURS;
        return x;
    }

    /** Writes the bank: one line per authored line, label, group and base64 of the quantised vector. */
    void write(Path file) {
        StringBuilder b = new StringBuilder("# risk-cue exemplars: label, group, sentence vector (bytes, base64) of each authored line of rubrics/data/client-risk.csv\n");
        for (int i = 0; i < unit.length; i++) {
            b.append(labels.get(i)).append('\t').append(groups.get(i)).append('\t')
                    .append(Base64.getEncoder().encodeToString(quantise(unit[i]))).append('\n');
        }
        try {
            Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bank of an encoder beside a head folder's risk-cue head; empty when there is none. */
    static RiskExemplars read(Path directory, String encoder) {
        Path file = directory.resolve(file(encoder));
        List<String> labels = new ArrayList<>(), groups = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] f = line.split("\t");
                    if (f.length != 3) throw new IllegalArgumentException(file + ": not a risk exemplar line: " + line.substring(0, Math.min(40, line.length())));
                    labels.add(f[0].toLowerCase(Locale.ROOT));
                    groups.add(f[1]);
                    vectors.add(dequantise(Base64.getDecoder().decode(f[2])));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // Texts are not stored; a new line is never left out of its own bank.
        return new RiskExemplars(labels, groups, java.util.Collections.nCopies(labels.size(), ""), vectors.toArray(float[][]::new));
    }

    private static byte[] quantise(float[] v) {
        double max = 1e-9;
        for (float f : v) max = Math.max(max, Math.abs(f));
        byte[] q = new byte[v.length];
        for (int i = 0; i < v.length; i++) q[i] = (byte) Math.round(v[i] / max * 127);
        return q;
    }

    private static float[] dequantise(byte[] q) {
        float[] v = new float[q.length];
        for (int i = 0; i < q.length; i++) v[i] = q[i];
        return normalised(v);
    }

    private static float[] normalised(float[] v) {
        double n = 0;
        for (float f : v) n += f * f;
        n = Math.sqrt(n);
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) u[i] = (float) (n == 0 ? 0 : v[i] / n);
        return u;
    }

    private static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) d += a[i] * b[i];
        return d;
    }
}
