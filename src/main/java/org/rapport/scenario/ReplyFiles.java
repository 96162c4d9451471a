package org.rapport.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The authored reply files that come with each scripted scenario: {@code <id>-good.txt}, a skilled
 * trainee's replies, and {@code <id>-poor.txt}, a novice's, one reply a line (the format of
 * {@code play --replies}). They are how a scenario's author shows that skilled work is rewarded and
 * novice work is not; the client-rated target is checked on them.
 */
public record ReplyFiles(Path folder) {

    public Path skilled(String scenarioId) {
        return folder.resolve(scenarioId + "-good.txt");
    }

    public Path novice(String scenarioId) {
        return folder.resolve(scenarioId + "-poor.txt");
    }

    /** Problems for a valid scripted scenario whose reply files are missing; none for other files. */
    public List<ScenarioProblem> problems(ScenarioFile file) {
        List<ScenarioProblem> out = new ArrayList<>();
        if (!file.valid() || !file.scenario().get().mode().equals("scripted")) return out;
        String id = file.scenario().get().id();
        if (!Files.isRegularFile(skilled(id))) {
            out.add(new ScenarioProblem(file.path(), 1, "id", "no skilled reply file " + skilled(id) + " (one reply a line)"));
        }
        if (!Files.isRegularFile(novice(id))) {
            out.add(new ScenarioProblem(file.path(), 1, "id", "no novice reply file " + novice(id) + " (one reply a line)"));
        }
        return out;
    }
}
