package org.rapport.transcript;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test fixture files under src/test/resources. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path path(String resource) {
        try {
            return Path.of(Fixtures.class.getResource("/" + resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + resource, e);
        }
    }

    /** The data rows (header skipped) of a CSV manifest. */
    public static List<Csv.Row> manifest(String resource) {
        try {
            List<Csv.Row> rows = Csv.parse(Files.readString(path(resource), StandardCharsets.UTF_8));
            return rows.subList(1, rows.size());
        } catch (IOException | TranscriptFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
