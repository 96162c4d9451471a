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
 * "boundary-reply/limit" lives in {@code boundary-reply/limit.json}. A head may have siblings over other
 * encoders, {@code behaviour.e5-small-v2-q.json} beside {@code behaviour.json}: they judge with it as one
 * {@link HeadEnsemble}. Folders are read once per JVM.
 */
public final class HeadSet {

    private static final Map<Path, HeadSet> LOADED = new ConcurrentHashMap<>();
    public static final HeadSet EMPTY = new HeadSet(Path.of(""), Map.of(), Map.of(), "");

    private final Path directory;
    private final Map<String, Head> heads;
    /** Every head's ensemble: the head, then its siblings over other encoders. */
    private final Map<String, HeadEnsemble> ensembles;
    private final String fingerprint;

    private HeadSet(Path directory, Map<String, Head> heads, Map<String, List<Head>> siblings, String fingerprint) {
        this.directory = directory;
        this.heads = Collections.unmodifiableMap(heads);
        Map<String, HeadEnsemble> e = new LinkedHashMap<>();
        for (Head h : heads.values()) {
            List<Head> members = new java.util.ArrayList<>(List.of(h));
            members.addAll(siblings.getOrDefault(h.name(), List.of()));
            e.put(h.name(), new HeadEnsemble(h.name(), members));
        }
        for (String orphan : siblings.keySet()) {
            if (!heads.containsKey(orphan)) {
                throw new IllegalArgumentException(directory + ": " + siblings.get(orphan).get(0).encoder() + " sibling of head '" + orphan
                        + "' without " + orphan + ".json");
            }
        }
        this.ensembles = Collections.unmodifiableMap(e);
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
        if (!Files.isDirectory(directory)) return new HeadSet(directory, Map.of(), Map.of(), "");
        Map<String, Head> heads = new LinkedHashMap<>();
        Map<String, List<Head>> siblings = new LinkedHashMap<>();
        StringBuilder everyFile = new StringBuilder();
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            for (Path f : all) {
                everyFile.append(directory.relativize(f).toString().replace('\\', '/')).append(' ').append(Sha256.of(f)).append('\n');
            }
            for (Path f : all.stream().filter(p -> p.toString().endsWith(".json")).toList()) {
                Head h = HeadFile.read(f);
                String expected = directory.relativize(f).toString().replace('\\', '/').replaceAll("\\.json$", "");
                if (expected.equals(h.name() + "." + h.encoder())) {
                    siblings.computeIfAbsent(h.name(), k -> new java.util.ArrayList<>()).add(h);
                    continue;
                }
                if (!expected.equals(h.name())) {
                    throw new IllegalArgumentException(f + ": field 'name' is '" + h.name() + "' but the file's place says '" + expected + "'");
                }
                heads.put(h.name(), h);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model folder " + directory, e);
        }
        return new HeadSet(directory, heads, siblings, everyFile.isEmpty() ? "" : Sha256.of(everyFile.toString().getBytes(StandardCharsets.UTF_8)));
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

    /** A head with its siblings over other encoders (an ensemble of one where it has none). */
    public Optional<HeadEnsemble> ensemble(String name) {
        return Optional.ofNullable(ensembles.get(name));
    }

    /** Every head (the one of {@code <name>.json}), by name; {@link #ensemble} gives its siblings too. */
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

    /** Where the sibling of a head over another encoder is written: {@code <name>.<encoder>.json}. */
    public static Path fileFor(Path directory, String name, String encoder) {
        return directory.resolve(name + "." + encoder + ".json");
    }

    /**
     * Writes an ensemble: the first member to {@code <name>.json}, the others beside it, and removes the
     * siblings of an earlier ensemble that this one no longer has (a head trained alone again judges alone).
     */
    public static void write(Path directory, List<Head> members) {
        Head first = members.get(0);
        HeadFile.write(first, fileFor(directory, first.name()));
        java.util.Set<Path> written = new java.util.HashSet<>();
        for (Head h : members.subList(1, members.size())) {
            Path f = fileFor(directory, h.name(), h.encoder());
            HeadFile.write(h, f);
            written.add(f.toAbsolutePath().normalize());
        }
        for (Path old : siblingFiles(directory, first.name())) {
            if (written.contains(old.toAbsolutePath().normalize())) continue;
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + old, e);
            }
        }
    }

    /** The sibling files of a head in a folder, {@code <name>.<encoder>.json}. */
    public static List<Path> siblingFiles(Path directory, String name) {
        Path file = fileFor(directory, name);
        Path parent = file.getParent();
        if (parent == null || !Files.isDirectory(parent)) return List.of();
        String base = file.getFileName().toString().replaceAll("\\.json$", "") + ".";
        try (Stream<Path> files = Files.list(parent)) {
            return files.filter(f -> {
                String n = f.getFileName().toString();
                if (!n.startsWith(base) || !n.endsWith(".json") || n.equals(file.getFileName().toString())) return false;
                try {
                    Head h = HeadFile.read(f);
                    return h.name().equals(name) && n.equals(base + h.encoder() + ".json");
                } catch (IllegalArgumentException notAHead) {
                    return false;
                }
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + parent, e);
        }
    }
}
