package org.rapport.scenario;

import java.util.List;
import java.util.Optional;
import org.rapport.client.ClientState;
import org.rapport.client.StateModel;

/**
 * A practice scenario: who the client is, what the trainee should practise, and (for scripted
 * clients) the beats of the conversation. The first beat opens the session.
 *
 * @param mode "scripted" or "llm"; an LLM scenario may still carry beats (injected boundary tests,
 *             offline fallback lines)
 * @param locale where the client lives ({@code en-GB}, ...), which decides the crisis resources and
 *               ethics code feedback names; null when the file names none (the programme default applies)
 */
public record Scenario(String id, String title, String presentation, String difficulty, String mode,
        String summary, ClientProfile client, List<Objective> objectives, ClientState start, List<Beat> beats,
        String locale, StateModel stateModel) {

    public Scenario {
        objectives = List.copyOf(objectives);
        beats = List.copyOf(beats);
        stateModel = stateModel == null ? StateModel.DEFAULT : stateModel;
    }

    /** A scenario whose client follows the default {@link StateModel}. */
    public Scenario(String id, String title, String presentation, String difficulty, String mode,
            String summary, ClientProfile client, List<Objective> objectives, ClientState start, List<Beat> beats,
            String locale) {
        this(id, title, presentation, difficulty, mode, summary, client, objectives, start, beats, locale, StateModel.DEFAULT);
    }

    /** A scenario that names no locale. */
    public Scenario(String id, String title, String presentation, String difficulty, String mode,
            String summary, ClientProfile client, List<Objective> objectives, ClientState start, List<Beat> beats) {
        this(id, title, presentation, difficulty, mode, summary, client, objectives, start, beats, null);
    }

    /** The client's locale, or the programme default of {@code catalogue} when the file names none. */
    public org.rapport.locale.ServiceLocale serviceLocale(org.rapport.locale.LocaleCatalogue catalogue) {
        return catalogue.resolve(locale);
    }

    public Optional<Beat> beat(String beatId) {
        return beats.stream().filter(b -> b.id().equals(beatId)).findFirst();
    }

    /**
     * The risk this scenario declares for a client line: for a line from a beat, the beat's {@code risk};
     * for an LLM persona's own line (no beat), the persona's risk when {@code replyBefore}, the reply the line
     * answers, asked for it ({@link PersonaRisk#askedBy}); else null. Derived from what a session stores (the
     * line's beat and the scores of the replies), so resuming and re-scoring a session declare the same.
     */
    public org.rapport.rubric.RiskKind declaredRisk(String beatId, org.rapport.rubric.TurnScore replyBefore) {
        if (beatId != null) return beat(beatId).map(Beat::risk).orElse(null);
        PersonaRisk carried = client == null ? null : client.risk();
        return carried != null && carried.askedBy(replyBefore) ? carried.kind() : null;
    }

    public Beat firstBeat() {
        return beats.get(0);
    }
}
