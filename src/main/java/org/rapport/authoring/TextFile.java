package org.rapport.authoring;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the files authors write (scenarios, rubrics, locales, transcripts) as UTF-8. A file saved in
 * another encoding is refused with the encoding it looks like and the line of the first byte that is
 * not UTF-8, so the author knows what to re-save rather than seeing a decoder's error.
 */
public final class TextFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextFile() {
    }

    /** The file's text, without a leading UTF-8 byte-order mark. */
    public static String read(Path file) throws TextFileException {
        if (Files.isDirectory(file)) throw new TextFileException(0, "is a folder, not a file");
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a named pipe or a device would wait for a writer that may never come
            throw new TextFileException(0, "is not a regular file (a pipe, device or socket)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TextFileException(0, "no such file");
        } catch (AccessDeniedException e) {
            throw new TextFileException(0, "cannot be read: permission denied");
        } catch (IOException e) {
            throw new TextFileException(0, "cannot be read" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        return decode(bytes);
    }

    /** UTF-8 bytes as text (a leading byte-order mark dropped), or why they are not UTF-8. */
    public static String decode(byte[] bytes) throws TextFileException {
        String other = otherUnicode(bytes);
        if (other != null) throw new TextFileException(1, other + "; save it as UTF-8 (in most editors: Save As, encoding UTF-8)");
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) throw notUtf8(bytes, in.position());
        decoder.flush(out);
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new TextFileException(lineAt(bytes, start + text.substring(0, nul).getBytes(StandardCharsets.UTF_8).length),
                    "holds a NUL byte (0x00), so it looks like a binary file, not text");
        }
        return text;
    }

    /** UTF-16 or UTF-32, told by a byte-order mark or by the zero bytes of ASCII text in them; else null. */
    private static String otherUnicode(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) return "is UTF-32BE text (it starts with a UTF-32BE byte-order mark), not UTF-8";
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) return "is UTF-32LE text (it starts with a UTF-32LE byte-order mark), not UTF-8";
        if (startsWith(b, 0xFE, 0xFF)) return "is UTF-16BE text (it starts with a UTF-16BE byte-order mark), not UTF-8";
        if (startsWith(b, 0xFF, 0xFE)) return "is UTF-16LE text (it starts with a UTF-16LE byte-order mark), not UTF-8";
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return "looks like UTF-32LE text (three zero bytes after each character), not UTF-8";
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
            return "looks like UTF-32BE text (three zero bytes before each character), not UTF-8";
        }
        if (b.length >= 2 && b[0] != 0 && b[1] == 0) return "looks like UTF-16LE text (a zero byte after each character), not UTF-8";
        if (b.length >= 2 && b[0] == 0 && b[1] != 0) return "looks like UTF-16BE text (a zero byte before each character), not UTF-8";
        return null;
    }

    private static TextFileException notUtf8(byte[] bytes, int offset) {
        int line = lineAt(bytes, offset);
        int lineStart = offset;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n') lineStart--;
        int b = bytes[offset] & 0xFF;
        String where = "byte " + String.format(Locale.ROOT, "0x%02X", b) + " at line " + line + ", column "
                + (offset - lineStart + 1) + " (byte " + offset + " of the file) is not UTF-8";
        // Latin-1 and Windows-1252 are what most editors save when not told otherwise; say so when every
        // byte of the file makes sense in them, with the character the author most likely typed.
        String asWindows = new String(bytes, WINDOWS_1252);
        if (asWindows.indexOf('\uFFFD') < 0) {
            String context = new String(bytes, lineStart, Math.min(offset - lineStart + 12, bytes.length - lineStart), WINDOWS_1252)
                    .split("\\R", 2)[0].strip();
            return new TextFileException(line, where + ": the file looks like Latin-1 or Windows-1252 text ('"
                    + asWindows.charAt(offset) + "' in \"" + abbreviate(context) + "\"); save it as UTF-8");
        }
        return new TextFileException(line, where + "; save the file as UTF-8");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : "..." + text.substring(text.length() - 37);
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
