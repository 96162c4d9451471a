package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.rubric.RubricLibrary;
import org.springframework.shell.core.command.CommandContext;

/** The rubric commands print what a supervisor needs and fail the exit status when calibration disagrees. */
class RubricCommandsTest {

    private static final RubricLibrary SHIPPED = RubricLibrary.load(Path.of("rubrics"));

    private final StringWriter output = new StringWriter();
    private final CommandContext ctx = new CommandContext(null, null, new PrintWriter(output), null);

    @Test
    void rubricsListsIdVersionTitleAndCriteria() {
        String table = new RubricCommands(SHIPPED).rubrics();

        assertThat(table).contains("id", "version", "title", "criteria")
                .contains("core").contains("empathy, active_listening, boundary_setting");
    }

    @Test
    void showPrintsTheAnchoredLevels() {
        String shown = new RubricCommands(SHIPPED).show("core");

        assertThat(shown).contains("Boundary setting [boundary_setting]").contains("  5  Validates, states the limit kindly");
    }

    @Test
    void anUnknownRubricIsAFailureNamingTheOnesThereAre() {
        assertThatThrownBy(() -> new RubricCommands(SHIPPED).show("advanced"))
                .isInstanceOf(CommandFailure.class).hasMessageContaining("available: core");
    }

    @Test
    void checkPassesForTheCoreRubric() {
        new RubricCommands(SHIPPED).check("core", ctx);

        assertThat(output.toString()).contains("  PASS  complex reflection of feeling and meaning").doesNotContain("FAIL")
                .containsPattern("(\\d+)/\\1 calibration cases agree");
    }

    @Test
    void checkFailsWithANonZeroStatusWhenTheEngineDisagrees(@TempDir Path dir) throws IOException {
        String core = Files.readString(Path.of("rubrics/core.yaml"));
        // The same rubric under another id, with one case whose stated judgement is wrong on purpose.
        String wrong = core.replace("id: core\n", "id: wrong\n").replace("calibration:\n", """
                calibration:
                  - name: a minimal encourager is not a complex reflection
                    client: "And then my boss called me in."
                    reply: "Mm-hmm."
                    expect: {behavior: reflection, subtype: complex}
                """);
        Files.writeString(dir.resolve("wrong.yaml"), wrong);
        // The same rubric judges with the same trained heads.
        Path heads = Path.of("rubrics/models/core");
        try (var files = Files.walk(heads)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = dir.resolve("models/wrong").resolve(heads.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }

        assertThatThrownBy(() -> new RubricCommands(RubricLibrary.load(dir)).check("wrong", ctx))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isNotZero())
                .hasMessageContaining("1 calibration case disagree");
        assertThat(output.toString()).contains("  FAIL  a minimal encourager is not a complex reflection")
                .contains("behavior: expected reflection, engine other");
    }
}
