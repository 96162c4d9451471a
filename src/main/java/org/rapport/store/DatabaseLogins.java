package org.rapport.store;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Logins on a shared PostgreSQL server, and what the current one is. A trainee's or supervisor's login
 * is a LOGIN role with their name, member of {@code rapport_trainee} or {@code rapport_supervisor}; the
 * row-level security policies of the migrations match rows against it.
 */
public class DatabaseLogins {

    public enum Kind {
        TRAINEE("rapport_trainee"), SUPERVISOR("rapport_supervisor");

        private final String group;

        Kind(String group) {
            this.group = group;
        }

        public String group() {
            return group;
        }
    }

    /**
     * What a grant did (or would do): statements with the password masked, the password to hand over,
     * and what it did to the records, in words (empty when not executed).
     */
    public record Grant(String login, Kind kind, List<String> statements, String password, boolean executed,
            String outcome) {

        public Grant(String login, Kind kind, List<String> statements, String password, boolean executed) {
            this(login, kind, statements, password, executed, "");
        }
    }

    public static final String SINGLE_USER = "single-user embedded database: anyone who can open the file reads"
            + " and writes every record; use PostgreSQL (RAPPORT_DB_URL) to share records with access control";

    private static final String[] TABLES = {"trainees", "assignments", "sessions", "turns", "overrides", "comments"};

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final StoreSettings settings;

    public DatabaseLogins(DataSource dataSource, StoreSettings settings) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.settings = settings;
    }

    public StoreStatus status() {
        Vendor vendor = settings.vendor();
        String login = jdbc.sql("SELECT CURRENT_USER").query(String.class).single();
        String standing;
        String access;
        if (vendor == Vendor.H2) {
            standing = "single user";
            access = SINGLE_USER;
        } else {
            standing = member(Kind.SUPERVISOR.group()) ? "supervisor"
                    : member(Kind.TRAINEE.group()) ? "trainee"
                    : owner() ? "owner (administrator, not subject to row-level security)" : "other";
            access = "shared PostgreSQL: row-level security limits trainee and supervisor logins to their own records";
        }
        String version;
        try {
            version = jdbc.sql("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE"
                    + " ORDER BY \"installed_rank\" DESC").query(String.class).list().stream().findFirst().orElse(null);
        } catch (RuntimeException notReadable) {
            version = null; // people's logins do not read the migration history
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        return new StoreStatus(vendor, settings.describe(), login, standing, version, counts, access);
    }

    private boolean member(String group) {
        return jdbc.sql("""
                SELECT count(*) FROM pg_auth_members m
                  JOIN pg_roles g ON g.oid = m.roleid
                  JOIN pg_roles u ON u.oid = m.member
                 WHERE u.rolname = current_user AND g.rolname = ?""").param(group).query(Long.class).single() > 0;
    }

    private boolean owner() {
        return jdbc.sql("SELECT count(*) FROM pg_tables WHERE tablename = 'sessions' AND tableowner = current_user")
                .query(Long.class).single() > 0;
    }

    /**
     * Creates (or updates) the login of a trainee or supervisor and puts them on record; a trainee is
     * put under {@code supervisor} when given. With {@code execute} false nothing is changed and the
     * statements are only returned. Run by the owner of the schema.
     */
    public Grant grant(Kind kind, String name, String supervisor, String password, boolean execute) {
        return grant(kind, name, supervisor, password, execute, false);
    }

    /**
     * As above; a trainee already under another supervisor is moved to {@code supervisor} only with
     * {@code move}, and otherwise refused (nothing is changed).
     */
    public Grant grant(Kind kind, String name, String supervisor, String password, boolean execute, boolean move) {
        TraineeRoster.requireName(kind == Kind.TRAINEE ? "trainee" : "supervisor", name);
        if (name.chars().anyMatch(Character::isISOControl)) throw new IllegalArgumentException("name has control characters");
        if (settings.vendor() != Vendor.POSTGRESQL && execute) {
            throw new IllegalStateException("logins exist only on PostgreSQL; this store is the " + SINGLE_USER);
        }
        String secret = password == null || password.isBlank() ? randomPassword() : password;
        boolean exists = execute && jdbc.sql("SELECT count(*) FROM pg_roles WHERE rolname = ?").param(name)
                .query(Long.class).single() > 0;
        String role = identifier(name);
        List<String> statements = new ArrayList<>();
        statements.add(exists
                ? "ALTER ROLE " + role + " LOGIN PASSWORD " + literal(secret)
                : "CREATE ROLE " + role + " LOGIN PASSWORD " + literal(secret) + " IN ROLE " + kind.group());
        if (exists) statements.add("GRANT " + kind.group() + " TO " + role);
        List<String> shown = statements.stream().map(s -> s.replace(literal(secret), "'***'")).toList();
        if (!execute) return new Grant(name, kind, shown, secret, false);

        Kind other = kind == Kind.TRAINEE ? Kind.SUPERVISOR : Kind.TRAINEE;
        if (exists && member(name, other.group())) {
            throw new IllegalArgumentException("login " + name + " is a " + other.name().toLowerCase(java.util.Locale.ROOT)
                    + "'s; one login is a trainee or a supervisor, not both");
        }
        String outcome = Transactions.template(dataSource).execute(status -> {
            statements.forEach(sql -> jdbc.sql(sql).update());
            TraineeRoster roster = new TraineeRoster(dataSource, java.time.Clock.systemDefaultZone());
            String login = (exists ? "login " + name + " updated (new password)" : "login " + name + " created");
            if (kind == Kind.SUPERVISOR) {
                roster.ensureSupervisor(name);
                return login + "; on record as a supervisor";
            }
            return login + "; " + placeTrainee(roster, name, supervisor, move);
        });
        return new Grant(name, kind, shown, secret, true, outcome);
    }

    /** Puts a trainee under a supervisor as asked, and says what the record now holds. */
    private String placeTrainee(TraineeRoster roster, String name, String supervisor, boolean move) {
        java.util.Optional<Trainee> existing = roster.trainee(name);
        if (existing.isEmpty()) {
            roster.enrol(name, supervisor);
            return supervisor == null ? "on record with no supervisor yet" : "on record, supervised by " + supervisor;
        }
        String current = existing.get().supervisor();
        if (supervisor == null) {
            return current == null ? "already on record, with no supervisor yet" : "already on record, supervised by "
                    + current + " (unchanged)";
        }
        if (supervisor.equals(current)) return "already supervised by " + supervisor + " (unchanged)";
        if (current == null) {
            roster.enrol(name, supervisor);
            return "now supervised by " + supervisor;
        }
        if (!move) {
            throw new IllegalArgumentException("trainee " + name + " is supervised by " + current + "; nothing was changed."
                    + " Give --move to move them to " + supervisor);
        }
        roster.ensureSupervisor(supervisor);
        int moved = jdbc.sql("UPDATE trainees SET supervisor = ? WHERE name = ? AND supervisor = ?")
                .params(supervisor, name, current).update();
        if (moved != 1) throw new IllegalStateException("trainee " + name + " was not moved: changed meanwhile");
        return "moved from " + current + " to " + supervisor + " (their sessions go with them)";
    }

    private boolean member(String login, String group) {
        return jdbc.sql("""
                SELECT count(*) FROM pg_auth_members m
                  JOIN pg_roles g ON g.oid = m.roleid
                  JOIN pg_roles u ON u.oid = m.member
                 WHERE u.rolname = ? AND g.rolname = ?""").params(login, group).query(Long.class).single() > 0;
    }

    /** A PostgreSQL identifier, quoted so that any name is taken as a name. */
    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A string literal for DDL, which cannot take parameters (standard_conforming_strings is on by default). */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return password.toString();
    }
}
