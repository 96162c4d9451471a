package org.rapport.rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.rapport.judgement.Prediction;

/**
 * Phrases that disclose a risk on a client's line, and how the engine reads a line for risk. With the
 * trained risk-cue head, the head decides: the phrases are among its input features and the evidence a
 * trainee is shown, and only make a cue the head already flags a sure one; without heads they are the
 * fallback. They were written with the authored corpus in view, so their share of the corpus found is no
 * measure of how they do on new wordings (see docs/rubrics.md).
 */
public final class RiskCues {

    private static final Map<RiskKind, Pattern> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put(RiskKind.ACUTE_CRISIS, Pattern.compile("\\b(?:voices? (?:are |is )?(?:telling|tell|says?) me|the voice says|took (?:an|the whole|all my|a) (?:overdose|packet|tablets)"
                + "|taken (?:an overdose|a load of pills|something)|swallowed all|i'?m not safe|(?:don'?t|do not) feel safe with myself|don'?t trust myself to be on my own"
                + "|(?:pretty |so |really )?drunk right now|out of my head|off my face|i'?m high right now|bottle of vodka|won'?t stop bleeding|cut deep"
                + "|god told me to|demons? tell|coming for me tonight|poisoning my|invincible|sending me messages|haven'?t slept in (?:four|five|days)[^.]{0,40}(?:god|fly|messenger))"));
        PHRASES.put(RiskKind.SUICIDE, Pattern.compile("\\b(?:kill(?:ing)? myself|suicid\\w*|end(?:ing)? (?:my|it all|my own) ?life|end(?:ing)? it\\b|end it all|take my (?:own )?life|taking my life|want(?:ed)? to die|wish i (?:was|were) dead"
                + "|better off (?:dead|deid|without me|if i wasn'?t)|(?:not|never|didn'?t|don'?t) (?:to )?wake up|saving (?:up )?(?:my|the) (?:tablets|pills)|(?:stash|keeping back) (?:of )?my (?:pills|tablets|sleeping)"
                + "|won'?t be (?:a problem|a burden|around|here) (?:much|for) longer|(?:much|for) longer\\b.{0,10}put up with me|don'?t want to (?:be alive|live|be here)|tired of being alive"
                + "|kms|unalive|topping myself|do away with myself|finish(?:ing)? myself|take something to finish|stopping my heart pills|rather just go"
                + "|(?:no|the) point (?:in |of )?(?:going on|carrying on|living)|can'?t (?:do this|go on|keep going)(?: anymore| any more| like this)?\\b(?! at work)"
                + "|(?:i'?m|im) (?:so )?done with everything|disappear for good|stop existing|easier (?:for everyone )?if i (?:wasn'?t|weren'?t) here|(?:simpler|better) for them if i was gone"
                + "|nobody would (?:even )?(?:notice|care) if i|wouldn'?t matter to anyone if|if i died tomorrow|burden (?:to|on) (?:everyone|my)|nothing but a weight|call me home|asking god to let me go|forgot to take me"
                + "|a bus hit me|wouldn'?t matter if i crashed|plane goes down|don'?t see a future|no future for me|imagine being here next year"
                + "|goodbye notes?|letters? (?:to|for) my [a-z]+,? (?:just )?in case|giving my things away|gave my [a-z ]+ away|who gets what|bought (?:a|the) rope|hose for the car|bought the stuff"
                + "|insurance pays out|shotgun|looking at the gun|rifle out|saying my goodbyes|say(?:ing)? goodbye[^.]{0,30}last time|counted [a-z']+ pills|morphine is still|enough (?:pills|tablets) now"
                + "|none of this will matter|be over soon|none of it will be my problem|walk(?:ing)? into the (?:loch|sea)|thinking about (?:the beam|going over|jumping)|stood on the bridge|looked down for an hour)"));
        PHRASES.put(RiskKind.SELF_HARM, Pattern.compile("\\b(?:cutting (?:myself|again|on)|started cutting|the cutting|cut myself|self[- ]?harm\\w*|hurt(?:ing)? myself|burn(?:ing)? myself|on my (?:arm|wrist)s?\\b"
                + "|scratch[a-z]* [a-z ]*(?:bleed|till)|claw at my skin|bang my head|punch walls|punch myself|starving myself|make myself sick|as a punishment|to punish myself"
                + "|blade|razor|the marks|scars|compass on my arm|bite my hands|pull my hair out|extra tablets[^.]{0,30}blank|paracetamol to make|overdosed a bit|go for my arms)"));
        PHRASES.put(RiskKind.ABUSE, Pattern.compile("\\b(?:(?:hitting|hits|beats|beating|hurts|touches|smacks|kicks) (?:my|the|me|our) (?:little|son|daughter|kids?|children|boy|girl|baby|dog)"
                + "|gives the kids a belt|comes into my room at night|(?:it'?s )?our secret|not allowed to tell|no food in the house|(?:leave|leaves) the kids on their own|doesn'?t feed us"
                + "|takes [a-z']+ pension|taking money out of|cleared it out|wet sheets|tied my|bruises (?:on|from)|beaten at home|hits me with the belt|locks me out|locks [a-z]+ in"
                + "|asking my \\d+ year old|for photos|tells him not to tell|covered in bruises|marks on (?:her|his)|slap(?:ped)? (?:their|the) toddler|(?:only|is) (?:fourteen|14|15)[^.]{0,30}(?:man|lad)"
                + "|man in his (?:twenties|thirties)|older men pick up|dressings|left alone in the flat|throws things at me and my|take them off me|tell social services)"));
        PHRASES.put(RiskKind.DOMESTIC_VIOLENCE, Pattern.compile("\\b(?:(?:he|she) (?:hit|hits|beat|beats|punched|choked|strangled|slaps|slammed|pushed|smashed|forces) me|hits me\\b|scared to go home|(?:don'?t|do not) feel safe going home"
                + "|kill me (?:and the kids )?if i (?:leave|go)|hands round my neck|choked me|strangled me|checks my phone|controls all the money|tracks my phone|not allowed out|times me"
                + "|(?:broke|broken) my arm|black eye|bruises are from|frightened of (?:her|him)|pushes me around|threatens me|forces me|doesn'?t stop when i say no|make me do things in bed"
                + "|beat me|lock me in|take my passport|won'?t let me ring|husband hits me|violent|throws things at me|cuts on my face|hurt me if i ever left|(?:he|she|husband|wife|partner|boyfriend|girlfriend) (?:hit|hits) me)"));
        PHRASES.put(RiskKind.HARM_TO_OTHERS, Pattern.compile("\\b(?:going to (?:kill|hurt|stab|glass) (?:him|her|them)|i'?ll (?:kill|stab) (?:him|her|them)|kill that man|hurt(?:ing)? my ex|what i'?d do to her"
                + "|knife in the car|carry a blade|baseball bat|hurting my (?:boss|manager)|making (?:my supervisor|them all) pay|get back at my manager|shake the baby|could hurt her|wanted to hit him"
                + "|he'?s dead\\b|do him in|torch|setting fire|burn his car|all (?:to )?suffer|hurting people|pushed my mum|hit my wife|by the throat|i'?ve hit him|slapped her|shoved dad|glass him|hammer in the car)"));
    }

    private RiskCues() {
    }

    // Figures of speech that share risk words: "this job is killing me", "I could murder a pizza", "my phone died".
    private static final Pattern IDIOM = Pattern.compile("\\b(?:(?:is|are|was|'s|’s) killing me|killing me\\b|could murder a|kill for a|(?:i'?m )?dying (?:to|for|of)|died (?:halfway|in the)"
            + "|(?:phone|battery|laptop|car|conversation|trend|project) (?:died|is dead|'?s dead)|dead (?:tired|on my feet|to the world)|killed it|kill(?:ing)? (?:some )?time"
            + "|will (?:kill|murder) me|kill me when|(?:mum|dad|mam|sister|mummy)[^.]{0,20}(?:kill|murder) me|lol|haha|omg|the final boss|novel|documentary|film|book club)");

    /** Whether the line uses a risk word as a figure of speech. */
    static boolean idiom(String clientLine) {
        return IDIOM.matcher(normal(clientLine)).find();
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The first risk a line names outright, or null. */
    public static RiskKind find(String clientLine) {
        String t = normal(clientLine);
        for (Map.Entry<RiskKind, Pattern> e : PHRASES.entrySet()) {
            if (e.getValue().matcher(t).find()) return e.getKey();
        }
        return null;
    }

    /**
     * Broad word families of the published warning signs (talk of being gone or a burden, of means, of plans
     * and arrangements, of hopelessness; violence by a partner or carer, control, a child or dependent adult;
     * intoxication and psychotic fear), written from those categories rather than from corpus lines. Each is a
     * feature of the risk-cue head, which weighs it against the line's vector: each family also matches many
     * controls ("my phone's gone", "tablets with my porridge").
     */
    private static final Map<String, Pattern> SIGNS = new LinkedHashMap<>();

    static {
        SIGNS.put("gone", Pattern.compile("\\b(?:not (?:be )?(?:here|around)|won'?t be (?:here|around)|wasn'?t (?:here|around|in it)|gone\\b|for good|any ?mo(?:re|ir)|much longer|no longer"
                + "|(?:not|never|bother) wak(?:e|ing) up|see (?:the|another) morning|making it to|join (?:her|him)|at peace|switch off|not exist|disappear|be over|end (?:it|things|everything|my))"));
        SIGNS.put("burden", Pattern.compile("\\b(?:burden|better off|easier (?:for|if|without|all round)|without me|drain on|worth more|out of the (?:way|picture)|point of me|use am i"
                + "|nobody'?d|nobody would|no one would|wouldn'?t (?:miss|notice|care)|miss me|clock if|freer without|kinder if)"));
        SIGNS.put("means", Pattern.compile("\\b(?:pills?|tablets?|paracetamol|painkillers?|overdose|the lot|rope|hang\\w*|bridge|viaduct|cliffs?|edge|platform|train|tracks|jump\\w*|height|top floor|roof"
                + "|multistorey|motorway|crash|drown\\w*|river|reservoir|loch|gun|rifle|pistol|shotgun|knife|blade|razor|scissors|pesticide|bleach|cleaner|engine running|the wheel)\\b"));
        SIGNS.put("self_directed", Pattern.compile("\\b(?:myself|masel|my (?:arms?|legs?|thighs?|wrists?|skin|hips?|stomach|head)|on purpose|punish\\w*|deserve|clean\\b|relapsed?|streak|urge)\\b"));
        SIGNS.put("preparing", Pattern.compile("\\b(?:my will|letters?|goodbye|sorted (?:out|the)|planned|plan\\b|decided|made (?:my mind|peace)|ready now|rehears\\w*|looked up|googl\\w*|search(?:ed|ing)?"
                + "|reading up|how (?:many|high|long|much)|in case|for after|funeral|who'?s to have|gets what|passwords|insurance|give (?:it|them) to someone)\\b"));
        SIGNS.put("hopeless", Pattern.compile("\\b(?:(?:no|what'?s the) point|tired of (?:this|it|life|living|being)|can'?t (?:go on|cope|take (?:it|any))|nothing(?: is)? working|had enough|had my time|relief"
                + "|trapped|no way out|never going to stop|make it (?:all )?stop|not waiting to find out|keeping me here)"));
        SIGNS.put("violence", Pattern.compile("\\b(?:hit(?:s|ting)?|beat(?:s|ing)?|slap\\w*|punch\\w*|kick\\w*|shov\\w*|push(?:es|ed|ing)?|chok\\w*|strangl\\w*|throttl\\w*|grab\\w*|throws?|burns?"
                + "|bruis\\w*|marks?|black and blue|leather\\w*|batter\\w*|knocks? me|a doing|raises? (?:his|her) hand|hands (?:round|on)|holds? me down|smash\\w*|stab\\w*|glass (?:him|her)|bottle (?:him|her)"
                + "|cave (?:his|her)|flog|finish (?:him|her)|kill (?:him|her|them)|put (?:him|her) in hospital|run (?:him|her) over|sorry\\b|pay for)"));
        SIGNS.put("control", Pattern.compile("\\b(?:permission|not allowed|won'?t let (?:me|her|him)|goes through my phone|checks? (?:my|where)|keeps my|takes my|my (?:bank )?card|passport|only get money"
                + "|locks? (?:me|her|him)|lock(?:ed)? (?:me|her|him) (?:in|out)|counts|receipts|every hour|my duty|not to (?:tell|mention)|secret|special girl|won'?t take no)"));
        SIGNS.put("dependent", Pattern.compile("\\b(?:my (?:little|baby|son|daughter|kids?|children|brothers?|sisters?|boy|girl|nan|nana|gran|grandad|grandma|mum|mam|dad)|\\d+[- ]year[- ]old|year \\d\\b|i'?m 1[0-6]\\b"
                + "|kids?\\b|child|wean|toddler|baby|twins|carer|care home|day centre|supported living|nappy|pads|no food|nothing in the cupboards|same clothes)"));
        SIGNS.put("acute", Pattern.compile("\\b(?:right now|tonight|drunk|drinking|wasted|high\\b|smoked|off my (?:head|face)|had (?:a|the) (?:whole|lot)|swallowed|taken|took (?:a|the|all|some|my)|cameras|watching me"
                + "|following me|telly|radio|voices?|reading my mind|poison\\w*|plotting|haven'?t slept|heart(?:'s| is)? (?:going|racing)|don'?t know why i rang|special powers|unstoppable|crawling)"));
    }

    /** The warning-sign families, in the order of the head's features. */
    static List<String> signs() {
        return List.copyOf(SIGNS.keySet());
    }

    /** Whether a warning-sign family's words occur on the line: an input feature of the risk-cue head. */
    static boolean shows(String sign, String clientLine) {
        return SIGNS.get(sign).matcher(normal(clientLine)).find();
    }

    /** Whether the phrases of one kind match the line: an input feature of the risk-cue head. */
    static boolean names(RiskKind kind, String clientLine) {
        return PHRASES.get(kind).matcher(normal(clientLine)).find();
    }

    // Sentence ends, and the trailing-off dots clients type without a space ("my tablets...this weekend").
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\.{2,}\\s*|…\\s*|;\\s+|\\s+-\\s+|\\s*\\n+\\s*"
            + "|,\\s+(?=(?:but|and|though|although|except|plus|while|whereas|cos|because|then)\\b)");

    /**
     * The sentences of a client line, each of at least two words, when it has more than one; else empty.
     * The risk-cue head reads each as well as the whole line, and the likeliest reading decides: a cue in one
     * sentence of a long line ("I've been saving up my tablets... this weekend.") is diluted in the line's
     * vector (0.35 for the line, 0.65 for the sentence, on the head before this one).
     */
    static List<String> sentences(String clientLine) {
        List<String> out = new ArrayList<>();
        for (String part : SENTENCE_END.split(clientLine.strip())) {
            String s = part.strip();
            if (s.split("\\s+").length >= 2) out.add(s);
        }
        return out.size() > 1 ? out : List.of();
    }

    /** The head's probability of some risk (one minus "none"). */
    static double riskProbability(Prediction cue) {
        return 1 - cue.probabilityOf("none");
    }

    /**
     * The risk the head flags on a line: some risk at least {@link RiskResponse#LEARNED_RISK_AT} likely, of the
     * kind it finds likeliest; else null. Summing the kinds counts a line torn between two (self-harm or
     * suicide) as the risk it is.
     */
    static RiskKind flagged(Prediction cue) {
        if (cue == null || riskProbability(cue) < RiskResponse.LEARNED_RISK_AT) return null;
        String best = null;
        double q = -1;
        for (Map.Entry<String, Double> e : cue.probabilities().entrySet()) {
            if (!e.getKey().equals("none") && e.getValue() > q) {
                q = e.getValue();
                best = e.getKey();
            }
        }
        return RiskKind.parse(best);
    }

    /**
     * Whether a flagged cue is a sure one: the head is at least {@link RiskResponse#HEAD_ALONE_AT} sure, or
     * the phrases name a risk too. Feedback on a cue that is not sure is worded tentatively, and only a sure
     * cue caps warmth that steps around it.
     */
    static boolean sure(Prediction cue, String clientLine) {
        return riskProbability(cue) >= RiskResponse.HEAD_ALONE_AT || find(clientLine) != null;
    }
}
