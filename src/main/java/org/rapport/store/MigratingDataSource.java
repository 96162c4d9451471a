package org.rapport.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Opens the database on first use, not before (the shell starts without touching it), and brings the
 * schema up to date then: portable migrations from {@code db/migration/common} plus the vendor's own.
 * On a shared PostgreSQL server a trainee's or supervisor's login does not own the schema, so it never
 * migrates: that is the owner's job.
 */
public class MigratingDataSource extends DelegatingDataSource implements AutoCloseable {

    /**
     * The highest migration version shipped (a test keeps it equal to the files). A database already
     * there skips Flyway's classpath scan, which would otherwise delay the first saved turn.
     */
    static final String LATEST_VERSION = "8";

    /** H2's error code when another process holds the database file. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2's error code when the connection to the window serving the file broke or was refused. */
    private static final int H2_CONNECTION_BROKEN = 90067;
    /** H2's error code for a file it could not open, among them a lock another process is taking right now. */
    private static final int H2_ERROR_OPENING_DATABASE = 8000;
    /** How long a window waits for another one that is opening the same embedded file at the same moment. */
    static final long LOCK_WAIT_MILLIS = 15_000;

    private final StoreSettings settings;
    private final long lockWaitMillis;
    private volatile boolean ready;

    public MigratingDataSource(DataSource target, StoreSettings settings) {
        this(target, settings, LOCK_WAIT_MILLIS);
    }

    MigratingDataSource(DataSource target, StoreSettings settings, long lockWaitMillis) {
        super(target);
        this.settings = settings;
        this.lockWaitMillis = lockWaitMillis;
    }

    @Override
    public Connection getConnection() throws SQLException {
        long deadline = System.nanoTime() + lockWaitMillis * 1_000_000;
        for (long pause = 100; ; pause = Math.min(1_000, pause * 2)) {
            try {
                ensureMigrated();
                return open();
            } catch (SQLException | RuntimeException e) {
                // Two windows opening the embedded file at once: the second sees the first's fresh lock
                // file, or its lock before it has written where it serves the file, for a moment. Waiting
                // briefly is all it takes; a holder that never shares is named once the wait is over.
                if (!lockBeingTaken(e) && !(settings.embedded() && servingWindowChanging(e))) throw e;
                if (System.nanoTime() + pause * 1_000_000 > deadline) {
                    SQLException held = heldByAnotherProcess(e);
                    if (held != null) throw held;
                    throw e;
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static boolean lockBeingTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN
                    || sql.getErrorCode() == H2_ERROR_OPENING_DATABASE
                            && String.valueOf(sql.getMessage()).contains("Lock file recently modified"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The window that serves the embedded file refused the connection: it is letting the file go (its last
     * connection closed) or another is taking it over, and the next attempt finds the new holder. Only waited
     * for on the embedded file: a shared server that refuses is down, and is reported at once.
     */
    static boolean servingWindowChanging(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof SQLException sql && sql.getErrorCode() == H2_CONNECTION_BROKEN) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        ensureMigrated();
        return obtainTargetDataSource().getConnection(username, password);
    }

    private Connection open() throws SQLException {
        return obtainTargetDataSource().getConnection();
    }

    /** The file still held once the wait is over, as a sentence for the user; null for any other failure. */
    private SQLException heldByAnotherProcess(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                // No cause attached: the sentence is the whole story, and no driver class name reaches the user.
                return new SQLException("the embedded database " + settings.embeddedFile() + ".mv.db is held by"
                        + " another process that does not share it; close the other Rapport windows and try again",
                        sql.getSQLState(), sql.getErrorCode());
            }
        }
        return null;
    }

    private void ensureMigrated() throws SQLException {
        if (ready) return;
        synchronized (this) {
            if (ready) return;
            if (settings.migrate() && !current() && ownsSchema()) {
                Flyway.configure()
                        .dataSource(obtainTargetDataSource())
                        .locations("classpath:db/migration/common", "classpath:db/migration/" + settings.vendor().folder())
                        .load()
                        .migrate();
            }
            ready = true;
        }
    }

    private boolean current() throws SQLException {
        try (Connection c = open()) {
            try (var statement = c.prepareStatement("SELECT \"version\" FROM \"flyway_schema_history\""
                         + " WHERE \"success\" = TRUE ORDER BY \"installed_rank\" DESC");
                 var rows = statement.executeQuery()) {
                return rows.next() && LATEST_VERSION.equals(rows.getString(1));
            } catch (SQLException notYetMigrated) {
                return false;
            }
        }
    }

    /** False for the login of a trainee or supervisor on PostgreSQL: they use the schema, not change it. */
    private boolean ownsSchema() throws SQLException {
        if (settings.vendor() != Vendor.POSTGRESQL) return true;
        try (Connection c = open();
             var statement = c.prepareStatement("""
                     SELECT count(*) FROM pg_auth_members m
                       JOIN pg_roles g ON g.oid = m.roleid
                       JOIN pg_roles u ON u.oid = m.member
                      WHERE u.rolname = current_user AND g.rolname IN ('rapport_trainee', 'rapport_supervisor')""");
             var rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1) == 0;
        }
    }

    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable closeable) closeable.close();
    }
}
