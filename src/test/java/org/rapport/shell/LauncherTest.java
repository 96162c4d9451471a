package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./rapport} launcher passes the folders a user chose to the application: the project's own
 * {@code rubrics/} and {@code scenarios/} unless {@code RAPPORT_RUBRICS_DIR} or {@code RAPPORT_SCENARIOS_DIR}
 * name others. The launcher runs against a copy of the project whose {@code java} only records its arguments.
 */
class LauncherTest {

    @Test
    void theProjectFoldersAreTheDefault(@TempDir Path dir) throws Exception {
        List<String> java = launch(dir, Map.of(), "scenarios");

        assertThat(java).contains("-Drapport.rubrics-dir=" + dir.resolve("project/rubrics"),
                "-Drapport.scenarios-dir=" + dir.resolve("project/scenarios"));
        assertThat(java.subList(java.size() - 1, java.size())).containsExactly("scenarios");
    }

    @Test
    void environmentVariablesChooseOtherFolders(@TempDir Path dir) throws Exception {
        List<String> java = launch(dir, Map.of("RAPPORT_RUBRICS_DIR", "/programme/rubrics",
                "RAPPORT_SCENARIOS_DIR", "/programme/scenarios"), "scenarios");

        assertThat(java).contains("-Drapport.rubrics-dir=/programme/rubrics", "-Drapport.scenarios-dir=/programme/scenarios")
                .noneMatch(a -> a.startsWith("-Drapport.rubrics-dir=" + dir))
                .noneMatch(a -> a.startsWith("-Drapport.scenarios-dir=" + dir));
    }

    /** The arguments the launcher gave {@code java} for running the application. */
    private static List<String> launch(Path dir, Map<String, String> environment, String... args) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.copy(Path.of("rapport"), project.resolve("rapport"));
        Files.createDirectories(project.resolve("src/main"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Path jar = Files.createDirectories(project.resolve("target")).resolve("rapport.jar");
        Files.writeString(jar, "jar");
        // the jar is newer than the sources, so the launcher does not build
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path calls = dir.resolve("java-calls");
        Path java = bin.resolve("java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                # extracts the jar as the real one would; otherwise records the arguments of the run
                for a in "$@"; do
                  if [ "$a" = "-Djarmode=tools" ]; then mkdir -p "${@: -1}"; touch "${@: -1}/rapport.jar"; exit 0; fi
                  case "$a" in -XX:ArchiveClassesAtExit=*) exit 0 ;; esac
                done
                printf '%s\\n' "$@" > "$CALLS"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder builder = new ProcessBuilder(new java.util.ArrayList<>(List.of("bash", project.resolve("rapport").toString())));
        builder.command().addAll(List.of(args));
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("CALLS", calls.toString());
        builder.environment().remove("RAPPORT_RUBRICS_DIR");
        builder.environment().remove("RAPPORT_SCENARIOS_DIR");
        builder.environment().remove("RAPPORT_JAVA_OPTS");
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("launcher-output").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("launcher-output"))).isZero();
        return Files.readAllLines(calls, StandardCharsets.UTF_8);
    }
}
