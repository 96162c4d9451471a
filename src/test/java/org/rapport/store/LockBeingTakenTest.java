package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Which errors opening the embedded file mean "another window may be taking the lock right now": worth a
 * short, bounded wait. A window that has locked the file but not yet written where it serves it looks, for
 * a moment, like one that never shares; only the wait tells them apart.
 */
class LockBeingTakenTest {

    @Test
    void aLockFileJustWrittenByAnotherWindowIsWaitedFor() {
        SQLException h2 = new SQLException("Error opening database: \"Lock file recently modified\" [8000-232]", "08000", 8000);
        assertThat(MigratingDataSource.lockBeingTaken(h2)).isTrue();
        assertThat(MigratingDataSource.lockBeingTaken(new RuntimeException("migration failed", h2))).as("wrapped by Flyway").isTrue();
    }

    @Test
    void aFileInUseIsWaitedForBecauseItsHolderMayNotYetHaveSaidWhereItServesIt() {
        SQLException inUse = new SQLException("Database may be already in use", "90020", 90020);
        assertThat(MigratingDataSource.lockBeingTaken(inUse)).isTrue();
        assertThat(MigratingDataSource.lockBeingTaken(new RuntimeException("pool failed to start", inUse))).isTrue();
    }

    @Test
    void aServingWindowThatRefusesIsWaitedForBecauseItMayBeLettingTheFileGo() {
        SQLException refused = new SQLException("Connection is broken: \"java.net.ConnectException: Connection refused\"", "90067", 90067);
        assertThat(MigratingDataSource.servingWindowChanging(refused)).isTrue();
        assertThat(MigratingDataSource.servingWindowChanging(new RuntimeException("pool failed to start",
                new SQLException("x", new java.net.ConnectException("Connection refused"))))).isTrue();
        assertThat(MigratingDataSource.servingWindowChanging(new SQLException("Database may be already in use", "90020", 90020))).isFalse();
    }

    @Test
    void otherFailuresAreReportedAtOnce() {
        assertThat(MigratingDataSource.lockBeingTaken(new SQLException("Error opening database: \"disk full\"", "08000", 8000))).isFalse();
    }
}
