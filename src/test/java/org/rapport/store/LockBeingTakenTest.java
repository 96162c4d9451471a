package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which errors opening the embedded file mean "another window is taking the lock right now": worth a short wait. */
class LockBeingTakenTest {

    @Test
    void aLockFileJustWrittenByAnotherWindowIsWaitedFor() {
        SQLException h2 = new SQLException("Error opening database: \"Lock file recently modified\" [8000-232]", "08000", 8000);
        assertThat(MigratingDataSource.lockBeingTaken(h2)).isTrue();
        assertThat(MigratingDataSource.lockBeingTaken(new RuntimeException("migration failed", h2))).as("wrapped by Flyway").isTrue();
    }

    @Test
    void otherFailuresAreReportedAtOnce() {
        assertThat(MigratingDataSource.lockBeingTaken(new SQLException("Database may be already in use", "90020", 90020))).isFalse();
        assertThat(MigratingDataSource.lockBeingTaken(new SQLException("Error opening database: \"disk full\"", "08000", 8000))).isFalse();
    }
}
