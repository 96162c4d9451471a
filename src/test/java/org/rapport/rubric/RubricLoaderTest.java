package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A rubric file someone got wrong fails with its file, the line and the field at fault. */
class RubricLoaderTest {

    private static final String GOOD = """
            id: mini
            version: "1"
            title: Mini rubric
            criteria:
              - id: empathy
                name: Empathy
                levels:
                  1: ignores the feeling
                  2: acknowledges words only
                  3: names a feeling
                  4: reflects feeling accurately
                  5: reflects feeling and meaning
            behavior_model:
              semantic_weight: 2.0
              behaviors:
                question:
                  bias: 0
                  weights: {question_last: 3.0}
            calibration:
              - name: feeling reflected
                client: "I'm so tired."
                reply: "You're exhausted."
                expect: {empathy: ">=3"}
            """;

    @TempDir
    Path dir;

    @Test
    void aValidFileLoads() throws IOException {
        Rubric r = new RubricLoader().load(write("mini.yaml", GOOD));

        assertThat(r.id()).isEqualTo("mini");
        assertThat(r.criterion("empathy")).get().extracting(c -> c.level(3)).isEqualTo("names a feeling");
        assertThat(r.behaviorModel().behaviors().get("question").weights()).containsEntry("question_last", 3.0);
        assertThat(r.calibration()).hasSize(1);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("a level missing", GOOD.replace("      5: reflects feeling and meaning\n", ""), 7, "criteria[0].levels", "level"),
                Arguments.of("a misspelt field", GOOD.replace("    name: Empathy", "    nmae: Empathy"), 6, "criteria[0].nmae", "unknown field 'nmae'; expected one of description, feedback, id, levels, name (did you mean 'name'?)"),
                Arguments.of("an unknown feature weight", GOOD.replace("question_last: 3.0", "question_mark: 3.0"), 18, "behavior_model.behaviors.question.weights.question_mark", "unknown feature"),
                Arguments.of("a bound that is not a bound", GOOD.replace("empathy: \">=3\"", "empathy: lots"), 23, "calibration[0].expect.empathy", "not a bound"),
                Arguments.of("a score outside the scale", GOOD.replace("empathy: \">=3\"", "empathy: \">=7\""), 23, "calibration[0].expect.empathy", "1 to 5"),
                Arguments.of("a weight that is not a number", GOOD.replace("semantic_weight: 2.0", "semantic_weight: high"), 14, "behavior_model.semantic_weight", ""),
                Arguments.of("a missing id", GOOD.replace("id: mini\n", ""), 1, "id", "required"),
                Arguments.of("a weight out of range", GOOD.replace("question_last: 3.0", "question_last: 1e308"), 18,
                        "behavior_model.behaviors.question.weights.question_last", "must lie between -100 and 100"),
                Arguments.of("a bias out of range", GOOD.replace("bias: 0", "bias: -1e308"), 17,
                        "behavior_model.behaviors.question.bias", "must lie between -100 and 100"),
                Arguments.of("a feeling word that matches every word", GOOD + "lexicons:\n  feelings:\n    - sad\n    - \"*\"\n",
                        27, "lexicons.feelings[1]", "only wildcards, so it would match every word"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeNamesFileLineAndField(String what, String yaml, int line, String field, String problem) throws IOException {
        Path file = write("broken.yaml", yaml);

        assertThatThrownBy(() -> new RubricLoader().load(file))
                .isInstanceOfSatisfying(RubricFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).startsWith(file + ":" + line + ": " + field).contains(problem);
                });
    }

    @Test
    void everyProblemOfAFileIsReportedInOneRunInTheOrderOfTheFile() throws IOException {
        Path file = write("three.yaml", GOOD.replace("      5: reflects feeling and meaning\n", "")
                .replace("question_last: 3.0", "question_mark: 3.0")
                .replace("empathy: \">=3\"", "empathy: \">=7\""));

        assertThatThrownBy(() -> new RubricLoader().load(file))
                .isInstanceOfSatisfying(RubricFormatException.class, e -> {
                    assertThat(e.problems()).extracting(RubricFormatException.At::line, RubricFormatException.At::field)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(7, "criteria[0].levels"),
                                    org.assertj.core.groups.Tuple.tuple(17, "behavior_model.behaviors.question.weights.question_mark"),
                                    org.assertj.core.groups.Tuple.tuple(22, "calibration[0].expect.empathy"));
                    assertThat(e.getMessage().lines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith(file + ":"));
                });
    }

    @Test
    void aYamlSyntaxErrorNamesTheLine() throws IOException {
        Path file = write("syntax.yaml", "id: x\nversion: \"1\"\ntitle: [unclosed\ncriteria: []\n");

        assertThatThrownBy(() -> new RubricLoader().load(file))
                .isInstanceOf(RubricFormatException.class)
                .hasMessageStartingWith(file + ":");
    }

    @Test
    void theLibraryRefusesASecondRubricWithTheSameIdAndKeepsTheFirst() throws IOException {
        write("a.yaml", GOOD);
        write("b.yaml", GOOD);

        RubricLibrary library = RubricLibrary.load(dir);

        assertThat(library.all()).extracting(Rubric::id).containsExactly("mini");
        assertThat(library.source("mini")).isEqualTo(dir.resolve("a.yaml"));
        assertThat(library.broken()).singleElement().asString()
                .contains("b.yaml:1: id").contains("already used");
    }

    @Test
    void oneBadRubricFileIsReportedAndTheGoodOnesStillWork() throws IOException {
        write("mini.yaml", GOOD);
        write("broken.yaml", "id: broken\nversion: \"1\"\ntitle: [unclosed\ncriteria: []\n");

        RubricLibrary library = RubricLibrary.load(dir);

        assertThat(library.all()).extracting(Rubric::id).containsExactly("mini");
        assertThat(library.broken()).singleElement().satisfies(e -> assertThat(e.file()).isEqualTo(dir.resolve("broken.yaml")));
        assertThatThrownBy(() -> library.get("broken"))
                .isInstanceOf(RubricFormatException.class).hasMessageStartingWith(dir.resolve("broken.yaml") + ":");
        assertThatThrownBy(() -> library.get("core")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("available: mini");
    }

    @Test
    void theLibraryFindsRubricsByIdAndNamesTheOthersWhenOneIsMissing() throws IOException {
        write("mini.yaml", GOOD);
        RubricLibrary library = RubricLibrary.load(dir);

        assertThat(library.all()).extracting(Rubric::id).containsExactly("mini");
        assertThatThrownBy(() -> library.get("core")).hasMessageContaining("available: mini");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
