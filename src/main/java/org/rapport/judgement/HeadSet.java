package org.rapport.judgement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The heads of one model folder ({@code rubrics/models/<rubric>/}), by name. A head named
 * "boundary-reply/limit" lives in {@code boundary-reply/limit.json}. Folders are read once per JVM.
 */
public final class HeadSet {

    private static final Map<Path, HeadSet> LOADED = new ConcurrentHashMap<>();
    public static final HeadSet EMPTY = new HeadSet(Path.of(""), Map.of(), "");

    private final Path directory;
    private final Map<String, Head> heads;
    private final String fingerprint;

    private HeadSet(Path directory, Map<String, Head> heads, String fingerprint) {
        this.directory = directory;
        this.heads = Collections.unmodifiableMap(heads);
        this.fingerprint = fingerprint;
    }

    /** The heads of a folder, read on the first call for that folder; an absent folder has none. */
    public static HeadSet of(Path directory) {
        return LOADED.computeIfAbsent(directory.toAbsolutePath().normalize(), HeadSet::read);
    }

    /** Reads a folder afresh (after training wrote new files). */
    public static HeadSet reload(Path directory) {
        Path key = directory.toAbsolutePath().normalize();
        HeadSet set = read(key);
        LOADED.put(key, set);
        return set;
    }

    private static HeadSet read(Path directory) {
        if (!Files.isDirectory(directory)) return new HeadSet(directory, Map.of(), "");
        Map<String, Head> heads = new LinkedHashMap<>();
        StringBuilder everyFile = new StringBuilder();
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            for (Path f : all) {
                everyFile.append(directory.relativize(f).toString().replace('\\', '/')).append(' ').append(Sha256.of(f)).append('\n');
            }
            for (Path f : all.stream().filter(p -> p.toString().endsWith(".json")).toList()) {
                Head h = HeadFile.read(f);
                String expected = directory.relativize(f).toString().replace('\\', '/').replaceAll("\\.json$", "");
                if (!expected.equals(h.name())) {
                    throw new IllegalArgumentException(f + ": field 'name' is '" + h.name() + "' but the file's place says '" + expected + "'");
                }
                heads.put(h.name(), h);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model folder " + directory, e);
        }
        return new HeadSet(directory, heads, everyFile.isEmpty() ? "" : Sha256.of(everyFile.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * SHA-256 over every file of the folder (heads, rater scales), by name: the same bytes give the same
     * fingerprint on every machine; "" for a folder with no files.
     */
    public String fingerprint() {
        return fingerprint;
    }

    public Path directory() {
        return directory;
    }

    public Optional<Head> find(String name) {
        return Optional.ofNullable(heads.get(name));
    }

    public Map<String, Head> all() {
        return heads;
    }

    public boolean isEmpty() {
        return heads.isEmpty();
    }

    /** Where a head of this name is written. */
    public static Path fileFor(Path directory, String name) {
        return directory.resolve(name + ".json");
    }
}
