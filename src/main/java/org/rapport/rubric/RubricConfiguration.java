package org.rapport.rubric;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The rubric library from {@code rapport.rubrics-dir} (default {@code rubrics}, relative to the working
 * directory) and the default engine for rubric {@code core}. Other rubrics' engines come from
 * {@link RubricLibrary#engine(String)}. The embedding model loads on the first score, not here.
 */
@Configuration(proxyBeanMethods = false)
public class RubricConfiguration {

    public static final String DEFAULT_RUBRIC = "core";

    @Bean
    @Lazy
    public RubricLibrary rubricLibrary(@Value("${rapport.rubrics-dir:rubrics}") String directory) {
        return RubricLibrary.load(Path.of(directory));
    }

    @Bean
    @Lazy
    public RubricEngine rubricEngine(RubricLibrary library) {
        return library.engine(DEFAULT_RUBRIC);
    }
}
