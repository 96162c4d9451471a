package org.rapport.rubric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The rubrics of a folder ({@code rubrics/} by default), loaded and validated together, with one engine
 * per rubric made on first use.
 */
public final class RubricLibrary {

    /** How a user chooses another rubrics folder, said where the folder cannot be used. */
    public static final String CHOOSE = "choose the folder with 'rapport --rubrics DIR ...' or RAPPORT_RUBRICS_DIR";

    private final Path directory;
    private final Map<String, Rubric> rubrics;
    private final Map<String, Path> sources;
    private final Map<String, RubricEngine> engines = new ConcurrentHashMap<>();

    private final List<RubricFormatException> broken;

    private RubricLibrary(Path directory, Map<String, Rubric> rubrics, Map<String, Path> sources,
            List<RubricFormatException> broken) {
        this.directory = directory;
        this.rubrics = Collections.unmodifiableMap(rubrics);
        this.sources = Collections.unmodifiableMap(sources);
        this.broken = List.copyOf(broken);
    }

    /**
     * Loads every {@code .yaml}/{@code .yml} file of a folder. A file that is not a valid rubric is kept
     * aside with its errors ({@link #broken()}) and the others are loaded: one bad file does not stop
     * grading or practice with the good ones. Asking for the bad one by id fails with its errors.
     */
    public static RubricLibrary load(Path directory) {
        if (!Files.exists(directory)) throw new RubricFormatException(directory, 0, "", "no such rubrics folder; " + CHOOSE);
        if (!Files.isDirectory(directory)) throw new RubricFormatException(directory, 0, "", "is a file, not a rubrics folder; " + CHOOSE);
        List<Path> files;
        try (Stream<Path> s = Files.list(directory)) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new RubricFormatException(directory, 0, "", "the rubrics folder cannot be read; " + CHOOSE);
        }
        RubricLoader loader = new RubricLoader();
        Map<String, Rubric> rubrics = new LinkedHashMap<>();
        Map<String, Path> sources = new LinkedHashMap<>();
        List<RubricFormatException> broken = new ArrayList<>();
        for (Path file : files) {
            try {
                Rubric r = loader.load(file);
                if (rubrics.containsKey(r.id())) {
                    throw new RubricFormatException(file, RubricLoader.lineOf(readQuietly(file), "/id"), "id",
                            "rubric id " + r.id() + " is already used by " + sources.get(r.id()));
                }
                rubrics.put(r.id(), r);
                sources.put(r.id(), file);
            } catch (RubricFormatException e) {
                broken.add(e);
            }
        }
        return new RubricLibrary(directory, rubrics, sources, broken);
    }

    /** The files that are not valid rubrics, each with its first error (file, line, field). */
    public List<RubricFormatException> broken() {
        return broken;
    }

    /**
     * The error of a bad file meant by {@code id}: the file named like the id, or one whose text declares
     * it ({@code id: ID}).
     */
    private Optional<RubricFormatException> brokenFor(String id) {
        java.util.regex.Pattern declares = java.util.regex.Pattern.compile("(?m)^id:\\s*[\"']?"
                + java.util.regex.Pattern.quote(id) + "[\"']?\\s*(#.*)?$");
        return broken.stream().filter(e -> {
            String name = e.file().getFileName().toString().replaceFirst("\\.ya?ml$", "");
            return name.equals(id) || declares.matcher(readQuietly(e.file())).find();
        }).findFirst();
    }

    public Path directory() {
        return directory;
    }

    public List<Rubric> all() {
        return new ArrayList<>(rubrics.values());
    }

    public Optional<Rubric> find(String id) {
        return Optional.ofNullable(rubrics.get(id));
    }

    /** The rubric with this id, or an error listing the ids there are. */
    public Rubric get(String id) {
        Rubric r = rubrics.get(id);
        if (r == null) brokenFor(id).ifPresent(e -> {
            throw e;
        });
        if (r == null) throw new IllegalArgumentException("no rubric '" + id + "' in " + directory + "; available: " + String.join(", ", rubrics.keySet()));
        return r;
    }

    public Path source(String id) {
        return sources.get(id);
    }

    /** The engine for a rubric, created once; the embedding model itself loads on the first score. */
    public RubricEngine engine(String id) {
        Rubric r = get(id);
        // The feedback layer rewrites the judgement's feedback for the trainee and adds a better reply.
        return engines.computeIfAbsent(id, k -> new org.rapport.feedback.TeachingEngine(new RubricScorer(r, org.rapport.nlp.SentenceEmbeddings::shared,
                org.rapport.judgement.HeadSet.of(JudgementTraining.modelsOf(directory, id)), fileDigest(sources.get(id)))));
    }

    private static String fileDigest(Path file) {
        try {
            return file == null ? null : org.rapport.judgement.Sha256.of(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read rubric file " + file, e);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
