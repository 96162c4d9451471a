package org.rapport.locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapport.authoring.TextFile;
import org.rapport.authoring.TextFileException;
import org.rapport.authoring.YamlProblem;

/**
 * The locales a programme can set scenarios in ({@code rubrics/locales/locales.yaml}), and the
 * programme's default for scenarios that name none.
 */
public final class LocaleCatalogue {

    /** The locale of a scenario that names none when the programme sets no other. */
    public static final String FALLBACK_DEFAULT = "en-US";
    /** Where the catalogue lives under the rubrics folder. */
    public static final String FILE = "locales/locales.yaml";

    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}-[A-Z]{2}");
    private static final YAMLMapper YAML = (YAMLMapper) YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a key written twice would otherwise keep its second value without a word
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static volatile LocaleCatalogue shipped;

    private final Map<String, ServiceLocale> locales;
    private final String defaultId;

    private LocaleCatalogue(Map<String, ServiceLocale> locales, String defaultId) {
        this.locales = locales;
        this.defaultId = defaultId;
    }

    private record FileContents(List<ServiceLocale> locales) {
    }

    /**
     * Reads a catalogue file. {@code defaultId} is the programme default (blank: {@value #FALLBACK_DEFAULT});
     * it must be one of the file's locales.
     */
    public static LocaleCatalogue load(Path file, String defaultId) {
        String text;
        try {
            text = TextFile.read(file);
        } catch (TextFileException e) {
            throw new LocaleFormatException(file, e.line(), "", e.getMessage());
        }
        FileContents contents;
        try (JsonParser parser = YAML.createParser(text)) {
            contents = parser.nextToken() == null ? null : YAML.readValue(parser, FileContents.class);
            int second = contents == null ? 0 : YamlProblem.secondDocument(parser, text);
            if (second > 0) throw new LocaleFormatException(file, second, "", YamlProblem.secondDocumentAt(second, "the locale file").message());
        } catch (JsonProcessingException e) {
            YamlProblem p = YamlProblem.of(e, text);
            throw new LocaleFormatException(file, p.line(), p.field(), p.message());
        } catch (IOException e) {
            throw new LocaleFormatException(file, 0, "", "cannot be read");
        }
        if (contents == null || contents.locales() == null || contents.locales().isEmpty()) {
            throw new LocaleFormatException(file, 1, "locales", "missing; list the locales (id:, country:, emergency:, crisis_lines:, ...)");
        }
        Map<String, ServiceLocale> byId = new LinkedHashMap<>();
        for (int i = 0; i < contents.locales().size(); i++) {
            ServiceLocale l = contents.locales().get(i);
            String at = "/locales/" + i;
            if (l == null) throw new LocaleFormatException(file, YamlProblem.lineOf(text, at), YamlProblem.field(at), "is empty");
            if (l.id() == null || !TAG.matcher(l.id()).matches()) {
                throw new LocaleFormatException(file, YamlProblem.lineOf(text, at + "/id"), YamlProblem.field(at + "/id"),
                        "'" + l.id() + "' is not a language-region tag such as en-GB");
            }
            require(file, text, at + "/country", l.country());
            require(file, text, at + "/emergency", l.emergency());
            require(file, text, at + "/child_protection", l.childProtection());
            require(file, text, at + "/ethics_code", l.ethicsCode());
            if (l.crisisLines().isEmpty()) {
                throw new LocaleFormatException(file, YamlProblem.lineOf(text, at + "/crisis_lines"), YamlProblem.field(at + "/crisis_lines"),
                        "needs at least one crisis line");
            }
            for (int j = 0; j < l.crisisLines().size(); j++) {
                CrisisLine c = l.crisisLines().get(j);
                String line = at + "/crisis_lines/" + j;
                if (c == null) throw new LocaleFormatException(file, YamlProblem.lineOf(text, line), YamlProblem.field(line), "is empty");
                require(file, text, line + "/name", c.name());
                require(file, text, line + "/number", c.number());
            }
            if (byId.put(l.id(), l) != null) {
                throw new LocaleFormatException(file, YamlProblem.lineOf(text, at + "/id"), YamlProblem.field(at + "/id"),
                        "locale " + l.id() + " is listed twice");
            }
        }
        String chosen = defaultId == null || defaultId.isBlank() ? FALLBACK_DEFAULT : defaultId.trim();
        if (!byId.containsKey(chosen)) {
            throw new IllegalArgumentException("the programme locale '" + chosen + "' (RAPPORT_LOCALE) is not in " + file
                    + "; use one of " + String.join(", ", byId.keySet()));
        }
        return new LocaleCatalogue(Map.copyOf(byId), chosen);
    }

    /**
     * The catalogue under the rubrics folder the application uses ({@code rapport.rubrics-dir}, else
     * {@code rubrics}), with the default from {@code RAPPORT_LOCALE}; read once.
     */
    public static LocaleCatalogue shipped() {
        LocaleCatalogue c = shipped;
        if (c == null) {
            synchronized (LocaleCatalogue.class) {
                c = shipped;
                if (c == null) {
                    String dir = System.getProperty("rapport.rubrics-dir");
                    if (dir == null) dir = System.getenv("RAPPORT_RUBRICS_DIR");
                    if (dir == null || dir.isBlank()) dir = "rubrics";
                    c = load(Path.of(dir).resolve(FILE), System.getenv("RAPPORT_LOCALE"));
                    shipped = c;
                }
            }
        }
        return c;
    }

    public Set<String> ids() {
        return locales.keySet();
    }

    public Optional<ServiceLocale> find(String id) {
        return Optional.ofNullable(id == null ? null : locales.get(id));
    }

    /** The programme default. */
    public ServiceLocale defaultLocale() {
        return locales.get(defaultId);
    }

    /** The locale with this id, or the programme default when {@code id} is null. */
    public ServiceLocale resolve(String id) {
        if (id == null) return defaultLocale();
        ServiceLocale l = locales.get(id);
        if (l == null) throw new IllegalArgumentException("no locale '" + id + "'; use one of " + String.join(", ", ids()));
        return l;
    }

    /** A required value, reported at its own line or, when the key is absent, at its locale's. */
    private static void require(Path file, String text, String pointer, String value) {
        if (value == null || value.isBlank()) {
            throw new LocaleFormatException(file, YamlProblem.lineOf(text, pointer), YamlProblem.field(pointer), "missing");
        }
    }
}
