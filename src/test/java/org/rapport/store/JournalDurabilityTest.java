package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.session.SavedSession;
import org.rapport.session.SessionStatus;

/**
 * Every journal call is durable when it returns: a process killed in the middle of a session (halted,
 * never closed, never finished) leaves every turn it journaled in the embedded database file.
 */
class JournalDurabilityTest {

    @TempDir
    Path home;

    @Test
    void aKilledSessionLeavesEveryJournaledTurnInTheFile() throws Exception {
        Process writer = OtherJvm.start(JournalCrashWriter.class, home.toString(), "5");
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).as("writer finished").isTrue();
        String output = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(writer.exitValue()).as("halted like a killed process").isEqualTo(137);
        assertThat(output).contains("journaled 11");

        try (MigratingDataSource reopened = StoreConfiguration.embeddedIn(home)) {
            SavedSession saved = new JdbcSessionJournal(reopened, Clock.systemUTC()).load("crashed").orElseThrow();
            assertThat(saved.record().status()).isEqualTo(SessionStatus.IN_PROGRESS);
            assertThat(saved.turns()).hasSize(11);
            assertThat(saved.turns().get(9).text()).isEqualTo(StoreContractTest.REFLECTION);
            assertThat(saved.turns().get(9).score()).isEqualTo(ScriptedRubricEngine.judge(StoreContractTest.REFLECTION));
        }
        assertThat(new File(home.toFile(), "rapport.mv.db")).exists();
    }
}
