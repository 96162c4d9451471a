package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One embedded database, several windows: a trainee practising in one process and a supervisor (or a
 * second trainee) in another read and write the same records at once, and killing either process loses
 * nothing it had saved. Real processes of the application, one data folder.
 */
class SharedEmbeddedStoreTest {

    @TempDir
    Path home;

    @Test
    void aSecondProcessReadsAndWritesWhileTheFirstIsOpenAndKillingEitherLosesNothing() throws Exception {
        try (RapportProcess ana = RapportProcess.piped(home, "start", "gad-hector", "--trainee", "ana");
             RapportProcess ben = RapportProcess.piped(home, "start", "phobia-nadia", "--trainee", "ben")) {
            // On pipes the prompt is echoed with the line read; the live feedback's meter ends a turn.
            ana.await("Héctor: ");
            ana.type("What brings you in today?\n");
            ana.await("trust ");

            // The supervisor's window, while the trainee's session holds the database open.
            RapportProcess.Result listed = RapportProcess.run(home, "sessions");
            assertThat(listed.output()).doesNotContain("Exception").doesNotContain("locked");
            assertThat(listed.status()).isZero();
            assertThat(listed.output()).contains("ana").contains("gad-hector").contains("in progress");

            ben.await("Nadia: ");
            ben.type("It sounds like part of you is embarrassed, and part of you is really scared.\n");
            ben.await("trust ");

            ana.kill();
            ben.type("What happens in your body when you smell the alcohol wipe?\n");
            ben.await("trust ");
            ben.kill();
        }

        RapportProcess.Result json = RapportProcess.run(home, "sessions", "--json");
        assertThat(json.status()).as(json.output()).isZero();
        JsonNode rows = new ObjectMapper().readTree(json.output().substring(json.output().indexOf('[')));
        assertThat(rows).hasSize(2);
        for (JsonNode row : rows) {
            int expected = row.path("trainee").asText().equals("ana") ? 3 : 5;
            assertThat(row.path("turns").asInt()).as(row.toString()).isEqualTo(expected);
            assertThat(row.path("status").asText()).isEqualTo("in_progress");
        }
    }
}
