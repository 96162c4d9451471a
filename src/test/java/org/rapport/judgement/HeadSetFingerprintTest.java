package org.rapport.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.rubric.RubricLibrary;

/** The judgement a session is scored under names the exact model files, not only the rubric's version line. */
class HeadSetFingerprintTest {

    @Test
    void theShippedJudgementIsTheRubricVersionWithAFingerprintOfItsFiles() {
        String version = RubricLibrary.load(Path.of("rubrics")).engine("core").judgementVersion();

        assertThat(version).matches("1\\+[0-9a-f]{12}");
    }

    @Test
    void theSameFilesGiveTheSameFingerprintAndAChangedByteAnother(@TempDir Path dir) throws IOException {
        Path shipped = Path.of("rubrics/models/core/hollow.json");
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.copy(shipped, models.resolve("hollow.json"));

        String first = HeadSet.reload(models).fingerprint();
        String again = HeadSet.reload(models).fingerprint();
        Files.writeString(models.resolve("rater-scales.csv"), "criterion,engine,rater\n");
        String withScales = HeadSet.reload(models).fingerprint();

        assertThat(first).hasSize(64).isEqualTo(again);
        assertThat(withScales).as("a programme's rater scales change the scores, so the judgement").isNotEqualTo(first);
        assertThat(HeadSet.reload(dir.resolve("none")).fingerprint()).isEmpty();
    }
}
