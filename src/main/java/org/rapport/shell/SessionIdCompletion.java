package org.rapport.shell;

import java.util.List;
import org.rapport.session.PracticeSessions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.stereotype.Component;

/** Completes session ids, newest first, with trainee and scenario: {@code review <Tab>}, {@code resume <Tab>}. */
@Component("sessionIdCompletion")
public class SessionIdCompletion extends FirstArgumentCompletion {

    private final ObjectProvider<PracticeSessions> sessions;

    public SessionIdCompletion(ObjectProvider<PracticeSessions> sessions) {
        this.sessions = sessions;
    }

    @Override
    protected List<CompletionProposal> candidates(String typed) {
        try {
            return sessions.getObject().list(null).stream()
                    .filter(s -> s.id().startsWith(typed))
                    .map(s -> new CompletionProposal(s.id())
                            .description(s.trainee() + ", " + s.scenarioId() + ", " + s.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                            .category("sessions"))
                    .toList();
        } catch (RuntimeException e) {
            // No database to read (locked by another process, unreachable): completion offers nothing.
            return List.of();
        }
    }
}
