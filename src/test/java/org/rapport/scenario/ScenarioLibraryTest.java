package org.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLibraryTest {

    @Test
    void offersValidScenariosAndKeepsBrokenFilesAside(@TempDir Path dir) throws IOException {
        Files.copy(ScenarioLoaderTest.VALID.resolve("first-session.yaml"), dir.resolve("first-session.yaml"));
        Files.copy(ScenarioLoaderTest.VALID.resolve("llm-persona.yaml"), dir.resolve("llm-persona.yaml"));
        Files.copy(ScenarioLoaderTest.BROKEN.resolve("unknown-next.yaml"), dir.resolve("unknown-next.yaml"));
        ScenarioLibrary library = new ScenarioLibrary(dir, new ScenarioLoader());

        assertThat(library.ids()).containsExactly("first-session", "llm-persona");
        assertThat(library.get("first-session").client().name()).isEqualTo("Jordan Reyes");
        assertThat(library.broken()).singleElement().satisfies(f -> assertThat(f.path().getFileName().toString()).isEqualTo("unknown-next.yaml"));
        assertThatThrownBy(() -> library.get("unknown-next")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("has 1 problem; run 'scenario validate");
        assertThatThrownBy(() -> library.get("nobody")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("no scenario 'nobody'").hasMessageContaining("available: first-session, llm-persona");
    }

    @Test
    void seesNewFilesAfterReloadAndToleratesAMissingFolder(@TempDir Path dir) throws IOException {
        ScenarioLibrary missing = new ScenarioLibrary(dir.resolve("nope"), new ScenarioLoader());
        assertThat(missing.all()).isEmpty();

        ScenarioLibrary library = new ScenarioLibrary(dir, new ScenarioLoader());
        assertThat(library.all()).isEmpty();
        Files.copy(ScenarioLoaderTest.VALID.resolve("first-session.yaml"), dir.resolve("first-session.yaml"));
        assertThat(library.all()).as("read once, on first use").isEmpty();
        library.reload();
        assertThat(library.ids()).containsExactly("first-session");
    }
}
