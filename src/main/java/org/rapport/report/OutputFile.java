package org.rapport.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written whole or not at all: the text goes to a temporary file beside the target, which is
 * then renamed into place, so a failure halfway leaves the earlier file (or none), never a truncated
 * one. Text that UTF-8 cannot encode (a lone surrogate from a damaged transcript) is replaced by
 * U+FFFD and counted, so that the caller can say so instead of failing.
 */
public final class OutputFile {

    private OutputFile() {
    }

    /** What is written through a writer. */
    public interface Body {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes {@code text} to {@code file}; returns how many unencodable characters were replaced. */
    public static int write(Path file, String text) throws IOException {
        Encodable safe = encodable(text);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + file.getFileName() + ".", ".part");
        try {
            Files.write(temporary, safe.text().getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return safe.replaced();
    }

    /** As {@link #write(Path, String)}, the text produced by {@code body}. */
    public static int write(Path file, Body body) throws IOException {
        StringWriter text = new StringWriter();
        body.writeTo(text);
        return write(file, text.toString());
    }

    /** The text with lone surrogates replaced by U+FFFD, and how many there were. */
    public record Encodable(String text, int replaced) {
    }

    public static Encodable encodable(String text) {
        StringBuilder out = null;
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) out.append(c).append(text.charAt(i + 1));
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                if (out == null) out = new StringBuilder(text.length()).append(text, 0, i);
                out.append('\uFFFD');
                replaced++;
            } else if (out != null) {
                out.append(c);
            }
        }
        return new Encodable(out == null ? text : out.toString(), replaced);
    }

    /** "; 3 characters UTF-8 cannot hold were written as U+FFFD", or "" when there were none. */
    public static String note(int replaced) {
        if (replaced == 0) return "";
        return "; " + replaced + (replaced == 1 ? " character" : " characters")
                + " UTF-8 cannot hold (a lone surrogate) written as U+FFFD";
    }
}
