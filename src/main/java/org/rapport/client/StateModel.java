package org.rapport.client;

import java.util.List;

/**
 * How fast a client's state follows the session, as scenario data ({@code state_model:} in a scenario
 * file). People do not change at the pace of single replies: one good reflection does not resolve what
 * brought someone in, and opening a painful topic can raise distress before it eases it.
 *
 * @param trustGain            trust gained by a reply the client feels understood by (mean of empathy and
 *                             active listening 4 or more)
 * @param trustLoss            trust lost by a poor reply (mean 2 or less) or one that judges, moralises,
 *                             orders, warns or name-calls
 * @param reliefAfter          empathic replies (empathy 4 or more) it takes to ease distress by one
 * @param maxRelief            how far distress can fall below where the session started, in one session
 * @param openingDistress      distress added when the client opens up (discloses {@code openingAt} or more
 *                             at once)
 * @param openingAt            the disclosure gained in one turn that counts as opening a topic
 * @param disclosureNeedsTrust the trust below which an inviting reply does not yet bring more disclosure
 */
public record StateModel(int trustGain, int trustLoss, int reliefAfter, int maxRelief, int openingDistress, int openingAt,
        int disclosureNeedsTrust) {

    /** The parameters every scenario has unless its {@code state_model:} says otherwise. */
    public static final StateModel DEFAULT = new StateModel(1, 1, 2, 3, 1, 2, 4);

    /** The keys of {@code state_model:}, in the order of the record's components. */
    public static final List<String> KEYS = List.of("trust_gain", "trust_loss", "relief_after", "max_relief",
            "opening_distress", "opening_at", "disclosure_needs_trust");

    public StateModel {
        if (reliefAfter < 1) throw new IllegalArgumentException("relief_after must be at least 1");
    }

    /** The value of one key, for printing and for defaults. */
    public int get(String key) {
        return switch (key) {
            case "trust_gain" -> trustGain;
            case "trust_loss" -> trustLoss;
            case "relief_after" -> reliefAfter;
            case "max_relief" -> maxRelief;
            case "opening_distress" -> openingDistress;
            case "opening_at" -> openingAt;
            case "disclosure_needs_trust" -> disclosureNeedsTrust;
            default -> throw new IllegalArgumentException("no state_model key '" + key + "'");
        };
    }

    /** A model from values by key; missing keys take the defaults. */
    public static StateModel of(java.util.Map<String, Integer> values) {
        int[] v = new int[KEYS.size()];
        for (int i = 0; i < v.length; i++) v[i] = values.getOrDefault(KEYS.get(i), DEFAULT.get(KEYS.get(i)));
        return new StateModel(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    /** Lowest and highest value each key accepts. */
    public static int min(String key) {
        return key.equals("relief_after") ? 1 : 0;
    }

    public static int max(String key) {
        return 10;
    }
}
