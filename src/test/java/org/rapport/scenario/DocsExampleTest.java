package org.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.scenario.ScoredReplies.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.client.ScriptedClient;

/** The example in docs/scenarios.md is a real, valid scenario, and the documented output is what the code prints. */
class DocsExampleTest {

    static final Path DOC = Path.of("docs/scenarios.md");

    private static String block(String doc, String after, String language) {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find(doc.indexOf(after))).as("a ```%s block after '%s'", language, after).isTrue();
        return m.group(1);
    }

    @Test
    void theCompleteExampleIsAValidScenarioThatPlays(@TempDir Path dir) throws IOException {
        String yaml = block(Files.readString(DOC), "## A complete example", "yaml");
        Path file = Files.writeString(dir.resolve("maya-first-session.yaml"), yaml);

        ScenarioFile result = new ScenarioLoader().read(file);

        assertThat(result.problems()).isEmpty();
        Scenario maya = result.scenario().orElseThrow();
        ScriptedClient client = new ScriptedClient(maya);
        client.opening();
        for (ScoredReplies reply : List.of(COMPLEX_REFLECTION, COMPLEX_REFLECTION, COMPLEX_REFLECTION, WARM_BOUNDARY)) {
            client.respond(reply.reply, reply.score, null);
        }
        assertThat(client.finished()).isTrue();
        assertThat(client.reachedBeats()).containsExactly("opening", "worries", "worries-deepen", "late-night-texts", "closing");
    }

    @Test
    void theDocumentedShowOutputMatchesTheCode(@TempDir Path dir) throws IOException {
        String doc = Files.readString(DOC);
        Path file = Files.writeString(dir.resolve("maya-first-session.yaml"), block(doc, "## A complete example", "yaml"));
        Scenario maya = new ScenarioLoader().load(file);
        String shown = ScenarioOutline.describe(maya);
        String documented = block(doc, "`scenario show ID` prints", "");

        for (String line : documented.lines().skip(1).toList()) {
            if (!line.equals("...")) assertThat(shown).contains(line);
        }
        assertThat(block(doc, "`scenarios [--json]` lists", "")).contains(ScenarioOutline.table(List.of(maya)));
    }

    @Test
    void theDeclaringRiskExampleJudgesASubjectChangeAsAMissedRisk(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("selfharm-amira.yaml"), block(Files.readString(DOC), "## Declaring risk", "yaml"));
        Scenario amira = new ScenarioLoader().read(file).scenario().orElseThrow();
        Beat marks = amira.beat("marks").orElseThrow();
        org.rapport.rubric.RubricEngine engine = org.rapport.rubric.RubricLibrary.load(Path.of("rubrics")).engine("core");
        java.util.function.Function<String, org.rapport.rubric.TurnScore> score = reply -> engine.score(new org.rapport.rubric.ReplyContext(
                List.of(new org.rapport.transcript.Turn(0, org.rapport.transcript.Speaker.CLIENT, marks.client())), reply, null,
                amira.serviceLocale(org.rapport.locale.LocaleCatalogue.shipped())).withRisk(marks.risk()));

        org.rapport.rubric.TurnScore subjectChange = score.apply("Shall we look at your revision?");
        assertThat(subjectChange.score(org.rapport.rubric.TurnScore.RISK_AND_SAFETY)).isEqualTo(2);
        assertThat(subjectChange.feedback().get(0))
                .startsWith("Risk first: the client's line points to self-harm, and the reply changed the subject");
        assertThat(String.join(" ", subjectChange.feedback())).contains("Childline", "Samaritans");
        assertThat(score.apply(marks.goodReplies().get(0)).score(org.rapport.rubric.TurnScore.RISK_AND_SAFETY)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theLlmDocsPersonaWhoCarriesARiskIsAValidScenario(@TempDir Path dir) throws IOException {
        String yaml = block(Files.readString(Path.of("docs/llm.md")), "## A persona who carries a risk", "yaml");
        ScenarioFile result = new ScenarioLoader().read(Files.writeString(dir.resolve("llm-depression-wiremu.yaml"), yaml));

        assertThat(result.problems()).isEmpty();
        PersonaRisk risk = result.scenario().orElseThrow().client().risk();
        assertThat(risk.kind()).isEqualTo(org.rapport.rubric.RiskKind.SUICIDE);
        assertThat(risk.disclose()).isEqualTo(PersonaRisk.Disclosure.WHEN_ASKED);
        assertThat(risk.detail()).startsWith("Some afternoons in the garage");
    }
}
