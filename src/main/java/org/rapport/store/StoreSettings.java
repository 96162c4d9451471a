package org.rapport.store;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.springframework.core.env.PropertyResolver;

/**
 * Where the records live: an embedded H2 file under the data folder unless {@code RAPPORT_DB_URL} names a
 * PostgreSQL database (with {@code RAPPORT_DB_USER} and {@code RAPPORT_DB_PASSWORD}).
 *
 * @param url      the JDBC URL given, or null for the embedded default
 * @param home     the data folder ({@code RAPPORT_HOME}, default {@code ~/.rapport})
 * @param migrate  whether opening the store brings its schema up to date (the owner's job on a shared server)
 */
public record StoreSettings(String url, String user, String password, Path home, boolean migrate) {

    /** H2's embedded database opens with this user; the file only ever has this one. */
    static final String EMBEDDED_USER = "rapport";

    private static final Pattern SECRET_PARAMETER = Pattern.compile("(?i)(password|passwd|pwd)=[^&;]*");

    public static StoreSettings from(PropertyResolver env) {
        String home = env.getProperty("rapport.home");
        String url = blankToNull(env.getProperty("rapport.db.url"));
        return new StoreSettings(url, blankToNull(env.getProperty("rapport.db.user")),
                env.getProperty("rapport.db.password"), home(home),
                Boolean.parseBoolean(env.getProperty("rapport.db.migrate", "true")));
    }

    public static Path home(String configured) {
        String userHome = System.getProperty("user.home");
        if (configured == null || configured.isBlank()) return Path.of(userHome, ".rapport");
        if (configured.equals("~")) return Path.of(userHome);
        if (configured.startsWith("~/")) return Path.of(userHome, configured.substring(2));
        return Path.of(configured);
    }

    public boolean embedded() {
        return url == null;
    }

    /** The embedded database's file, without H2's {@code .mv.db} suffix. */
    public Path embeddedFile() {
        return home.toAbsolutePath().resolve("rapport");
    }

    public String jdbcUrl() {
        if (url != null) return url;
        // WRITE_DELAY=0: every commit reaches the file before the call returns, so a killed process
        // loses nothing already journaled. AUTO_SERVER=TRUE: the first process to open the file serves it
        // to the others (a supervisor's window beside a trainee's); when it ends, another takes over.
        return "jdbc:h2:file:" + embeddedFile() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    public String jdbcUser() {
        return url == null ? EMBEDDED_USER : user;
    }

    public String jdbcPassword() {
        return url == null ? "" : password;
    }

    public Vendor vendor() {
        return Vendor.of(jdbcUrl());
    }

    /** The URL without any password it may carry, fit for printing. */
    public String describe() {
        return redact(jdbcUrl());
    }

    static String redact(String url) {
        return SECRET_PARAMETER.matcher(url).replaceAll("$1=***");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
