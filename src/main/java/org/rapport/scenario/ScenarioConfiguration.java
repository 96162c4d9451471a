package org.rapport.scenario;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Scenario services; lazy so that a shell command that needs no scenario never reads the folder. */
@Configuration(proxyBeanMethods = false)
@Lazy
@org.springframework.context.annotation.Import(org.rapport.locale.LocaleConfiguration.class)
public class ScenarioConfiguration {

    @Bean
    @Lazy
    public ScenarioLoader scenarioLoader(org.rapport.locale.LocaleCatalogue localeCatalogue) {
        return new ScenarioLoader(localeCatalogue.ids());
    }

    /** Where the scripted scenarios' skilled and novice reply files are (checked by {@code scenario validate}). */
    @Bean
    @Lazy
    public ReplyFiles replyFiles(@Value("${rapport.replies-dir:src/test/resources/replies}") String folder) {
        return new ReplyFiles(Path.of(folder));
    }

    @Bean
    @Lazy
    public ScenarioLibrary scenarioLibrary(@Value("${rapport.scenarios-dir:scenarios}") String folder,
            ScenarioLoader scenarioLoader) {
        return new ScenarioLibrary(Path.of(folder), scenarioLoader);
    }
}
