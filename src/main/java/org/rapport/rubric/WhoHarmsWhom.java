package org.rapport.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who harms whom on a client line, read clause by clause: is someone being hurt, threatened, controlled or
 * neglected by someone, now or lately, and who is on each side? A sentence vector puts "my husband left me
 * for his secretary and the kids won't speak to him" near "my husband hits me and the kids are scared of
 * him": the same people, the same family words. What tells them apart is a harm verb with an agent and a
 * victim, and its time. So the risk-cue head reads these as features beside the vector:
 * <ul>
 * <li>{@code to_me}: someone else harms the speaker, or the speaker's child or dependant ("he slaps me",
 * "mum locks me in", "she threw the kettle at me");</li>
 * <li>{@code by_me}: the speaker means or wants to harm someone ("I'll stab him", "I want to hit her");</li>
 * <li>{@code ongoing} and {@code finished}: a harm clause that is happening, recent or repeated, and one
 * that is over ("used to", "years ago", "when I was small", "that's why I left him");</li>
 * <li>{@code reported}: the harm is someone else's story (the news, a book, a friend's brother);</li>
 * <li>{@code parting}: the line speaks of leaving, silence or quarrels (left me, not speaking, a row)
 * and of no harm at all;</li>
 * <li>{@code between_others}: someone else harms someone else now or repeatedly (a carer and a parent).</li>
 * </ul>
 * The words are written from the kinds of harm safeguarding asks about (physical, sexual, threats,
 * coercive control, neglect) and of the ordinary family troubles that share their people, not from the
 * authored lines.
 */
final class WhoHarmsWhom {

    /** The features, in the order of {@link #read}. */
    static final List<String> NAMES = List.of("to_me", "by_me", "ongoing", "finished", "reported", "parting", "between_others");

    private WhoHarmsWhom() {
    }

    // Harm done to a person: physical, sexual, threats, control, neglect; each needs its victim after it.
    private static final Pattern HARM = Pattern.compile("\\b(?:hit|hits|hitting|beat|beats|beating|beaten|batter\\w*|slap\\w*|smack\\w*|punch\\w*|kick\\w*|thump\\w*"
            + "|shov\\w*|push(?:es|ed|ing)?|chok\\w*|strangl\\w*|throttl\\w*|grab\\w*|pinch\\w*|drag\\w*|bites?|bit|burn(?:s|ed|t)?"
            + "|hurt(?:s|ing)?|harm(?:s|ed|ing)?|abus\\w*|touch(?:es|ed|ing)?|rap(?:e|es|ed)|molest\\w*|threaten\\w*|thr(?:ew|ows?|owing) (?:[\\w']+ ){0,3}at"
            + "|lock(?:s|ed)?|starv\\w*|neglect\\w*|shout(?:s|ed|ing)? at|scream(?:s|ed|ing)? at|yell(?:s|ed|ing)? at|knock(?:s|ed)?|kill(?:s|ed)?|end|stab\\w*|glass|smash\\w*"
            + "|(?:put|puts|had) (?:his|her|their) hands (?:round|around|on)|hands (?:round|around) my|forc(?:e|es|ed|ing)|mak(?:e|es|ing) me do|(?:won'?t|doesn'?t|never) let (?:me|us|her|him|them) (?:eat|sleep|leave|go out|out|see (?:my|anyone)|have (?:my|any)|ring|call|phone)"
            + "|tak(?:e|es|ing)|took|keeps?|kept|check(?:s|ed)?|track(?:s|ed)?|follow(?:s|ed)?|pay|suffer)\\b");

    // The victim (or thing taken) after the harm verb.
    private static final Pattern SPEAKER_SIDE = Pattern.compile("^(?:[\\w']+ ){0,3}?(?:me|us|my (?:little |baby |wee |)(?:son|daughter|kids?|children|child|boy|girl|baby|babies|brother|sister|twins|toddler|wean|nan|gran|mum|mam|dad|grandad|grandma|grandson|granddaughter)"
            + "|the (?:kids|children|baby|little ones)|my (?:phone|passport|money|card|bank card|pension\\w*|keys|wages|benefits|location))\\b");
    private static final Pattern OTHER_SIDE = Pattern.compile("^(?:[\\w']+ ){0,3}?(?:him|her|them|you|that (?:man|woman|lad|guy|girl)|the (?:lot of them|lads|boys|baby)|his (?:face|head|car)|her (?:face|head|car)"
            + "|my (?:ex|boss|manager|husband|wife|partner|neighbour|dad|mum|son|daughter|brother|sister|stepdad|teacher|supervisor|colleague|landlord|baby|kids?))\\b");
    private static final Pattern SELF_SIDE = Pattern.compile("^(?:[\\w']+ ){0,3}?(?:myself|my (?:head|arms?|legs?|hands?|wrists?|thighs?|knuckles|skin|face|stomach|neck|throat|hair|back|ribs|tablets|meds|pills|medication|time))\\b");

    // A harm verb that names its victim itself ("won't let me eat").
    private static final Pattern OBJECT_ME = Pattern.compile("\\b(?:me|us)\\b");
    private static final Pattern OBJECT_OTHER = Pattern.compile("\\b(?:her|him|them)$|let (?:her|him|them)\\b");

    // Who acts: the nearest subject before the harm verb.
    private static final Pattern SPEAKER_AGENT = Pattern.compile("\\b(?:i|i'?ll|i'?d|i'?m|im|ill|id|i'?ve|ive|we)\\b");
    private static final Pattern OTHER_AGENT = Pattern.compile("\\b(?:he|she|they|he'?s|she'?s|they'?re|he'?ll|she'?ll|hes|shes|hell|my (?:[\\w-]+)|the (?:carer|coach|nurse|staff|man|lad|lads|boys|teacher)|mum|mam|dad|mummy|daddy|coach|[a-z]+'?s (?:dad|mum|boyfriend|husband))\\b");
    // "he'd never hurt me", "nobody gets hurt": the harm is denied.
    private static final Pattern NEGATED = Pattern.compile("\\b(?:never|not|nobody|no one|noone|wouldn'?t|won'?t|doesn'?t|don'?t|didn'?t|isn'?t|aren'?t|wasn'?t)(?: [\\w']+){0,2}\\s*$");

    // Neglect of the speaker or a dependant: nothing to eat, left alone, nobody home.
    private static final Pattern NEGLECT = Pattern.compile("\\b(?:no food|nothing to eat|nothing in the (?:fridge|cupboards?)|(?:doesn'?t|don'?t|never) (?:feed|fed|wash|change) (?:us|me|the|him|her)"
            + "|(?:leaves?|left) (?:us|me|the (?:kids|baby|little ones)|my (?:brother|sister)) (?:on (?:our|my|their) own|alone|by (?:ourselves|myself))|(?:mum|mam|dad)'?s? (?:is )?never (?:home|in|there)"
            + "|same clothes for|nobody (?:picks us up|feeds us|comes to change)|sits? in (?:his|her) own (?:mess|wet))\\b");

    private static final Pattern PASSIVE = Pattern.compile("\\b(?:was|were|got|get|gets|getting|been|being)\\s*$");

    // The harm is now, recent or repeated.
    private static final Pattern NOW = Pattern.compile("\\b(?:right now|now|tonight|today|this (?:morning|week|evening)|last (?:night|week|weekend|month|saturday|sunday|monday|tuesday|wednesday|thursday|friday)"
            + "|yesterday|on (?:saturday|sunday|monday|tuesday|wednesday|thursday|friday)|again|still|keeps?|always|every (?:time|day|night|week)|whenever|when (?:he|she|they)'?s?|most (?:days|nights)"
            + "|sometimes|hits|slaps|beats|kicks|punches|shoves|pushes|locks|touches|hurts|threatens|chokes|grabs|starves|comes into|takes my|keeps my|won'?t let)\\b");

    // The harm is over.
    private static final Pattern OVER = Pattern.compile("\\b(?:used to|years ago|long (?:time )?ago|back then|as a (?:kid|child|teen\\w*|boy|girl)|when (?:i|we) (?:was|were) (?:small|little|young|a kid|kids|a child|children|growing up|at school)"
            + "|growing up|in the (?:war|seventies|eighties|nineties|sixties)|in (?:19|20)\\d\\d|(?:is|'s|he'?s|she'?s) (?:been )?dead|passed (?:away|on)|that'?s why i left|since i left|i left (?:him|her)"
            + "|(?:it'?s|that'?s) (?:all )?(?:over|behind me)|made (?:my )?peace|got away from|escaped|divorced (?:him|her)|happily (?:re)?married|never again|before i left)\\b");

    // The harm is someone else's story.
    private static final Pattern REPORTED = Pattern.compile("\\b(?:on the (?:news|telly|tv|radio)|in the (?:paper|papers|news)|documentary|podcast|article|a book|that book|the book|a film|the film|a show|the show|series"
            + "|read (?:about|that)|heard (?:about|that)|watched|for my (?:course|class|essay|module)|my (?:friend|mate|neighbour|colleague|cousin|best friend)'?s? (?:brother|sister|son|daughter|dad|mum|house|husband|wife)"
            + "|the woman who|the man who|a woman who|a man who|someone at (?:work|school))\\b");

    // Leaving, silence and quarrels: relationship trouble in which nobody is hurt.
    private static final Pattern PARTING = Pattern.compile("\\b(?:left (?:me|us|him|her|home)|walked out|moved (?:out|away|back|abroad|in with)|dumped|broke up|break-?up|split (?:up)?|separat\\w*|divorc\\w*|cheat\\w*|affair"
            + "|(?:won'?t|doesn'?t|don'?t|didn'?t|haven'?t|hasn'?t|not) (?:speak|spoken|speaking|talk|talking|talked)|not on speaking|cut (?:me|us|him|her|them) off|fell out|falling out|fall out|estranged|no contact"
            + "|(?:a |massive |big |huge )?(?:row|rows|argu\\w*|quarrel\\w*|bicker\\w*)|shout at each other|fight(?:ing)? (?:about|over)|ignor\\w*|blocked me|ghosted|unfriended|won'?t answer)\\b");

    private static final Pattern CLAUSE = Pattern.compile("(?<=[.!?;])\\s+|\\.{2,}\\s*|…\\s*|\\s*\\n+\\s*|,?\\s+(?:but|and then|so|because|cos|coz)\\s+");

    /** The features of a line: 1 or 0 for each of {@link #NAMES}. */
    static double[] read(String clientLine) {
        String t = clientLine.toLowerCase(Locale.ROOT).replace('’', '\'');
        double[] x = new double[NAMES.size()];
        boolean anyHarm = false;
        boolean over = OVER.matcher(t).find();
        boolean reported = REPORTED.matcher(t).find();
        for (String clause : clauses(t)) {
            if (RiskCues.idiom(clause)) continue;
            Matcher m = HARM.matcher(clause);
            while (m.find()) {
                if (idle(clause.substring(m.start()))) continue;
                String after = clause.substring(m.end()).strip();
                String before = clause.substring(0, m.start());
                // The agent: the last subject before the verb, within the clause.
                String agent = lastAgent(before);
                // "my head", "my arm" after the verb: the speaker's own when the speaker acts (self-harm, an accident), harm when another does.
                boolean body = SELF_SIDE.matcher(after).find();
                boolean self = body && !agent.equals("other");
                boolean speakerVictim = !self && (body || SPEAKER_SIDE.matcher(after).find() || OBJECT_ME.matcher(m.group()).find());
                boolean otherVictim = !self && !speakerVictim && (OTHER_SIDE.matcher(after).find() || OBJECT_OTHER.matcher(m.group()).find());
                if (!speakerVictim && !otherVictim && !PASSIVE.matcher(before).find()) continue;
                if (NEGATED.matcher(before).find()) continue;
                boolean toMe, byMe;
                if (PASSIVE.matcher(before).find() && !speakerVictim && !otherVictim) {
                    // "I was hit", "my son got beaten": the subject is the victim.
                    toMe = agent.equals("speaker") || agent.equals("dependant");
                    byMe = false;
                } else {
                    toMe = speakerVictim && (agent.equals("other") || agent.equals("dependant"));
                    byMe = agent.equals("speaker") && otherVictim;
                }
                anyHarm = true;
                boolean overHere = over || OVER.matcher(clause).find();
                if (reported) x[4] = 1;
                // Someone else harmed by someone else, now: a parent by a carer, a child by a partner.
                boolean between = !toMe && !byMe && otherVictim && agent.equals("other") && !reported && !overHere && NOW.matcher(clause).find();
                if (between) x[6] = 1;
                if (!toMe && !byMe) continue;
                if (toMe && !overHere && !reported) x[0] = 1;
                if (byMe && !overHere && !reported) x[1] = 1;
                // Ongoing is about harm to the speaker's side; the speaker's own threat is about what is to come.
                if (toMe && !overHere && !reported && NOW.matcher(clause).find()) x[2] = 1;
                if (overHere) x[3] = 1;
            }
        }
        if (NEGLECT.matcher(t).find() && !over && !reported) {
            anyHarm = true;
            x[0] = 1;
            x[2] = 1;
        }
        if (!anyHarm && PARTING.matcher(t).find()) x[5] = 1;
        return x;
    }

    private static final Pattern DEPENDANT = Pattern.compile("\\bmy (?:little |baby |wee |)(?:son|daughter|kids?|children|child|boy|girl|baby|brother|sister|nan|gran|grandad|grandma)\\b(?!'s)");

    /** speaker, dependant, other or none: the subject nearest before a harm verb. */
    private static String lastAgent(String before) {
        int speaker = lastIndex(SPEAKER_AGENT, before), other = lastIndex(OTHER_AGENT, before), dep = lastIndex(DEPENDANT, before);
        if (speaker < 0 && other < 0) return "none";
        if (dep >= 0 && dep >= other && dep > speaker) return "dependant";
        return speaker > other ? "speaker" : "other";
    }

    private static int lastIndex(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int at = -1;
        while (m.find()) at = m.start();
        return at;
    }

    private static List<String> clauses(String t) {
        List<String> out = new ArrayList<>();
        for (String c : CLAUSE.split(t)) if (!c.isBlank()) out.add(c.strip());
        return out;
    }

    // Harm words in a sense that is not harm: "hit the gym", "hit the roof", "kill time", "end of the day", "knock off".
    private static final Pattern IDLE = Pattern.compile("\\b(?:hit(?:s|ting)? the (?:gym|roof|road|sack|shops|hay|books|ceiling|town|jackpot|spot|wall)|hit it off|kill(?:ing)? (?:time|me\\b(?! if)|it)|killing me|the end|end of|in the end"
            + "|knock(?:ed|s)? (?:off|on|over the)|lock(?:s|ed)? (?:the|up|down|my phone|the door)|beat (?:the|traffic|my record|them at)|smash(?:ed|ing)? it|push(?:ing|ed)? (?:myself|for|on|through|back)"
            + "|burn(?:t|ed)? (?:out|the|my (?:toast|dinner|tongue))|take my (?:time|tablets|meds|pills|medication)|took my (?:time|tablets|meds|pills|medication|exam|test)|touch(?:ed|es)? base|in touch|touching)\\b");

    private static boolean idle(String clause) {
        return IDLE.matcher(clause).find();
    }
}
