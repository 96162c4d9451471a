package org.rapport.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped LLM scenarios give a model enough to play a person: a full cognitive model, a style, an
 * injected boundary test, and a pool of authored lines for when the model is away. (Format validation
 * itself belongs to the scenario loader's tests.)
 */
class LlmScenarioContentTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Path> llmScenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("llm-")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("llmScenarios")
    void hasAFullCognitiveModel(Path file) throws IOException {
        JsonNode s = YAML.readTree(file.toFile());
        JsonNode client = s.path("client");

        assertThat(s.path("mode").asText()).isEqualTo("llm");
        assertThat(s.path("id").asText() + ".yaml").isEqualTo(file.getFileName().toString());
        assertThat(client.path("history").asText()).hasSizeGreaterThan(200);
        for (String list : List.of("core_beliefs", "intermediate_beliefs", "coping_strategies", "automatic_thoughts",
                "emotions", "behaviours")) {
            assertThat(client.path(list).size()).as(file + " " + list).isGreaterThanOrEqualTo(2);
        }
        assertThat(s.path("objectives").size()).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("llmScenarios")
    void injectsABoundaryTestAndAuthorsEnoughOfflineLines(Path file) throws IOException {
        JsonNode s = YAML.readTree(file.toFile());
        int injectedBoundaries = 0;
        Set<String> lines = new HashSet<>();
        for (JsonNode beat : s.path("beats")) {
            if (beat.has("after_turn") && beat.has("boundary")) injectedBoundaries++;
            boolean ownMoment = beat.path("end").asBoolean() || beat.has("boundary") || beat.has("after_turn");
            if (!ownMoment) lines.add(beat.path("client").asText());
            for (JsonNode branch : beat.path("branches")) {
                if (branch.has("say")) lines.add(branch.path("say").asText());
            }
        }
        assertThat(injectedBoundaries).isGreaterThanOrEqualTo(1);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void threeDistinctPeopleWithDifferentPresentationsAndStyles() throws IOException {
        List<JsonNode> all = new ArrayList<>();
        for (Path p : llmScenarios().toList()) all.add(YAML.readTree(p.toFile()));

        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        assertThat(all.stream().map(s -> s.path("presentation").asText()).distinct().count()).isEqualTo(all.size());
        assertThat(all.stream().map(s -> s.path("client").path("style").asText()).distinct().count()).isEqualTo(all.size());
        assertThat(all.stream().map(s -> s.path("client").path("gender").asText()).distinct().count()).isGreaterThan(1);
        assertThat(all.stream().map(s -> s.path("client").path("age").asInt() / 10).distinct().count()).isGreaterThan(1);
    }
}
