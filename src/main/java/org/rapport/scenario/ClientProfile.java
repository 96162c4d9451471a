package org.rapport.scenario;

import java.util.List;

/**
 * Who the client is: demographics, their story in their own terms, and a cognitive model
 * (history, beliefs, coping, automatic thoughts, emotions, behaviours) that an LLM persona plays from.
 * Lists are never null; empty where a scripted scenario leaves them out. {@code risk} is a risk an LLM
 * persona keeps back until asked well ({@link PersonaRisk}), or null.
 */
public record ClientProfile(String name, int age, String gender, String pronouns, String culture,
        String background, String presentingConcern, String history, List<String> coreBeliefs,
        List<String> intermediateBeliefs, List<String> copingStrategies, List<String> automaticThoughts,
        List<String> emotions, List<String> behaviours, ConversationalStyle style, PersonaRisk risk) {

    /** A client who carries no persona risk. */
    public ClientProfile(String name, int age, String gender, String pronouns, String culture,
            String background, String presentingConcern, String history, List<String> coreBeliefs,
            List<String> intermediateBeliefs, List<String> copingStrategies, List<String> automaticThoughts,
            List<String> emotions, List<String> behaviours, ConversationalStyle style) {
        this(name, age, gender, pronouns, culture, background, presentingConcern, history, coreBeliefs, intermediateBeliefs,
                copingStrategies, automaticThoughts, emotions, behaviours, style, null);
    }

    public ClientProfile {
        coreBeliefs = nonNull(coreBeliefs);
        intermediateBeliefs = nonNull(intermediateBeliefs);
        copingStrategies = nonNull(copingStrategies);
        automaticThoughts = nonNull(automaticThoughts);
        emotions = nonNull(emotions);
        behaviours = nonNull(behaviours);
    }

    private static List<String> nonNull(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
