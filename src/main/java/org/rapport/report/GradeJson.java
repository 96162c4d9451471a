package org.rapport.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;

/** Writes a {@link GradeReport} as the grade JSON: snake_case fields, nulls kept where they mean "does not apply". */
public final class GradeJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private GradeJson() {
    }

    public static void write(GradeReport report, Writer out) throws IOException {
        MAPPER.writeValue(out, report);
        out.write(System.lineSeparator());
        out.flush();
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
