package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.scenario.ScenarioLibrary;
import org.rapport.scenario.ScenarioLoader;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;

/** Tab on a scenario id, through the shell's own completer, as a trainee at the prompt would press it. */
class ScenarioIdCompletionTest {

    static final List<String> IDS = List.of("first-session", "llm-persona");

    private final ScenarioIdCompletion completion = new ScenarioIdCompletion(new StaticListableBeanFactory(
            Map.of("library", new ScenarioLibrary(Path.of("src/test/resources/scenarios/valid"), new ScenarioLoader())))
            .getBeanProvider(ScenarioLibrary.class));

    private final CommandCompleter completer = new ArgumentCompleter(new CommandRegistry(Set.of(
            Command.builder().name("scenario show").completionProvider(completion).execute(ctx -> "shown"),
            Command.builder().name("start").completionProvider(completion)
                    .options(option("trainee", String.class), option("client", String.class), option("exam", boolean.class))
                    .execute(ctx -> "started"))));

    private static CommandOption option(String name, Class<?> type) {
        return CommandOption.with().longName(name).type(type).build();
    }

    private List<String> tab(String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE), candidates);
        return candidates.stream().map(Candidate::value).filter(IDS::contains).toList();
    }

    @ParameterizedTest(name = "\"{0}<Tab>\" offers ids: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            scenario show                  | true
            start                          | true
            start --exam                   | true
            start --trainee sam            | true
            start --trainee=sam            | true
            start --trainee                | false
            start --client                 | false
            start first-session            | false
            start first-session --exam     | false
            """)
    void offersScenarioIdsWhereAnIdIsExpected(String typed, boolean offered) {
        List<String> ids = tab(typed + " ");

        if (offered) assertThat(ids).containsExactlyElementsOf(IDS);
        else assertThat(ids).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}<Tab>\" offers {1}")
    @CsvSource(delimiter = '|', textBlock = """
            scenario show fi          | first-session
            start l                   | llm-persona
            start --exam fir          | first-session
            start --trainee sam llm   | llm-persona
            start zzz                 | ''
            start --trainee fi        | ''
            """)
    void finishesAPartlyTypedId(String typed, String expected) {
        List<String> ids = tab(typed);

        if (expected.isEmpty()) assertThat(ids).isEmpty();
        else assertThat(ids).containsExactly(expected);
    }

    @Test
    void stillCompletesCommandNamesAndOptions() {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse("scenario sh", 11, Parser.ParseContext.COMPLETE), candidates);
        assertThat(candidates).extracting(Candidate::value).contains("show");

        candidates.clear();
        completer.complete(null, new DefaultParser().parse("start --tr", 10, Parser.ParseContext.COMPLETE), candidates);
        assertThat(candidates).extracting(Candidate::value).contains("--trainee");
    }

    @Test
    void narrowsToTheTypedPrefixAndDescribesEachId() {
        CompletionContext typedFi = new CompletionContext(List.of("scenario", "show", "fi"), 2, 2,
                Command.builder().name("scenario show").execute(ctx -> ""), null);

        List<CompletionProposal> proposals = completion.apply(typedFi);

        assertThat(proposals).extracting(CompletionProposal::value).containsExactly("first-session");
        assertThat(proposals.get(0).description()).isEqualTo("Jordan, 34: the sister's idea");
    }
}
