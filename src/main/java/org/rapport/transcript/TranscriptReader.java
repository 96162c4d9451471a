package org.rapport.transcript;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rapport.authoring.TextFile;
import org.rapport.authoring.TextFileException;

/**
 * Reads transcripts in the three grade input formats (JSON, labelled text, CSV). Paths are used as
 * given; folders are walked recursively in sorted order and only .json, .txt and .csv files are read.
 * A file that cannot be read becomes an {@link InputError} and the others are still read.
 */
public final class TranscriptReader {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final Pattern LABELLED = Pattern.compile(
            "^\\s*(client|patient|trainee|therapist|counsell?or|c|t)\\s*:\\s?(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCALE_COMMENT = Pattern.compile("#\\s*locale\\s*:\\s*(\\S+)\\s*", Pattern.CASE_INSENSITIVE);

    /** Reads every transcript file named or found under the given paths. */
    public TranscriptBatch read(List<Path> paths) {
        List<Transcript> transcripts = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : files(path, errors)) {
                try {
                    for (Transcript transcript : readFile(file, errors)) {
                        Turn tooLong = transcript.turns().stream()
                                .filter(t -> Turn.tooLong(t.index(), t.speaker(), t.text()) != null).findFirst().orElse(null);
                        if (tooLong == null) transcripts.add(transcript);
                        else errors.add(new InputError(file.toString(), tooLong.line(), "text", "transcript '"
                                + transcript.id() + "': " + Turn.tooLong(tooLong.index(), tooLong.speaker(), tooLong.text())
                                + "; the transcript is not graded"));
                    }
                } catch (TranscriptFormatException e) {
                    errors.add(new InputError(file.toString(), e.line(), e.field(), e.getMessage()));
                }
            }
        }
        return new TranscriptBatch(transcripts, errors);
    }

    private static List<Path> files(Path path, List<InputError> errors) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                return walk.filter(Files::isRegularFile).filter(p -> TranscriptFormat.of(p).isPresent())
                        .sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                errors.add(new InputError(path.toString(), null, "cannot list folder: " + e.getMessage()));
                return List.of();
            }
        }
        if (!Files.exists(path)) {
            errors.add(new InputError(path.toString(), null, "no such file or folder"));
            return List.of();
        }
        if (!Files.isRegularFile(path)) {
            // reading a named pipe or a device would wait for a writer that may never come
            errors.add(new InputError(path.toString(), null,
                    "not a regular file (a pipe, device or socket): only files and folders of them are read"));
            return List.of();
        }
        if (TranscriptFormat.of(path).isEmpty()) {
            errors.add(new InputError(path.toString(), null,
                    "not a transcript file: expected a .json, .txt or .csv extension"));
            return List.of();
        }
        return List.of(path);
    }

    /**
     * Reads one file in the format its extension names. Problems with single transcripts of a CSV file
     * (a bad row) are added to {@code errors} and the file's other transcripts are returned; a problem
     * with the file as a whole is thrown.
     */
    public List<Transcript> readFile(Path file, List<InputError> errors) throws TranscriptFormatException {
        TranscriptFormat format = TranscriptFormat.of(file).orElseThrow(() -> new TranscriptFormatException(null,
                "not a transcript file: expected a .json, .txt or .csv extension"));
        String source = file.toString();
        String text = content(file);
        String name = file.getFileName().toString();
        return switch (format) {
            case JSON -> readJson(text, source, name);
            case TEXT -> List.of(readText(text, source, stripExtension(name)));
            case CSV -> readCsv(text, source, errors);
        };
    }

    private static String content(Path file) throws TranscriptFormatException {
        try {
            return TextFile.read(file);
        } catch (TextFileException e) {
            throw new TranscriptFormatException(e.line() > 0 ? e.line() : null, e.getMessage());
        }
    }

    static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    // ---- JSON ---------------------------------------------------------------------------------

    /**
     * One transcript object or an array of them. A transcript without an {@code id} takes the file
     * name; in an array, the file name and its position ({@code name#2}) keep ids apart.
     */
    public static List<Transcript> readJson(String text, String source, String fileName)
            throws TranscriptFormatException {
        try (JsonParser p = JSON.createParser(text)) {
            JsonToken first = p.nextToken();
            List<Transcript> result = new ArrayList<>();
            if (first == JsonToken.START_OBJECT) {
                result.add(jsonTranscript(p, source, fileName, ""));
            } else if (first == JsonToken.START_ARRAY) {
                int position = 0;
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    position++;
                    if (t != JsonToken.START_OBJECT) {
                        throw new TranscriptFormatException(line(p), "[" + (position - 1) + "]", "array element " + position
                                + " is not a transcript object");
                    }
                    result.add(jsonTranscript(p, source, fileName + "#" + position, "[" + (position - 1) + "]."));
                }
                if (result.isEmpty()) throw new TranscriptFormatException(line(p), "the array holds no transcripts");
            } else if (first == null) {
                throw new TranscriptFormatException(null, "the file is empty");
            } else {
                throw new TranscriptFormatException(line(p),
                        "expected a transcript object or an array of them, found " + first.asString());
            }
            if (p.nextToken() != null) {
                throw new TranscriptFormatException(line(p), "unexpected content after the transcript");
            }
            return result;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new TranscriptFormatException(at == null || at.getLineNr() < 1 ? null : at.getLineNr(),
                    plain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new TranscriptFormatException(null, e.getMessage());
        }
    }

    /** Jackson's messages name locations as "[Source: ...; line: 5, column: 5]"; a reader wants "line 5". */
    private static String plain(String message) {
        return message.replaceAll("\\[Source: [^\\]]*?line: (\\d+), column: \\d+\\]", "line $1").strip();
    }

    /** {@code path} is the transcript's place in the file as a JSON path prefix: "" or "[2]." in an array. */
    private static Transcript jsonTranscript(JsonParser p, String source, String defaultId, String path)
            throws IOException, TranscriptFormatException {
        int objectLine = line(p);
        String id = null;
        String locale = null;
        List<Turn> turns = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "id" -> {
                    if (value == JsonToken.VALUE_NULL) break;
                    if (!value.isScalarValue() || value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                        throw new TranscriptFormatException(line(p), path + "id", "field 'id' must be a string");
                    }
                    id = p.getText().trim();
                    if (id.isEmpty()) throw new TranscriptFormatException(line(p), path + "id", "field 'id' is empty");
                }
                case "locale" -> {
                    if (value == JsonToken.VALUE_NULL) break;
                    if (value != JsonToken.VALUE_STRING) {
                        throw new TranscriptFormatException(line(p), path + "locale", "field 'locale' must be a locale id such as \"en-GB\"");
                    }
                    locale = p.getText();
                }
                case "turns" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw new TranscriptFormatException(line(p), path + "turns", "field 'turns' must be an array of turns");
                    }
                    turns = jsonTurns(p, path + "turns");
                }
                default -> p.skipChildren(); // other fields (trainee, date, a previous grade) are not ours to read
            }
        }
        String name = id != null ? id : defaultId;
        if (turns == null) {
            throw new TranscriptFormatException(objectLine, path + "turns", "transcript '" + name + "' has no 'turns' field");
        }
        if (turns.isEmpty()) {
            throw new TranscriptFormatException(objectLine, path + "turns", "transcript '" + name + "' has no turns");
        }
        return new Transcript(name, source, turns, locale, objectLine);
    }

    private static List<Turn> jsonTurns(JsonParser p, String path) throws IOException, TranscriptFormatException {
        List<Turn> turns = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            int turnLine = line(p);
            String at = path + "[" + turns.size() + "]";
            if (t != JsonToken.START_OBJECT) {
                throw new TranscriptFormatException(turnLine, at, "turn " + turns.size() + " is not an object");
            }
            int textLine = turnLine;
            Speaker speaker = null;
            String text = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "speaker" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw new TranscriptFormatException(line(p), at + ".speaker", "turn " + turns.size()
                                    + ": field 'speaker' must be a string");
                        }
                        String label = p.getText();
                        speaker = SpeakerLabels.speaker(label).orElseThrow(() -> new TranscriptFormatException(
                                line(p), at + ".speaker", "turn " + turns.size() + ": unknown speaker '" + label + "' (expected "
                                        + SpeakerLabels.ACCEPTED + ")"));
                    }
                    case "text" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw new TranscriptFormatException(line(p), at + ".text", "turn " + turns.size()
                                    + ": field 'text' must be a string");
                        }
                        textLine = line(p);
                        text = p.getText();
                    }
                    default -> p.skipChildren();
                }
            }
            if (speaker == null) {
                throw new TranscriptFormatException(turnLine, at + ".speaker", "turn " + turns.size() + " has no 'speaker' field");
            }
            if (text == null) {
                throw new TranscriptFormatException(turnLine, at + ".text", "turn " + turns.size() + " has no 'text' field");
            }
            turns.add(new Turn(turns.size(), speaker, text, textLine));
        }
        return turns;
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    // ---- labelled text ------------------------------------------------------------------------

    /**
     * One {@code Label: text} utterance per line; blank lines and lines starting with # are skipped, except
     * that a comment {@code # locale: en-GB} says where the client lives.
     */
    public static Transcript readText(String text, String source, String id) throws TranscriptFormatException {
        List<Turn> turns = new ArrayList<>();
        String locale = null;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            String trimmed = line.strip();
            Matcher named = LOCALE_COMMENT.matcher(trimmed);
            if (named.matches()) {
                if (locale != null && !locale.equals(named.group(1))) {
                    throw new TranscriptFormatException(k + 1, "# locale", "a second '# locale:' line names " + named.group(1) + " after " + locale);
                }
                locale = named.group(1);
                continue;
            }
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            Matcher m = LABELLED.matcher(line);
            if (!m.matches()) {
                String shown = trimmed.length() > 40 ? trimmed.substring(0, 40) + "..." : trimmed;
                throw new TranscriptFormatException(k + 1, "speaker label", "line has no speaker label (expected Client:, Trainee:, "
                        + "C:, T:, Therapist:, Counselor: or Patient:): \"" + shown + "\"");
            }
            Speaker speaker = SpeakerLabels.speaker(m.group(1)).orElseThrow();
            turns.add(new Turn(turns.size(), speaker, m.group(2).strip(), k + 1));
        }
        if (turns.isEmpty()) throw new TranscriptFormatException(null, "no labelled utterances in the file");
        return new Transcript(id, source, turns, locale, turns.get(0).line());
    }

    // ---- CSV ----------------------------------------------------------------------------------

    private static final List<String> SPEAKER_COLUMNS = List.of("speaker", "interlocutor", "role");
    private static final List<String> TEXT_COLUMNS = List.of("text", "utterance_text", "utterance");

    /**
     * A header row and one utterance per row, grouped into transcripts by {@code transcript_id} in
     * order of first appearance. A bad row costs only its own transcript, which is reported in
     * {@code errors}; a file without the needed columns is thrown.
     */
    public static List<Transcript> readCsv(String text, String source, List<InputError> errors)
            throws TranscriptFormatException {
        List<Csv.Row> rows = Csv.parse(text);
        if (rows.isEmpty()) throw new TranscriptFormatException(null, "the file is empty");
        Csv.Row header = rows.get(0);
        Map<String, Integer> columns = Csv.columnIndex(header.cells());
        List<String> missing = new ArrayList<>();
        Integer idColumn = columns.get("transcript_id");
        if (idColumn == null) missing.add("transcript_id");
        Integer speakerColumn = first(columns, SPEAKER_COLUMNS);
        if (speakerColumn == null) missing.add("a speaker column (speaker, interlocutor or role)");
        Integer textColumn = first(columns, TEXT_COLUMNS);
        if (textColumn == null) missing.add("a text column (text, utterance_text or utterance)");
        if (!missing.isEmpty()) {
            throw new TranscriptFormatException(header.line(), "header lacks " + String.join(", ", missing)
                    + "; found " + String.join(", ", header.cells()));
        }
        Integer localeColumn = columns.get("locale");
        int width = header.cells().size();
        Map<String, List<Turn>> byId = new LinkedHashMap<>();
        Map<String, String> locales = new LinkedHashMap<>();
        Map<String, InputError> broken = new LinkedHashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            List<String> cells = row.cells();
            String id = idColumn < cells.size() ? cells.get(idColumn).strip() : "";
            if (id.isEmpty()) {
                errors.add(new InputError(source, row.line(), "transcript_id", "row has no transcript_id; the row was skipped"));
                continue;
            }
            if (broken.containsKey(id)) continue;
            String problem = null;
            String column = null;
            Optional<Speaker> speaker = Optional.empty();
            if (cells.size() != width) {
                problem = "row has " + cells.size() + " fields but the header has " + width;
            } else {
                speaker = SpeakerLabels.speaker(cells.get(speakerColumn));
                if (speaker.isEmpty()) {
                    column = header.cells().get(speakerColumn);
                    problem = "unknown speaker '" + cells.get(speakerColumn) + "' (expected " + SpeakerLabels.ACCEPTED
                            + ")";
                }
                String locale = localeColumn == null ? "" : cells.get(localeColumn).strip();
                if (problem == null && !locale.isEmpty()) {
                    String before = locales.putIfAbsent(id, locale);
                    if (before != null && !before.equals(locale)) {
                        problem = "locale " + locale + " differs from " + before + " on an earlier row";
                        column = header.cells().get(localeColumn);
                    }
                }
            }
            if (problem != null) {
                broken.put(id, new InputError(source, row.line(), column, "transcript '" + id + "': " + problem
                        + "; the transcript was not read"));
                byId.remove(id);
                continue;
            }
            List<Turn> turns = byId.computeIfAbsent(id, k -> new ArrayList<>());
            turns.add(new Turn(turns.size(), speaker.orElseThrow(), cells.get(textColumn), row.line()));
        }
        errors.addAll(broken.values());
        if (byId.isEmpty() && broken.isEmpty()) {
            throw new TranscriptFormatException(header.line(), "the file has a header but no utterances");
        }
        List<Transcript> result = new ArrayList<>();
        byId.forEach((id, turns) -> result.add(new Transcript(id, source, turns, locales.get(id), turns.get(0).line())));
        return result;
    }

    private static Integer first(Map<String, Integer> columns, List<String> names) {
        for (String n : names) {
            if (columns.containsKey(n)) return columns.get(n);
        }
        return null;
    }
}
