package org.rapport.judgement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A head's model file: JSON, provenance first and readable, then the weights as base64 of
 * little-endian 32-bit floats, one string per label. A file of 1,600 features and 4 labels is about
 * 35 kB and parses in milliseconds.
 */
public final class HeadFile {

    public static final String FORMAT = "rapport-head/1";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private HeadFile() {
    }

    /** The file's JSON shape. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Stored(String format, String name, List<String> labels, List<String> blocks, String encoder, String structure,
            @JsonProperty("structure_names") List<String> structureNames, Provenance provenance, List<Float> bias,
            List<String> weights) {
    }

    public static void write(Head head, Path file) {
        List<String> rows = new ArrayList<>();
        for (float[] row : head.weights()) {
            ByteBuffer b = ByteBuffer.allocate(row.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (float v : row) b.putFloat(v);
            rows.add(Base64.getEncoder().encodeToString(b.array()));
        }
        List<Float> bias = new ArrayList<>();
        for (float v : head.bias()) bias.add(v);
        List<String> blocks = EnumSet.copyOf(head.blocks()).stream().map(Enum::name).map(String::toLowerCase).toList();
        Stored s = new Stored(FORMAT, head.name(), head.labels(), blocks, head.encoder(), head.structure(), head.structureNames(),
                head.provenance(), bias, rows);
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(s) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Reads a head.
     *
     * @throws IllegalArgumentException naming the file and field when the file is not a head file
     */
    public static Head read(Path file) {
        Stored s;
        try {
            s = JSON.readValue(Files.readString(file), Stored.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not a readable model file: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(s.format())) throw new IllegalArgumentException(file + ": field 'format' must be " + FORMAT + ", was " + s.format());
        if (s.labels() == null || s.labels().isEmpty()) throw new IllegalArgumentException(file + ": field 'labels' is missing");
        if (s.weights() == null || s.weights().size() != s.labels().size()) {
            throw new IllegalArgumentException(file + ": field 'weights' needs one row per label (" + s.labels().size() + ")");
        }
        if (s.bias() == null || s.bias().size() != s.labels().size()) {
            throw new IllegalArgumentException(file + ": field 'bias' needs one value per label (" + s.labels().size() + ")");
        }
        float[][] w = new float[s.labels().size()][];
        for (int k = 0; k < w.length; k++) {
            ByteBuffer b;
            try {
                b = ByteBuffer.wrap(Base64.getDecoder().decode(s.weights().get(k))).order(ByteOrder.LITTLE_ENDIAN);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": field 'weights' row " + (k + 1) + " is not base64", e);
            }
            w[k] = new float[b.remaining() / 4];
            for (int i = 0; i < w[k].length; i++) w[k][i] = b.getFloat();
            if (w[k].length != w[0].length) throw new IllegalArgumentException(file + ": field 'weights' rows differ in length");
        }
        float[] bias = new float[s.bias().size()];
        for (int k = 0; k < bias.length; k++) bias[k] = s.bias().get(k);
        Set<FeatureBlock> blocks = EnumSet.noneOf(FeatureBlock.class);
        for (String b : s.blocks()) {
            try {
                blocks.add(FeatureBlock.valueOf(b.toUpperCase()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": field 'blocks' has unknown block '" + b + "'", e);
            }
        }
        return new Head(s.name(), s.labels(), blocks, s.encoder(), s.structure(),
                s.structureNames() == null ? List.of() : s.structureNames(), w, bias, s.provenance());
    }
}
