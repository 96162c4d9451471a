package org.rapport.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A file of trainee replies for {@code play}: one reply per line; blank lines and {@code #} comments skipped. */
public final class RepliesFile {

    private RepliesFile() {
    }

    public static List<String> read(Path file) throws IOException {
        // a named pipe would block until something writes to it
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException(file + " is not a regular file (a pipe, device or socket); give a file of replies");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static List<String> parse(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
