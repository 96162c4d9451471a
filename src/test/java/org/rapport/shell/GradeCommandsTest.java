package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.report.TestEngines;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricEngines;
import org.rapport.transcript.Fixtures;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.shell.core.command.CommandContext;

/** The commands with a plain bean factory and a captured output writer: no application context. */
class GradeCommandsTest {

    private final StringWriter output = new StringWriter();
    private final CommandContext ctx = new CommandContext(null, null, new PrintWriter(output), null);
    private final StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("engines", TestEngines.cueWords()));
    private final GradeCommands commands = new GradeCommands(beans.getBeanProvider(RubricEngines.class),
            beans.getBeanProvider(RubricEngine.class));

    private static String good() {
        return Fixtures.path("transcripts/good").toString();
    }

    @Test
    void gradesAFolderToJsonOnStandardOutput() throws Exception {
        commands.grade(List.of(good()), null, "json", null, "engine", ctx);
        JsonNode json = new ObjectMapper().readTree(output.toString());
        assertThat(json.get("transcripts")).hasSize(6);
        assertThat(json.get("errors")).isEmpty();
    }

    @Test
    void anUnknownLocaleStopsTheCommandNamingTheValidOnes() {
        assertThatThrownBy(() -> commands.grade(List.of(good()), null, "json", null, "engine", "en-UK", ctx))
                .isInstanceOfSatisfying(CommandFailure.class, f -> {
                    assertThat(f.exitCode()).isEqualTo(2);
                    assertThat(f.getMessage()).contains("en-UK").contains("en-GB").contains("en-NZ");
                });
        assertThat(output.toString()).isEmpty();
    }

    @Test
    void aKnownLocaleGradesAsBefore() throws Exception {
        commands.grade(List.of(good()), null, "json", null, "engine", "en-IE", ctx);
        assertThat(new ObjectMapper().readTree(output.toString()).get("transcripts")).hasSize(6);
    }

    @Test
    void writesEverythingItCouldGradeAndThenFailsNamingTheBrokenInput() throws Exception {
        String broken = Fixtures.path("transcripts/malformed/broken.json").toString();
        assertThatThrownBy(() -> commands.grade(List.of(broken, good()), "core", "json", null, null, ctx))
                .isInstanceOfSatisfying(CommandFailure.class, f -> {
                    assertThat(f.exitCode()).isEqualTo(1);
                    assertThat(f.getMessage()).startsWith("1 of 7 inputs could not be graded: first ")
                            .contains("broken.json:6");
                });
        JsonNode json = new ObjectMapper().readTree(output.toString());
        assertThat(json.get("transcripts")).hasSize(6);
        assertThat(json.get("errors").get(0).get("line").asInt()).isEqualTo(6);
    }

    @Test
    void writesTheGradebookToTheOutFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("reports/gradebook.csv");
        commands.grade(List.of(good()), null, "csv", out.toString(), "engine", ctx);
        assertThat(Files.readAllLines(out)).hasSize(7).first().asString().startsWith("transcript_id,source,replies,");
        assertThat(output.toString()).isEqualTo("Graded 6 transcripts (16 trainee replies); wrote " + out + System.lineSeparator());
    }

    @Test
    void htmlGoesIntoTheOutFolder(@TempDir Path dir) throws Exception {
        commands.grade(List.of(good()), null, "html", dir.toString(), "engine", ctx);
        assertThat(dir.resolve("index.html")).exists();
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(7);
        }
        assertThat(output.toString()).startsWith("Wrote 7 pages to ");
    }

    @Test
    void commandLinesThatCannotBeCarriedOutFailWithUsageStatus() {
        assertThatThrownBy(() -> commands.grade(List.of(good()), null, "html", null, "engine", ctx))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(2))
                .hasMessageContaining("--out FOLDER");
        assertThatThrownBy(() -> commands.grade(List.of(good()), null, "pdf", null, "engine", ctx))
                .hasMessage("unknown format 'pdf': expected text, json, csv or html");
        assertThatThrownBy(() -> commands.grade(List.of(good()), null, "text", null, "llm", ctx))
                .hasMessageContaining("LLM judge is not available");
        assertThatThrownBy(() -> commands.grade(List.of(good()), "advanced", "text", null, "engine", ctx))
                .hasMessage("no rubric 'advanced' (known: core)");
        assertThatThrownBy(() -> commands.grade(List.of(), null, "text", null, "engine", ctx))
                .hasMessage("grade needs at least one transcript file or folder");
        assertThat(output.toString()).isEmpty();
    }

    @Test
    void withoutARubricLookupTheOneEngineThereIsServesItsOwnRubric() throws Exception {
        StaticListableBeanFactory oneEngine = new StaticListableBeanFactory(
                Map.of("engine", TestEngines.cueWords().forRubric(null)));
        GradeCommands single = new GradeCommands(oneEngine.getBeanProvider(RubricEngines.class),
                oneEngine.getBeanProvider(RubricEngine.class));
        single.grade(List.of(good()), "core", "csv", null, "engine", ctx);
        assertThat(output.toString().lines()).hasSize(7);
        assertThatThrownBy(() -> single.grade(List.of(good()), "advanced", "csv", null, "engine", ctx))
                .hasMessage("no rubric 'advanced' (known: core)");
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        assertThatThrownBy(() -> new GradeCommands(none.getBeanProvider(RubricEngines.class),
                none.getBeanProvider(RubricEngine.class)).grade(List.of(good()), null, "csv", null, "engine", ctx))
                .hasMessage("no rubric engine is configured");
    }

    @Test
    void calibrateReportsAgreementAsJson() throws Exception {
        commands.calibrate(Fixtures.path("calibration/program-raters.csv").toString(), null, "json", null, false, null, null, false, ctx);
        JsonNode json = new ObjectMapper().readTree(output.toString());
        assertThat(json.get("criteria")).hasSize(3);
        assertThat(json.get("criteria").get(0).get("quadratic_weighted_kappa").asDouble()).isEqualTo(0.759);
    }

    @Test
    void calibrateWithAMissingFileFailsAfterSayingSo() {
        assertThatThrownBy(() -> commands.calibrate("no-such-ratings.csv", null, "text", null, false, null, null, false, ctx))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(1))
                .hasMessageContaining("no-such-ratings.csv: no such file");
        assertThat(output.toString()).contains("Errors\n  no-such-ratings.csv: no such file");
    }
}
