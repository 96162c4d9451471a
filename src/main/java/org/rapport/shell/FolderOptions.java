package org.rapport.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options given before a command that choose where rubrics and scenarios are read from:
 * {@code rapport --rubrics DIR --scenarios DIR CMD ...}. They set the same properties as the
 * environment variables {@code RAPPORT_RUBRICS_DIR} and {@code RAPPORT_SCENARIOS_DIR}, and win over them.
 */
public final class FolderOptions {

    /** One folder option and the property it sets. */
    record Folder(String option, String property, String what) {
    }

    static final List<Folder> FOLDERS = List.of(
            new Folder("--rubrics", "rapport.rubrics-dir", "rubrics"),
            new Folder("--scenarios", "rapport.scenarios-dir", "scenarios"));

    /** The properties the options set, and the words left for the command. */
    public record Parsed(Map<String, String> properties, String[] command) {
    }

    private FolderOptions() {
    }

    /** Reads the folder options at the start of {@code args}; a missing or unusable folder is refused, named. */
    public static Parsed parse(String[] args) {
        Map<String, String> properties = new LinkedHashMap<>();
        int i = 0;
        while (i < args.length) {
            String word = args[i];
            Folder folder = FOLDERS.stream().filter(f -> word.equals(f.option()) || word.startsWith(f.option() + "="))
                    .findFirst().orElse(null);
            if (folder == null) break;
            String value;
            if (word.contains("=")) {
                value = word.substring(word.indexOf('=') + 1);
                i++;
            } else {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new IllegalArgumentException(folder.option() + " needs a folder: rapport " + folder.option() + " DIR CMD ...");
                }
                value = args[i + 1];
                i += 2;
            }
            properties.put(folder.property(), usable(folder, value).toString());
        }
        return new Parsed(properties, Arrays.copyOfRange(args, i, args.length));
    }

    private static Path usable(Folder folder, String value) {
        if (value.isBlank()) throw new IllegalArgumentException(folder.option() + " needs a folder: rapport " + folder.option() + " DIR CMD ...");
        Path path = Path.of(value).toAbsolutePath().normalize();
        String named = folder.option() + " " + value;
        if (!Files.exists(path)) throw new IllegalArgumentException(named + ": no such folder (" + path + ")");
        if (!Files.isDirectory(path)) throw new IllegalArgumentException(named + ": is a file, not a folder of " + folder.what());
        if (!Files.isReadable(path)) throw new IllegalArgumentException(named + ": the folder cannot be read (permission denied)");
        return path;
    }
}
