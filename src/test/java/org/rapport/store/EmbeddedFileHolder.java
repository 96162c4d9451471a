package org.rapport.store;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Another program holding the embedded file without offering to share it (no AUTO_SERVER), as an old
 * version or a database console would: it opens the file, says so, and lets go when its input closes.
 */
public final class EmbeddedFileHolder {

    public static void main(String[] args) throws Exception {
        String file = java.nio.file.Path.of(args[0]).toAbsolutePath().resolve("rapport").toString();
        try (Connection held = DriverManager.getConnection("jdbc:h2:file:" + file, StoreSettings.EMBEDDED_USER, "")) {
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Nothing to do but hold the file until the test closes this program's input.
            }
        }
    }

    private EmbeddedFileHolder() {
    }
}
