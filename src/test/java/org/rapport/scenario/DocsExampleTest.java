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
}
