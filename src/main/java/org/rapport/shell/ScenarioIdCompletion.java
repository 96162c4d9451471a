package org.rapport.shell;

import java.util.List;
import org.rapport.scenario.ScenarioLibrary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.stereotype.Component;

/**
 * Completes scenario ids, with their titles, as in {@code scenario show <Tab>} and {@code start <Tab>}.
 * Use it with {@code @Command(completionProvider = "scenarioIdCompletion")}.
 */
@Component("scenarioIdCompletion")
public class ScenarioIdCompletion extends FirstArgumentCompletion {

    private final ObjectProvider<ScenarioLibrary> library;

    public ScenarioIdCompletion(ObjectProvider<ScenarioLibrary> library) {
        this.library = library;
    }

    @Override
    protected List<CompletionProposal> candidates(String typed) {
        return library.getObject().all().stream()
                .filter(s -> s.id().startsWith(typed))
                .map(s -> new CompletionProposal(s.id()).description(s.title()).category("scenarios"))
                .toList();
    }
}
