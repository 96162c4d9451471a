package org.rapport.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapport.authoring.YamlProblem;

/**
 * A YAML document read with Jackson's streaming parser into a small tree that remembers the line of
 * every key and value, so that validation can point authors at the exact line of a mistake (Jackson's
 * own {@code JsonNode} tree forgets locations).
 */
sealed interface YamlNode {

    /** 1-based line where the node starts (for a mapping or list under a key: the key's line). */
    int line();

    /** A scalar as written: {@code text} is null for YAML null; {@code quoted} strings never read as numbers. */
    record Scalar(String text, JsonToken token, int line) implements YamlNode {

        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }

        boolean isInteger() {
            return token == JsonToken.VALUE_NUMBER_INT;
        }

        boolean isNumber() {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }

        boolean isBoolean() {
            return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        }
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
    }

    /** A mapping in file order; {@code duplicates} lists keys written twice (the later value wins). */
    record Mapping(Map<String, Entry> entries, List<Entry> duplicates, int line) implements YamlNode {

        YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        boolean has(String key) {
            return entries.containsKey(key);
        }
    }

    record Entry(String key, int keyLine, YamlNode value) {
    }

    /** A YAML syntax error (or a second document), with the line where it is. */
    final class SyntaxError extends Exception {
        private final int line;

        SyntaxError(String message, int line) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    YAMLFactory FACTORY = new YAMLFactory();

    /**
     * Reads the one document of a YAML text; null when the text holds no document at all. A second
     * document ({@code ---}) is an error: it would otherwise be ignored without a word.
     */
    static YamlNode read(String text) throws IOException, SyntaxError {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) return null;
            YamlNode root = readValue(parser, -1);
            int second = YamlProblem.secondDocument(parser, text);
            if (second > 0) throw new SyntaxError(YamlProblem.secondDocumentAt(second, "a scenario file").message(), second);
            return root;
        } catch (JsonProcessingException e) {
            YamlProblem p = YamlProblem.of(e, text);
            throw new SyntaxError(p.message(), p.line());
        }
    }

    private static YamlNode readValue(JsonParser parser, int keyLine) throws IOException {
        JsonToken token = parser.currentToken();
        int line = parser.currentTokenLocation().getLineNr();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                List<Entry> duplicates = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int at = parser.currentTokenLocation().getLineNr();
                    parser.nextToken();
                    Entry entry = new Entry(key, at, readValue(parser, at));
                    if (entries.containsKey(key)) duplicates.add(entry);
                    entries.put(key, entry);
                }
                return new Mapping(entries, duplicates, keyLine > 0 ? keyLine : line);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, -1));
                }
                return new Sequence(items, keyLine > 0 ? keyLine : line);
            }
            case VALUE_NULL -> {
                return new Scalar(null, token, line);
            }
            default -> {
                return new Scalar(parser.getText(), token, line);
            }
        }
    }
}
