package org.rapport.locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read locale file " + file, e);
        }
        FileContents contents;
        try {
            contents = YAML.readValue(text, FileContents.class);
        } catch (JsonMappingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String field = e.getPath().isEmpty() ? "" : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw new LocaleFormatException(file, line, field == null ? "" : field, e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new LocaleFormatException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
                    "not valid YAML: " + e.getOriginalMessage());
        }
        if (contents == null || contents.locales() == null || contents.locales().isEmpty()) {
            throw new LocaleFormatException(file, 1, "locales", "missing; list the locales (id:, country:, emergency:, crisis_lines:, ...)");
        }
        Map<String, ServiceLocale> byId = new LinkedHashMap<>();
        for (ServiceLocale l : contents.locales()) {
            int line = lineOf(text, l.id());
            if (l.id() == null || !TAG.matcher(l.id()).matches()) {
                throw new LocaleFormatException(file, line, "id", "'" + l.id() + "' is not a language-region tag such as en-GB");
            }
            require(file, line, "country", l.country());
            require(file, line, "emergency", l.emergency());
            require(file, line, "child_protection", l.childProtection());
            require(file, line, "ethics_code", l.ethicsCode());
            if (l.crisisLines().isEmpty()) {
                throw new LocaleFormatException(file, line, "crisis_lines", "needs at least one crisis line");
            }
            for (CrisisLine c : l.crisisLines()) {
                require(file, line, "crisis_lines.name", c.name());
                require(file, line, "crisis_lines.number", c.number());
            }
            if (byId.put(l.id(), l) != null) {
                throw new LocaleFormatException(file, line, "id", "locale " + l.id() + " is listed twice");
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
                    String dir = System.getProperty("rapport.rubrics-dir", "rubrics");
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

    private static void require(Path file, int line, String field, String value) {
        if (value == null || value.isBlank()) throw new LocaleFormatException(file, line, field, "missing");
    }

    private static int lineOf(String text, String id) {
        if (id == null) return 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("\\s*-?\\s*id:\\s*" + Pattern.quote(id) + "\\s*")) return i + 1;
        }
        return 0;
    }
}
