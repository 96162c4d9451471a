package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.rubric.RubricFormatException;
import org.rapport.rubric.RubricLibrary;
import org.rapport.scenario.ScenarioLibrary;
import org.rapport.scenario.ScenarioLoader;

/** {@code rapport --rubrics DIR --scenarios DIR CMD ...}: a programme's own folders, refused by name when unusable. */
class FolderOptionsTest {

    @Test
    void foldersBeforeTheCommandSetTheFolderPropertiesAndLeaveTheCommand(@TempDir Path dir) throws Exception {
        Path rubrics = Files.createDirectories(dir.resolve("our-rubrics"));
        Path scenarios = Files.createDirectories(dir.resolve("our-scenarios"));

        FolderOptions.Parsed parsed = FolderOptions.parse(new String[] {"--rubrics", rubrics.toString(),
                "--scenarios=" + scenarios, "grade", "cohort", "--rubric", "core"});

        assertThat(parsed.properties()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "rapport.rubrics-dir", rubrics.toString(), "rapport.scenarios-dir", scenarios.toString()));
        assertThat(parsed.command()).containsExactly("grade", "cohort", "--rubric", "core");
    }

    @Test
    void anOptionAfterTheCommandIsTheCommandsOwn() {
        FolderOptions.Parsed parsed = FolderOptions.parse(new String[] {"scenario", "validate", "--scenarios", "x"});

        assertThat(parsed.properties()).isEmpty();
        assertThat(parsed.command()).containsExactly("scenario", "validate", "--scenarios", "x");
    }

    @Test
    void aMissingFolderAFileOrNoFolderAtAllIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("core.yaml"), "id: core\n");

        assertThatThrownBy(() -> FolderOptions.parse(new String[] {"--rubrics", dir.resolve("gone").toString(), "rubrics"}))
                .hasMessage("--rubrics " + dir.resolve("gone") + ": no such folder (" + dir.resolve("gone") + ")");
        assertThatThrownBy(() -> FolderOptions.parse(new String[] {"--scenarios", file.toString(), "scenarios"}))
                .hasMessage("--scenarios " + file + ": is a file, not a folder of scenarios");
        assertThatThrownBy(() -> FolderOptions.parse(new String[] {"--scenarios"}))
                .hasMessage("--scenarios needs a folder: rapport --scenarios DIR CMD ...");
        assertThatThrownBy(() -> FolderOptions.parse(new String[] {"--rubrics", "--scenarios", "x"}))
                .hasMessageStartingWith("--rubrics needs a folder");
    }

    @Test
    void aRubricsFolderThatIsNotThereIsNamedWithHowToChooseAnother(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("rubrics"), "not a folder");

        assertThatThrownBy(() -> RubricLibrary.load(dir.resolve("gone")))
                .isInstanceOf(RubricFormatException.class)
                .hasMessage(dir.resolve("gone") + ": no such rubrics folder; choose the folder with 'rapport --rubrics DIR ...' or RAPPORT_RUBRICS_DIR");
        assertThatThrownBy(() -> RubricLibrary.load(file))
                .hasMessageStartingWith(file + ": is a file, not a rubrics folder; choose the folder with");
    }

    @Test
    void aScenariosFolderThatIsNotThereIsNamedWhenAScenarioIsAskedFor(@TempDir Path dir) {
        ScenarioLibrary library = new ScenarioLibrary(dir.resolve("gone"), new ScenarioLoader(java.util.Set.of("en-US")));

        assertThat(library.folderProblem()).contains(dir.resolve("gone")
                + ": no such scenarios folder; choose the folder with 'rapport --scenarios DIR ...' or RAPPORT_SCENARIOS_DIR");
        assertThatThrownBy(() -> library.get("first-session")).hasMessage(library.folderProblem().orElseThrow());
        assertThat(new ScenarioLibrary(Path.of("scenarios"), new ScenarioLoader()).folderProblem()).isEmpty();
    }

    @Test
    void theApplicationPlaysFromTheFolderGivenAndRefusesOneThatIsNotThere(@TempDir Path dir) throws Exception {
        Path scenarios = Files.createDirectories(dir.resolve("our-scenarios"));
        Files.copy(Path.of("src/test/resources/scenarios/valid/first-session.yaml"), scenarios.resolve("first-session.yaml"));

        try (RapportProcess listed = RapportProcess.piped(dir.resolve("home"), "--scenarios", scenarios.toString(), "scenarios")) {
            assertThat(listed.exit()).isZero();
            assertThat(listed.output()).contains("first-session").doesNotContain("phobia-nadia");
        }
        try (RapportProcess refused = RapportProcess.piped(dir.resolve("home"), "--scenarios", dir.resolve("gone").toString(), "scenarios")) {
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.output()).contains("rapport: --scenarios " + dir.resolve("gone") + ": no such folder");
        }
        try (RapportProcess misplaced = RapportProcess.piped(dir.resolve("home"), "scenarios", "--scenarios", scenarios.toString())) {
            assertThat(misplaced.exit()).isEqualTo(2);
            assertThat(misplaced.output()).contains("--scenarios chooses a folder for every command, so it comes before the command");
        }
    }
}
