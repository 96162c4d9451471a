package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapport.rubric.RubricLibrary;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;

/** Tab after {@code rubric show} offers the rubric ids with their titles. */
class RubricIdCompletionTest {

    private final RubricIdCompletion completion = new RubricIdCompletion(new StaticListableBeanFactory(
            Map.of("rubrics", RubricLibrary.load(Path.of("rubrics")))).getBeanProvider(RubricLibrary.class));

    private List<CompletionProposal> tab(String... words) {
        return completion.apply(new CompletionContext(List.of(words), words.length - 1, words[words.length - 1].length(),
                Command.builder().name("rubric show").execute(ctx -> ""), null));
    }

    @Test
    void offersTheShippedRubricWithItsTitle() {
        List<CompletionProposal> proposals = tab("rubric", "show", "co");

        assertThat(proposals).extracting(CompletionProposal::value).containsExactly("core");
        assertThat(proposals.get(0).description()).isNotBlank();
    }

    @Test
    void offersNothingOnceTheIdIsGiven() {
        assertThat(tab("rubric", "show", "core", "")).isEmpty();
    }
}
