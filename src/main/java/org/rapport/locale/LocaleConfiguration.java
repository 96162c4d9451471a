package org.rapport.locale;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The locale catalogue under the rubrics folder, with the programme default from {@code rapport.locale}
 * (the environment variable {@code RAPPORT_LOCALE}), {@value LocaleCatalogue#FALLBACK_DEFAULT} if unset.
 */
@Configuration(proxyBeanMethods = false)
@Lazy
public class LocaleConfiguration {

    @Bean
    @Lazy
    public LocaleCatalogue localeCatalogue(@Value("${rapport.rubrics-dir:rubrics}") String rubrics,
            @Value("${rapport.locale:}") String programmeDefault) {
        return LocaleCatalogue.load(Path.of(rubrics).resolve(LocaleCatalogue.FILE), programmeDefault);
    }
}
