package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.judgement.LabelledText;

/** What the risk-cue head is trained on: the corpus alone unless scored files are asked for. */
class RiskCorpusTest {

    static final List<String> LABELS = List.of("none", "suicide", "self-harm");

    @TempDir
    Path dir;

    void write(Path file, String... lines) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    @Test
    void theShippedHeadReadsTheCorpusAloneAndACandidateAddsScoredFilesEachRowItsOwnGroup() throws Exception {
        write(dir.resolve("data/client-risk.csv"), "# dataset: client-risk", "# author: A", "# licence: CC BY 4.0", "group,label,text",
                "g1,suicide,I want to die.", "g1,suicide,I wish I was dead.", "c1,none,My phone died.");
        write(dir.resolve("data/client-risk-controls.csv"), "# author: B", "# licence: CC BY 4.0", "group,label,text", "c2,none,The battery is dead.");
        write(dir.resolve("scored/risk-cues-blindX.csv"), "# dataset: risk-cues-blindX", "# author: C", "# licence: CC BY 4.0", "kind,text",
                "self-harm,\"I cut my arm, again.\"", "none,I want to die.", "none,Dead tired today.");

        RiskCorpus shipped = RiskCorpus.read(dir.resolve("data"), null, LABELS);
        assertThat(shipped.lines()).extracting(LabelledText::group).containsExactly("g1", "g1", "c1");
        assertThat(shipped.files()).hasSize(1);

        RiskCorpus candidate = RiskCorpus.read(dir.resolve("data"), dir.resolve("scored"), LABELS);
        assertThat(candidate.lines()).extracting(LabelledText::group).containsExactly("g1", "g1", "c1", "c2", "risk-cues-blindX-1", "risk-cues-blindX-3");
        assertThat(candidate.sources()).containsExactly("client-risk", "client-risk", "client-risk", "client-risk", "risk-cues-blindX", "risk-cues-blindX");
        assertThat(candidate.repeatsSkipped()).as("a line read before is not read again").isEqualTo(1);
        assertThat(candidate.attribution()).isEqualTo("A, CC BY 4.0; B, CC BY 4.0; C, CC BY 4.0");
    }

    @Test
    void aKindThatIsNoRiskKindNamesTheFileAndLine() throws Exception {
        write(dir.resolve("data/client-risk.csv"), "group,label,text", "g1,suicide,I want to die.");
        write(dir.resolve("scored/risk-cues-bad.csv"), "# author: C", "kind,text", "none,fine", "sucide,typo here");

        assertThatThrownBy(() -> RiskCorpus.read(dir.resolve("data"), dir.resolve("scored"), LABELS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("risk-cues-bad.csv:4").hasMessageContaining("'sucide'");
    }
}
