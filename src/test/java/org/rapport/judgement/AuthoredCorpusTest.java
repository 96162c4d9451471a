package org.rapport.judgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthoredCorpusTest {

    private static final String FILE = """
            # dataset: client-boundary-tests
            # author: Rapport contributors
            # licence: CC BY 4.0
            group,label,text,note
            gift-01,gift,"I made you some banana bread, it's nothing fancy",
            ctl-gift-01,none,"My sister gave me a gift and I felt guilty",control
            """;

    @Test
    void readsMetadataHeaderAndRowsWithTheirLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("client-boundary-tests.csv");
        Files.writeString(f, FILE);
        AuthoredCorpus c = AuthoredCorpus.read(f, List.of("group", "label", "text"));
        assertThat(c.metadata()).containsEntry("author", "Rapport contributors").containsEntry("licence", "CC BY 4.0");
        assertThat(c.size()).isEqualTo(2);
        assertThat(c.get(0, "text")).isEqualTo("I made you some banana bread, it's nothing fancy");
        assertThat(c.line(1)).isEqualTo(6);
        assertThat(c.sha256()).hasSize(64);
    }

    @Test
    void aBadLabelNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("tests.csv");
        Files.writeString(f, FILE.replace("ctl-gift-01,none", "ctl-gift-01,nope"));
        AuthoredCorpus c = AuthoredCorpus.read(f, List.of("group", "label", "text"));
        assertThatThrownBy(() -> c.require(1, "label", List.of("gift", "none")))
                .hasMessageContaining("tests.csv:6").hasMessageContaining("'label'").hasMessageContaining("nope");
    }

    @Test
    void aMissingColumnIsNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("tests.csv");
        Files.writeString(f, FILE);
        assertThatThrownBy(() -> AuthoredCorpus.read(f, List.of("group", "kind"))).hasMessageContaining("tests.csv:4").hasMessageContaining("'kind'");
    }
}
