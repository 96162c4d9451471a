package org.rapport.authoring;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * One thing wrong with a YAML file, located for its author: the 1-based line, the field (e.g.
 * {@code criteria[0].levels}, empty for the file as a whole) and what is wrong, in words that name
 * what the file should hold (a number, a list, text) rather than the parser's or Java's types.
 */
public record YamlProblem(int line, String field, String message) {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final Pattern FOUND = Pattern.compile("from (Array|Object|String|Integer|Floating-point|Boolean|Null|Embedded Object)"
            + "(?: value)?(?: \"((?:[^\"\\\\]|\\\\.)*)\")?");
    private static final Pattern STRING_VALUE = Pattern.compile("from String value \\('((?:[^']|'')*)'\\)");

    /** What a parser or binding error says, whichever of the two it is. */
    public static YamlProblem of(JsonProcessingException e, String text) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof MarkedYAMLException || c instanceof ReaderException) return syntax(e, text);
        }
        return e instanceof JsonMappingException m ? binding(m, text) : syntax(e, text);
    }

    /** A syntax error, at the line the YAML parser found it (not the line of the last good token). */
    public static YamlProblem syntax(JsonProcessingException e, String text) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof MarkedYAMLException) && !(cause instanceof ReaderException)
                && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof MarkedYAMLException m) {
            Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            String problem = words(m.getProblem());
            if (m.getContext() != null && m.getContextMark() != null && m.getProblemMark() != null
                    && m.getContextMark().getLine() != m.getProblemMark().getLine()) {
                problem += " (" + words(m.getContext()) + " that starts on line " + (m.getContextMark().getLine() + 1) + ")";
            }
            int line = mark == null ? lineOf(e) : mark.getLine() + 1;
            return new YamlProblem(line, keyOnLine(text, line), "not valid YAML: " + problem);
        }
        if (cause instanceof ReaderException r) {
            int line = lineAtChar(text, r.getPosition());
            return new YamlProblem(line, "", "not valid YAML: the character " + String.format(Locale.ROOT, "U+%04X", r.getCodePoint())
                    + " (an invisible control character) is not allowed; delete it");
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String known = known(original);
        int line = lineOf(e);
        return new YamlProblem(line, keyOnLine(text, line), known != null ? known : "not valid YAML: " + Plain.words(original));
    }

    /**
     * A value that does not fit what the file's field holds (a list where a number belongs, an unknown
     * field), at the line of the field itself.
     */
    public static YamlProblem binding(JsonMappingException e, String text) {
        String pointer = pointerOf(e.getPath());
        if (e instanceof ValueInstantiationException && e.getCause() instanceof NullPointerException) {
            // a list or mapping with an empty entry: point at the entry, not at the record holding it
            String empty = firstEmptyUnder(text, pointer);
            if (empty != null) return new YamlProblem(lineOf(text, empty), field(empty), "is empty; give it a value or delete the line");
        }
        Matcher twice = TWICE.matcher(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
        if (twice.find()) {
            // the parser stopped at the second one; the path names only the mapping holding it
            return new YamlProblem(lineOf(e), field(pointer + "/" + twice.group(1)), bindingMessage(e));
        }
        int line = pointer.isEmpty() ? 0 : lineOf(text, pointer);
        if (line == 0) line = lineOf(e);
        return new YamlProblem(line, field(pointer), bindingMessage(e));
    }

    private static String bindingMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            if (u.getKnownPropertyIds() != null) u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            return "unknown field '" + u.getPropertyName() + "'"
                    + (known.isEmpty() ? "" : "; expected one of " + String.join(", ", new TreeSet<>(known)) + closest(u.getPropertyName(), known));
        }
        if (e instanceof InvalidFormatException f) {
            return "'" + f.getValue() + "' is not " + expected(f.getTargetType());
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException why && why.getMessage() != null) {
            return Plain.words(why.getMessage());
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof MismatchedInputException m) {
            String wanted = expected(m.getTargetType());
            if (original.startsWith("Cannot map `null`") || original.contains("from Null value")) return "needs a value (" + wanted + ")";
            String found = found(original);
            return "must be " + wanted + (found == null ? "" : ", not " + found);
        }
        String known = known(original);
        return known != null ? known : Plain.words(original);
    }

    private static final Pattern TWICE = Pattern.compile("^(?:No fallback setter/field defined for creator property|Duplicate field) '([^']*)'");
    private static final Pattern OUT_OF_RANGE = Pattern.compile("^Numeric value \\(([^)]*)\\) out of range");

    /** The parser's and binder's messages that an author meets most, in the author's words; else null. */
    private static String known(String message) {
        Matcher twice = TWICE.matcher(message);
        if (twice.find()) return "'" + twice.group(1) + "' is written twice in the same mapping";
        Matcher m = OUT_OF_RANGE.matcher(message);
        return m.find() ? "the number " + m.group(1) + " is too large here" : null;
    }

    private static String found(String message) {
        Matcher s = STRING_VALUE.matcher(message);
        if (s.find()) return "text ('" + abbreviate(s.group(1)) + "')";
        Matcher m = FOUND.matcher(message);
        if (!m.find()) return null;
        return switch (m.group(1)) {
            case "Array" -> "a list";
            case "Object" -> "a mapping";
            case "String" -> m.group(2) == null ? "text" : "text ('" + abbreviate(m.group(2)) + "')";
            case "Integer", "Floating-point" -> "a number";
            case "Boolean" -> "true/false";
            default -> null;
        };
    }

    /** What a field of this type holds, in an author's words. */
    static String expected(Class<?> type) {
        if (type == null) return "a different kind of value";
        if (type == double.class || type == float.class || type == Double.class || type == Float.class
                || type == java.math.BigDecimal.class || type == Number.class) return "a number";
        if (type == int.class || type == long.class || type == short.class || type == Integer.class || type == Long.class
                || type == Short.class || type == java.math.BigInteger.class) return "a whole number";
        if (type == boolean.class || type == Boolean.class) return "true or false";
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) return "text";
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : type.getEnumConstants()) names.add(c.toString().toLowerCase(Locale.ROOT).replace('_', '-'));
            return "one of " + String.join(", ", names);
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) return "a list";
        return "a mapping (key: value lines)";
    }

    /**
     * After the first document has been read: the line of a second document ({@code ---}) that would
     * otherwise be silently ignored, or 0 when there is none.
     */
    public static int secondDocument(JsonParser parser, String text) throws IOException {
        JsonToken next = parser.nextToken();
        if (next == null) return 0;
        int at = parser.currentTokenLocation().getLineNr();
        String[] lines = text.split("\\R", -1);
        for (int i = Math.min(at, lines.length) - 1; i >= 0; i--) {
            if (lines[i].startsWith("---")) return i + 1;
        }
        return Math.max(at, 1);
    }

    /** The problem to report for a second document found at {@code line}. */
    public static YamlProblem secondDocumentAt(int line, String what) {
        return new YamlProblem(line, "", "a second YAML document starts here ('---'), but " + what
                + " holds one document; remove this line and what follows, or move it to a file of its own");
    }

    /** The line of the node at a JSON pointer, or of its nearest ancestor present in the file. */
    public static int lineOf(String text, String pointer) {
        int best = 0;
        int bestDepth = -1;
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken t;
            while ((t = parser.nextToken()) != null) {
                String here = parser.getParsingContext().pathAsPointer().toString();
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                if (pointer.equals(here)) return parser.currentTokenLocation().getLineNr();
                if (pointer.startsWith(here + "/") || here.isEmpty()) {
                    int depth = here.split("/").length;
                    if (depth > bestDepth) {
                        bestDepth = depth;
                        best = parser.currentTokenLocation().getLineNr();
                    }
                }
            }
        } catch (IOException e) {
            return best;
        }
        return best;
    }

    /** The pointer of the first empty value at or under {@code pointer}, or null. */
    private static String firstEmptyUnder(String text, String pointer) {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken t;
            while ((t = parser.nextToken()) != null) {
                if (t != JsonToken.VALUE_NULL) continue;
                String here = parser.getParsingContext().pathAsPointer().toString();
                if (here.equals(pointer) || here.startsWith(pointer + "/")) return here;
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** "/criteria/0/levels" as "criteria[0].levels". */
    public static String field(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) continue;
            String name = JsonPointer.compile("/" + part).getMatchingProperty();
            if (part.chars().allMatch(Character::isDigit)) out.append('[').append(part).append(']');
            else out.append(out.length() == 0 ? "" : ".").append(name);
        }
        return out.toString();
    }

    private static String pointerOf(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) out.append('/').append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            else if (ref.getIndex() >= 0) out.append('/').append(ref.getIndex());
        }
        return out.toString();
    }

    private static int lineOf(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? 1 : Math.max(at.getLineNr(), 1);
    }

    private static final Pattern KEY = Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z0-9_-]+)\\s*:(?:\\s|$)");

    /** The key written on a line, naming the field of a syntax error; empty when the line has none. */
    private static String keyOnLine(String text, int line) {
        String[] lines = text.split("\\R", -1);
        if (line < 1 || line > lines.length) return "";
        Matcher m = KEY.matcher(lines[line - 1]);
        return m.find() ? m.group(1) : "";
    }

    private static int lineAtChar(String text, int position) {
        int line = 1;
        for (int i = 0; i < position && i < text.length(); i++) {
            if (text.charAt(i) == '\n') line++;
        }
        return line;
    }

    /** The YAML parser's wording, with its token names said as an author sees them. */
    private static String words(String parserMessage) {
        if (parserMessage == null) return "";
        if (parserMessage.contains("(TAB)")) return "a tab character; indent with spaces, not tabs";
        String s = parserMessage
                .replace("<block end>", "the end of the indented block")
                .replace("'<block mapping start>'", "a more deeply indented key")
                .replace("<block mapping start>", "a more deeply indented key")
                .replace("'<block sequence start>'", "a list item").replace("'<scalar>'", "a value")
                .replace("<scalar>", "a value").replace("'<stream end>'", "the end of the file")
                .replace("<document start>", "the start of a document ('---')");
        if (s.startsWith("mapping values are not allowed here")) {
            s += ": a ': ' inside a value starts a key; put the value in quotes, or check the indentation";
        }
        return Plain.words(s.strip());
    }

    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 27) + "...";
    }

    /** " (did you mean 'x'?)" for a near miss among the known names, else "". */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(2, word.length() / 3) ? " (did you mean '" + best + "'?)" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

}
