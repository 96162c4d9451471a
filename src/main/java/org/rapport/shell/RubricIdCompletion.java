package org.rapport.shell;

import java.util.List;
import org.rapport.rubric.RubricLibrary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.stereotype.Component;

/** Completes rubric ids, with their titles: {@code rubric show <Tab>}, {@code rubric check <Tab>}. */
@Component("rubricIdCompletion")
public class RubricIdCompletion extends FirstArgumentCompletion {

    private final ObjectProvider<RubricLibrary> rubrics;

    public RubricIdCompletion(ObjectProvider<RubricLibrary> rubrics) {
        this.rubrics = rubrics;
    }

    @Override
    protected List<CompletionProposal> candidates(String typed) {
        try {
            return rubrics.getObject().all().stream()
                    .filter(r -> r.id().startsWith(typed))
                    .map(r -> new CompletionProposal(r.id()).description(r.title()).category("rubrics"))
                    .toList();
        } catch (RuntimeException e) {
            // A broken rubric file is reported by the command itself, not while completing.
            return List.of();
        }
    }
}
