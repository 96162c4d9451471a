package org.rapport.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real application in a JVM of its own, as a user starts it: {@code rapport ARGS}, with its data
 * folder under a test directory. Either on pipes, or on a real pseudo-terminal (through util-linux
 * {@code script}), so that the terminal line reader, its key bindings and Ctrl-C are the real ones.
 * Every wait is bounded.
 */
final class RapportProcess implements AutoCloseable {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Duration WAIT = Duration.ofSeconds(90);

    private final Process process;
    private final OutputStream keys;
    private final StringBuffer output = new StringBuffer();
    private final Thread pump;
    private int seen;

    private RapportProcess(Process process) {
        this.process = process;
        this.keys = process.getOutputStream();
        this.pump = new Thread(() -> copy(process.getInputStream()), "rapport-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** {@code rapport ARGS} with standard input and output on pipes. */
    static RapportProcess piped(Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>(jvm());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        environment(builder, home);
        return new RapportProcess(builder.start());
    }

    /** {@code rapport ARGS} on a pseudo-terminal of 120 columns, as if typed at a terminal emulator. */
    static RapportProcess onTerminal(Path home, String... args) throws IOException {
        StringBuilder line = new StringBuilder("stty cols 120 rows 40; exec");
        for (String word : jvm()) line.append(' ').append(quote(word));
        for (String word : args) line.append(' ').append(quote(word));
        ProcessBuilder builder = new ProcessBuilder("script", "-qfec", line.toString(), "/dev/null")
                .redirectErrorStream(true);
        environment(builder, home);
        builder.environment().put("TERM", "xterm-256color");
        return new RapportProcess(builder.start());
    }

    static boolean terminalsAvailable() {
        try {
            Process p = new ProcessBuilder("script", "--version").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<String> jvm() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath,
                "-Drapport.rubrics-dir=" + PROJECT.resolve("rubrics"),
                "-Drapport.scenarios-dir=" + PROJECT.resolve("scenarios"),
                "org.rapport.RapportApplication");
    }

    /**
     * False when this JVM was started with SIGINT ignored (a signal ignored at start stays ignored in every child),
     * as /proc tells on Linux; true where that cannot be read.
     */
    static boolean interruptsDelivered() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << 1)) == 0;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or no /proc: assume a normal terminal
        }
        return true;
    }

    private static void environment(ProcessBuilder builder, Path home) {
        builder.environment().put("RAPPORT_HOME", home.toString());
        builder.environment().put("RAPPORT_TRAINEE", "pat");
        // No model server: a scripted client, and nothing reaches beyond this machine.
        builder.environment().put("RAPPORT_LLM_BASE_URL", "http://127.0.0.1:9");
        builder.environment().remove("RAPPORT_DB_URL");
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private void copy(InputStream in) {
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    /** Types {@code text} (raw bytes: include "\r" for Enter, "\u001b[D" for Left, "\u0003" for Ctrl-C). */
    RapportProcess type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
    }

    /**
     * Waits until {@code literal} appears in the output after what earlier waits have seen, and moves past
     * it: waits read the output in order, as a person reads the screen.
     */
    String await(String literal) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            int at = output.indexOf(literal, seen);
            if (at >= 0) {
                seen = at + literal.length();
                return output.toString();
            }
            if (!process.isAlive() && !pump.isAlive()) break;
            Thread.sleep(50);
        }
        throw new AssertionError("no '" + literal + "' within " + WAIT.toSeconds() + " s after:\n"
                + output.substring(0, seen) + "\n---- then ----\n" + output.substring(seen));
    }

    static int occurrences(String text, String literal) {
        int n = 0;
        for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + literal.length())) n++;
        return n;
    }

    /** Closes standard input and waits for the exit status. */
    int exit() throws Exception {
        keys.close();
        return waitFor();
    }

    int waitFor() throws InterruptedException {
        if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the process did not end; output:\n" + output);
        }
        pump.join(5000);
        return process.exitValue();
    }

    /** Kills the process as {@code kill -9} would: no shutdown hook, no close. */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String output() {
        return output.toString();
    }

    /** One command run to its end: its output and its exit status. */
    record Result(int status, String output) {
    }

    static Result run(Path home, String... args) throws Exception {
        try (RapportProcess p = piped(home, args)) {
            p.keys.close();
            int status = p.waitFor();
            return new Result(status, p.output());
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
