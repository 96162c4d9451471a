package org.rapport.store;

import java.util.Locale;

/** The database products the store runs on; each has its own folder of vendor-specific migrations. */
public enum Vendor {
    H2, POSTGRESQL;

    /** The folder name under {@code db/migration} holding this vendor's migrations. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Vendor of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) return H2;
        if (jdbcUrl.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        throw new IllegalArgumentException("unsupported database URL (use jdbc:postgresql://... or jdbc:h2:...): "
                + StoreSettings.redact(jdbcUrl));
    }
}
