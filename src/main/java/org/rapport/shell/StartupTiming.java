package org.rapport.shell;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up as a user feels it: the wall-clock time of a one-shot {@code help}, started the way this
 * process was started (same Java, same JVM options, so the launcher's class-data archive counts).
 */
final class StartupTiming {

    record Figures(int runs, double medianMs, double minMs, double maxMs) {
    }

    private StartupTiming() {
    }

    static Figures measure(int runs) throws Exception {
        List<String> command = sameJvm();
        command.add("help");
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("a start-up run took over a minute");
            }
            if (process.exitValue() != 0) throw new IllegalStateException("'help' exited with " + process.exitValue());
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return new Figures(runs, millis.get(runs / 2), millis.get(0), millis.get(runs - 1));
    }

    private static List<String> sameJvm() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // A run that writes the class-data archive is the launcher's one-off, not a normal start.
            if (!option.startsWith("-XX:ArchiveClassesAtExit") && !option.startsWith("-agentlib")
                    && !option.startsWith("-javaagent")) {
                command.add(option);
            }
        }
        // Interactive commands start with the quick compiler only (see the launcher), whatever this run uses.
        command.add("-XX:TieredStopAtLevel=1");
        String launched = System.getProperty("sun.java.command", "");
        String first = launched.split(" ", 2)[0];
        if (first.endsWith(".jar")) {
            command.add("-jar");
            command.add(first);
        } else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(org.rapport.RapportApplication.class.getName());
        }
        return command;
    }
}
