package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.locale.LocaleCatalogue;
import org.rapport.scenario.ScenarioLibrary;
import org.rapport.scenario.ScenarioLoader;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.shell.core.command.CommandContext;

class ScenarioCommandsTest {

    static final Path FIXTURES = Path.of("src/test/resources/scenarios");

    private final StringWriter output = new StringWriter();
    private final CommandContext ctx = new CommandContext(null, null, new PrintWriter(output), null);

    static ScenarioCommands commands(Path folder) {
        ScenarioLoader loader = new ScenarioLoader();
        var beans = new StaticListableBeanFactory(Map.of("library", new ScenarioLibrary(folder, loader), "loader", loader,
                "locales", LocaleCatalogue.shipped()));
        return new ScenarioCommands(beans.getBeanProvider(ScenarioLibrary.class), beans.getBeanProvider(ScenarioLoader.class),
                beans.getBeanProvider(LocaleCatalogue.class));
    }

    @Test
    void listsScenariosAsATableAndMentionsBrokenFiles(@TempDir Path dir) throws IOException {
        Files.copy(FIXTURES.resolve("valid/first-session.yaml"), dir.resolve("first-session.yaml"));
        Files.copy(FIXTURES.resolve("valid/llm-persona.yaml"), dir.resolve("llm-persona.yaml"));
        Files.copy(FIXTURES.resolve("broken/no-ending.yaml"), dir.resolve("no-ending.yaml"));

        String table = commands(dir).scenarios(false, ctx);

        assertThat(table.lines().toList()).startsWith(
                "ID             TITLE                          PRESENTATION         MODE      DIFFICULTY",
                "first-session  Jordan, 34: the sister's idea  generalized-anxiety  scripted  beginner",
                "llm-persona    Priya, 41: the gift            boundaries           llm       intermediate");
        assertThat(table).endsWith("1 file in " + dir + " could not be loaded; run 'scenario validate' to see why.");
    }

    @Test
    void listsScenariosAsJsonForScripts() throws IOException {
        String json = commands(FIXTURES.resolve("valid")).scenarios(true, ctx);

        JsonNode rows = new ObjectMapper().readTree(json);
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("id").asText()).isEqualTo("first-session");
        assertThat(rows.get(1).get("mode").asText()).isEqualTo("llm");
        assertThat(rows.get(0).properties()).extracting(Map.Entry::getKey)
                .containsExactly("id", "title", "presentation", "mode", "difficulty", "locale");
    }

    @Test
    void sayWhenThereAreNoScenarios(@TempDir Path dir) {
        assertThat(commands(dir).scenarios(false, ctx)).isEqualTo("No scenarios in " + dir + ".");
        assertThat(commands(dir).scenarios(true, ctx)).isEqualTo("[ ]");
    }

    @Test
    void showsProfileObjectivesBeatsAndBoundaryTests() {
        String shown = commands(FIXTURES.resolve("valid")).show("first-session");

        assertThat(shown).startsWith("first-session: Jordan, 34: the sister's idea\n"
                + "generalized-anxiety | beginner | scripted | 5 beats | 1 boundary test");
        assertThat(shown).contains("  Jordan Reyes, 34, non-binary (they/them)",
                "  Presenting concern: Can't stop running through everything that could go\n    wrong",
                "  Starting state: trust 3, distress 6, disclosure 1",
                "  1. Reflect the worry before offering any strategy\n     met when: reached worries; empathy >=3.5",
                "  opening\n    \"I'm not sure why I'm here. My sister kind of made me come.\"\n"
                        + "    when empathy >=4 -> worries [trust +1, disclosure +1]\n"
                        + "    when behavior input -> guarded [trust -1]\n"
                        + "    otherwise -> worries",
                "    when boundary_setting <=2 -> (stays) [trust -1]",
                "  closing  [end]",
                "Boundary tests\n  late-texts (after-hours-contact): \"Could I just text you at night when it gets bad?\"");
    }

    @Test
    void showExplainsAnUnknownOrBrokenId() {
        ScenarioCommands commands = commands(FIXTURES.resolve("broken"));

        assertThatThrownBy(() -> commands.show("nobody")).isInstanceOf(CommandFailure.class)
                .hasMessageStartingWith("no scenario 'nobody' in");
        assertThatThrownBy(() -> commands.show("no-ending")).isInstanceOf(CommandFailure.class)
                .hasMessageContaining("has 1 problem; run 'scenario validate");
        assertThatThrownBy(() -> commands.show("")).isInstanceOf(CommandFailure.class)
                .hasMessageContaining("needs a scenario id");
    }

    @Test
    void validatePrintsEveryProblemAsFileLineFieldMessageAndFails() {
        ScenarioCommands commands = commands(FIXTURES.resolve("valid"));
        Path many = FIXTURES.resolve("broken/many-problems.yaml");
        Path first = FIXTURES.resolve("valid/first-session.yaml");

        assertThatThrownBy(() -> commands.validate(List.of(many.toString(), first.toString()), ctx))
                .isInstanceOf(CommandFailure.class)
                .hasMessage("5 problems in 1 of 2 files")
                .satisfies(e -> assertThat(((CommandFailure) e).exitCode()).isNotZero());
        List<String> lines = output.toString().lines().toList();
        assertThat(lines).hasSize(5).allSatisfy(l -> assertThat(l).startsWith(many + ":"));
        assertThat(lines.get(2)).isEqualTo(many + ":18: beats[opening].branches[0].next: unknown beat 'midle' (did you mean 'middle'?)");
    }

    @Test
    void validateWarnsWhereABeatLineReadsAsATestItDoesNotDeclareAndStillSucceeds() {
        ScenarioLoader loader = new ScenarioLoader();
        Path folder = FIXTURES.resolve("warned");
        var beans = new StaticListableBeanFactory(Map.of("library", new ScenarioLibrary(folder, loader), "loader", loader,
                "locales", LocaleCatalogue.shipped(), "rubrics", org.rapport.rubric.RubricLibrary.load(Path.of("rubrics"))));
        ScenarioCommands commands = new ScenarioCommands(beans.getBeanProvider(ScenarioLibrary.class), beans.getBeanProvider(ScenarioLoader.class),
                beans.getBeanProvider(LocaleCatalogue.class), null, beans.getBeanProvider(org.rapport.rubric.RubricLibrary.class),
                new TerminalColumns(null));

        commands.validate(List.of(), ctx);

        Path file = folder.resolve("undeclared.yaml");
        assertThat(output.toString().lines().toList()).containsExactly(
                file + ":55: beats[worries].branches[0].when.boundary_setting: warning: beat worries declares no boundary, so in scripted play"
                        + " no reply to its line is scored for boundary_setting and this branch is never taken; declare the boundary its line"
                        + " still tests (boundary: KIND) or drop the condition",
                file + ":52: beats[worries].client: warning: the detectors read a boundary test (social-media) in this line, whose beat"
                        + " worries declares no boundary; in scripted play the declaration decides, so declare 'boundary: social-media'"
                        + " if the line tests it, or reword it",
                "All 1 file valid, with 2 warnings about what beat lines declare.");
    }

    @Test
    void validateDefaultsToTheScenariosFolderAndSucceedsWhenAllIsWell() {
        commands(FIXTURES.resolve("valid")).validate(List.of(), ctx);

        assertThat(output.toString().strip()).isEqualTo("All 2 files valid.");
    }

    @Test
    void validateFailsOnAFolderWithNothingToCheckOrAMissingPath(@TempDir Path dir) {
        assertThatThrownBy(() -> commands(dir).validate(List.of(), ctx)).isInstanceOf(CommandFailure.class)
                .hasMessageStartingWith("no scenario files");
        assertThatThrownBy(() -> commands(dir).validate(List.of(dir.resolve("gone.yaml").toString()), ctx))
                .isInstanceOf(CommandFailure.class).hasMessage("1 problem in 1 of 1 file");
        assertThat(output.toString()).contains("gone.yaml: (file): no such file or folder").doesNotContain(":0:");
    }
}
