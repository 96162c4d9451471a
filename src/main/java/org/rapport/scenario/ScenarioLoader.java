package org.rapport.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.rapport.authoring.TextFile;
import org.rapport.authoring.TextFileException;

/**
 * Reads scenario files (YAML) into validated {@link Scenario}s. Reading never throws for a bad file:
 * the result lists every problem with file, line and field.
 */
public class ScenarioLoader {

    private final java.util.Set<String> localeIds;

    /** A loader that accepts the locales of the shipped catalogue. */
    public ScenarioLoader() {
        this(org.rapport.locale.LocaleCatalogue.shipped().ids());
    }

    /** A loader that accepts these locale ids in {@code locale:}. */
    public ScenarioLoader(java.util.Set<String> localeIds) {
        this.localeIds = java.util.Set.copyOf(localeIds);
    }

    /** Reads and validates one file. */
    public ScenarioFile read(Path file) {
        try {
            return ScenarioReader.read(file, TextFile.read(file), localeIds);
        } catch (TextFileException e) {
            return unreadable(file, e.line(), e.getMessage());
        } catch (IOException e) {
            return unreadable(file, 0, "cannot be read");
        }
    }

    /** Validates YAML text as if it were the file {@code file} (whose name must match the scenario id). */
    public ScenarioFile read(Path file, String yaml) {
        try {
            return ScenarioReader.read(file, yaml, localeIds);
        } catch (IOException e) {
            return unreadable(file, 0, "cannot be read");
        }
    }

    /** Reads one file and returns its scenario, or throws with every problem when it is not valid. */
    public Scenario load(Path file) {
        ScenarioFile result = read(file);
        return result.scenario().orElseThrow(() -> new ScenarioException(
                file + " has " + count(result.problems().size()) + "; run 'scenario validate " + file + "'",
                result.problems()));
    }

    /**
     * Reads every scenario file among the given files and folders (folders: their {@code .yaml} and
     * {@code .yml} files, in name order, subfolders included). A path that does not exist is a problem;
     * so is a scenario id used by two files.
     */
    public List<ScenarioFile> readAll(Collection<Path> filesOrFolders) {
        List<ScenarioFile> results = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path path : filesOrFolders) {
            if (!Files.exists(path)) {
                results.add(unreadable(path, 0, "no such file or folder"));
                continue;
            }
            for (Path file : scenarioFiles(path)) {
                ScenarioFile result = read(file);
                if (result.scenarioOrNull() != null) {
                    Scenario s = result.scenarioOrNull();
                    Path other = seen.putIfAbsent(s.id(), file);
                    if (other != null && !other.equals(file)) {
                        result = new ScenarioFile(file, null, List.of(new ScenarioProblem(file, 1, "id",
                                "duplicate scenario id '" + s.id() + "', also used by " + other)));
                    }
                }
                results.add(result);
            }
        }
        return results;
    }

    /** The scenario files a path stands for: itself if a file, else the YAML files under it. */
    public static List<Path> scenarioFiles(Path path) {
        if (!Files.isDirectory(path)) return List.of(path);
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(ScenarioLoader::isYaml).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.startsWith(".");
    }

    private static ScenarioFile unreadable(Path file, int line, String message) {
        return new ScenarioFile(file, null, List.of(new ScenarioProblem(file, line, "(file)", message)));
    }

    static String count(int problems) {
        return problems + (problems == 1 ? " problem" : " problems");
    }
}
