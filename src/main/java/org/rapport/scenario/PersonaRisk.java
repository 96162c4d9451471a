package org.rapport.scenario;

import java.util.Locale;
import org.rapport.rubric.RiskKind;
import org.rapport.rubric.TurnScore;

/**
 * A risk an LLM persona carries and keeps to themselves until the trainee asks about it well, as many
 * clients do: {@code risk: {kind: suicide, disclose: when_asked, detail: ...}} under {@code client:}.
 * The model is told what to disclose only for the answer to a reply that asks directly about suicide or
 * self-harm (the engine's risk enquiry, the Columbia protocol's plain question) without a roadblock, and
 * that answer counts as a line declaring the risk: the reply to it is judged as a reply to that risk.
 *
 * @param kind     what the persona carries
 * @param disclose when they tell it
 * @param detail   what they tell, in the author's words (the model says it in the persona's own)
 */
public record PersonaRisk(RiskKind kind, Disclosure disclose, String detail) {

    /** When the persona tells what they carry. */
    public enum Disclosure {
        /** Only in answer to a direct, warm question about it; kept back otherwise. */
        WHEN_ASKED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public PersonaRisk {
        java.util.Objects.requireNonNull(kind, "kind");
        disclose = disclose == null ? Disclosure.WHEN_ASKED : disclose;
        detail = detail == null ? "" : detail.strip();
    }

    /**
     * Whether {@code reply} asks for the disclosure: directly about suicide or self-harm (the engine's risk
     * enquiry) and warmly enough that a client would answer it (no roadblock: not judging, warning or
     * moralising while asking). False for no reply (the opening).
     */
    public boolean askedBy(TurnScore reply) {
        return reply != null && reply.riskEnquiry() && reply.roadblocks().isEmpty();
    }
}
