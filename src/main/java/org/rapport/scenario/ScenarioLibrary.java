package org.rapport.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rapport.rubric.ScenarioLine;

/**
 * The scenarios a trainee can practise with: every valid file in the scenarios folder, read once on
 * first use. Broken files are kept aside with their problems rather than stopping the others.
 */
public class ScenarioLibrary {

    private final Path folder;
    private final ScenarioLoader loader;
    private volatile Contents contents;

    private record Contents(List<Scenario> scenarios, List<ScenarioFile> broken) {
    }

    public ScenarioLibrary(Path folder, ScenarioLoader loader) {
        this.folder = folder;
        this.loader = loader;
    }

    public Path folder() {
        return folder;
    }

    /** How a user chooses another scenarios folder, said where the folder cannot be used. */
    public static final String CHOOSE = "choose the folder with 'rapport --scenarios DIR ...' or RAPPORT_SCENARIOS_DIR";

    /** Why the folder cannot be read (it does not exist, is a file, cannot be listed), or empty when it can. */
    public Optional<String> folderProblem() {
        if (!Files.exists(folder)) return Optional.of(folder + ": no such scenarios folder; " + CHOOSE);
        if (!Files.isDirectory(folder)) return Optional.of(folder + ": is a file, not a scenarios folder; " + CHOOSE);
        if (!Files.isReadable(folder)) return Optional.of(folder + ": the scenarios folder cannot be read; " + CHOOSE);
        return Optional.empty();
    }

    /** Valid scenarios, by id. */
    public List<Scenario> all() {
        return contents().scenarios;
    }

    /**
     * Every client line of the valid scenarios, for the risk-cue head: a line of a beat that declares no risk as
     * session talk, and a beat's own line where it declares one as that risk (a branch's words before it may not
     * carry it, so they are left out).
     */
    public List<ScenarioLine> clientLines() {
        List<ScenarioLine> lines = new ArrayList<>();
        for (Scenario s : all()) {
            for (BeatLine l : s.beatLines()) {
                if (l.beat().risk() != null && l.said()) continue;
                lines.add(new ScenarioLine(s.id(), l.text(), l.beat().risk()));
            }
        }
        return lines;
    }

    /** Files in the folder that could not be loaded, each with its problems. */
    public List<ScenarioFile> broken() {
        return contents().broken;
    }

    public List<String> ids() {
        return all().stream().map(Scenario::id).toList();
    }

    public Optional<Scenario> find(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The scenario with this id, or an exception that says why it is not available. */
    public Scenario get(String id) {
        return find(id).orElseThrow(() -> {
            Optional<ScenarioFile> brokenFile = broken().stream()
                    .filter(f -> stem(f.path()).equals(id)).findFirst();
            if (brokenFile.isPresent()) {
                ScenarioFile f = brokenFile.get();
                return new ScenarioException("scenario '" + id + "' has " + ScenarioLoader.count(f.problems().size())
                        + "; run 'scenario validate " + f.path() + "'", f.problems());
            }
            if (folderProblem().isPresent()) return new ScenarioException(folderProblem().get(), List.of());
            return new ScenarioException("no scenario '" + id + "' in " + folder
                    + (all().isEmpty() ? "" : "; available: " + String.join(", ", ids())), List.of());
        });
    }

    /** Forgets what was read, so the next call sees files added or edited since. */
    public void reload() {
        contents = null;
    }

    private Contents contents() {
        Contents c = contents;
        if (c == null) {
            synchronized (this) {
                c = contents;
                if (c == null) {
                    c = read();
                    contents = c;
                }
            }
        }
        return c;
    }

    private Contents read() {
        if (!Files.isDirectory(folder)) return new Contents(List.of(), List.of());
        List<ScenarioFile> files = loader.readAll(List.of(folder));
        List<Scenario> valid = files.stream().flatMap(f -> f.scenario().stream())
                .sorted(Comparator.comparing(Scenario::id)).toList();
        List<ScenarioFile> broken = files.stream().filter(f -> !f.valid()).toList();
        return new Contents(valid, broken);
    }

    private static String stem(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
