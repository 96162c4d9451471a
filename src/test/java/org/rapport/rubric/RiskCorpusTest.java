package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.judgement.LabelledText;
import org.rapport.judgement.Provenance;

/** What the risk-cue head is trained on: the authored risk files, any further scored files asked for, and the scenarios' lines. */
class RiskCorpusTest {

    static final List<String> LABELS = List.of("none", "suicide", "self-harm");

    @TempDir
    Path dir;

    void write(Path file, String... lines) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    @Test
    void theAuthoredFilesThenFurtherScoredFilesEachRowItsOwnGroupThenTheScenariosLinesOneGroupEach() throws Exception {
        write(dir.resolve("data/client-risk.csv"), "# dataset: client-risk", "# author: A", "# licence: CC BY 4.0", "group,label,text",
                "g1,suicide,I want to die.", "g1,suicide,I wish I was dead.", "c1,none,My phone died.");
        write(dir.resolve("data/client-risk-controls.csv"), "# author: B", "# licence: CC BY 4.0", "group,label,text", "c2,none,The battery is dead.");
        write(dir.resolve("data/risk-cues-blindW.csv"), "# dataset: risk-cues-blindW", "# author: D", "# licence: CC BY 4.0", "kind,text",
                "suicide,I've given the dog to my sister for good.");
        write(dir.resolve("scored/risk-cues-blindX.csv"), "# dataset: risk-cues-blindX", "# author: C", "# licence: CC BY 4.0", "kind,text",
                "self-harm,\"I cut my arm, again.\"", "none,I want to die.", "none,Dead tired today.");
        List<ScenarioLine> scenes = List.of(new ScenarioLine("grief-ana", "The cat sleeps on his jumper.", null),
                new ScenarioLine("grief-ana", "Some nights I hope I don't wake up.", RiskKind.SUICIDE),
                new ScenarioLine("exam-jo", "My phone died.", null));

        RiskCorpus shipped = RiskCorpus.read(dir.resolve("data"), null, List.of(), LABELS);
        assertThat(shipped.lines()).extracting(LabelledText::group).containsExactly("g1", "g1", "c1", "c2", "risk-cues-blindW-1");
        assertThat(shipped.files()).extracting(Provenance.DataFile::file)
                .containsExactly("rubrics/data/client-risk.csv", "rubrics/data/client-risk-controls.csv", "rubrics/data/risk-cues-blindW.csv");

        RiskCorpus candidate = RiskCorpus.read(dir.resolve("data"), dir.resolve("scored"), scenes, LABELS);
        assertThat(candidate.lines()).extracting(LabelledText::group).containsExactly("g1", "g1", "c1", "c2", "risk-cues-blindW-1",
                "risk-cues-blindX-1", "risk-cues-blindX-3", "scenario-grief-ana", "scenario-grief-ana");
        assertThat(candidate.lines()).extracting(LabelledText::label).endsWith("none", "suicide");
        assertThat(candidate.sources()).containsExactly("client-risk", "client-risk", "client-risk", "client-risk", "risk-cues-blindW",
                "risk-cues-blindX", "risk-cues-blindX", "scenarios", "scenarios");
        assertThat(candidate.repeatsSkipped()).as("a line read before is not read again").isEqualTo(2);
        assertThat(candidate.files()).last().satisfies(f -> assertThat(f.rows()).isEqualTo(3));
        assertThat(candidate.attribution())
                .isEqualTo("A, CC BY 4.0; B, CC BY 4.0; D, CC BY 4.0; C, CC BY 4.0; the shipped scenarios' client lines, Rapport contributors");
    }

    @Test
    void aKindThatIsNoRiskKindNamesTheFileAndLine() throws Exception {
        write(dir.resolve("data/client-risk.csv"), "group,label,text", "g1,suicide,I want to die.");
        write(dir.resolve("scored/risk-cues-bad.csv"), "# author: C", "kind,text", "none,fine", "sucide,typo here");

        assertThatThrownBy(() -> RiskCorpus.read(dir.resolve("data"), dir.resolve("scored"), List.of(), LABELS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("risk-cues-bad.csv:4").hasMessageContaining("'sucide'");
    }
}
