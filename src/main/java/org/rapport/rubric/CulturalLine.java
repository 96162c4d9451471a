package org.rapport.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.rapport.judgement.Structure;
import org.rapport.nlp.Utterance;

/**
 * What the cultural-opportunity head reads besides the client line's vector ("cultural-line"): whether
 * the line names a part of who the client is (faith, ethnicity or heritage, migration, language, gender
 * identity, sexuality, class, disability, age), whether it speaks of a shared frame ("in our culture",
 * "back home", "where I'm from"), whether the client says what they are ("I'm Deaf", "as a Muslim"),
 * whether it is about someone else in the client's life, whether the client's feelings or treatment are in it
 * (the stake), whether it is about passing arrangements (travel, parking, errands), and the line's length and
 * person. Stage directions ("(through the interpreter)") are left out of the
 * markers: how a line reaches the counsellor is not what the client brings.
 *
 * <p>Why: read from the sentence vector alone, a personal, emotional line that names a friend, a
 * grandmother or a town from many cultures ("Hana made me come") sat as close to an opportunity as to
 * ordinary talk. The markers are features the head weighs against the vector, never rules: a control
 * that shares the word ("I've lost faith in the bus service") has the marker too and is labelled none.
 * The stake, someone-else and errand features came next: held-out lines that told of another person's
 * faith or heritage, or of an errand at a temple, in passing, still fired on the marker alone. Days of the week
 * and phone calls were tried as errands and dropped: opportunities name Friday nights and phone calls too.
 * The second words of each marker (practices such as salah or shiva, being stopped by the police, papers
 * and the Home Office, an interpreter or an accent, two jobs and rent, hearing aids or a stroke, an age
 * spelled out) came from opportunities the head missed in grouped cross-validation, where the identity is
 * lived rather than named; the third (money sent home, a name on a CV, "wasn't family", brown envelopes,
 * step-free stations, "young enough to be my son", binding) from lines where it is said indirectly.
 */
public final class CulturalLine {

    static final List<String> DIMENSIONS = List.of("faith", "ethnicity", "migration", "language", "gender_identity", "sexuality",
            "class", "disability", "age");

    private static final List<Pattern> MARKERS = List.of(
            // faith
            words("god|allah|lord|jesus|church|mosque|masjid|temple|gurdwara|synagogue|shul|mandir|kingdom hall|chapel|mass|pray|prayers?|praying|prayed"
                    + "|faith|religion|religious|spiritual|scripture|bible|quran|qur'an|torah|pastor|priest|imam|rabbi|vicar|deacon|sinner"
                    + "|ramadan|eid|diwali|shabbat|puja|fasting|hijab|headscarf|turban|kippah|bismillah|inshallah|muslim|christian|catholic|jewish|hindu"
                    + "|sikh|buddhist|mormon|baptist|evangelical|atheist|heaven"
                    // practices and roles the vector missed in held-out opportunities
                    + "|salah|salat|namaz|shiva|janaza|kaddish|star of david|curandera|bishop|elders|sabbath|kosher|halal|rosary|confession|sangha|karma"
                    + "|witnesses|ganges|varanasi|blessing|blessed|sin|sins|sinned|haram|ummah|congregation|parish|minister|guru|monk|nun"
                    // said indirectly: a practice or object of faith with no faith word
                    + "|jummah|friday prayers|sunday service|diya|tasbih|prayer beads|communion|ceremony|sweat lodge|smudging"
                    // a faith taken up among people who do not share it
                    + "|shahada|baptised|baptized|since i converted|converted to|convert to|reverted|break(ing)? my fast|at sunset"),
            // ethnicity, heritage, race
            words("culture|cultural|heritage|ancestors?|tradition|traditions|traditional|tikanga|marae|tangi|whānau|whanau|iwi|hapū|ʻohana|ohana|aloha"
                    + "|black|asian|mixed race|race|racism|racist|ethnic|ethnicity|indigenous|aboriginal|first nations|native|māori|maori|pākehā"
                    + "|pakeha|pasifika|samoan|tongan|hawaiian|latina|latino|latinx|hispanic|roma|traveller|jewish|arab|african|caribbean|desi|korean|chinese"
                    + "|japanese|filipino|filipina|vietnamese|punjabi|pakistani|indian|bangladeshi|somali|nigerian|ghanaian|polish|irish|guyanese|lebanese"
                    + "|mexican|our people|my people|our community|my community"
                    + "|pacific islander|sámi|sami|halting site|skin|colour|color|brown|white people|looks like me|looks like us|only one who looks"
                    + "|where (i'm|im|are you) (really )?from|stopped (me|us|my son)|the police|followed round|follows me|stop and search"
                    + "|longhouse|the old people|back to country|the songs|my surname|my name on|on applications|braids|locs|cornrows|natural hair"
                    + "|security guard|walk(s|ing)? the aisle|moved on from|my real name|too hard to say|can't pronounce|talk like (a|the) \\w+|forgotten where"),
            // migration
            words("migrant|immigrant|immigration|emigrated|refugee|asylum|visa|passport|citizenship|deported|deportation|home office|sponsor|back home"
                    + "|came over|moved here from|left my country|my country|the old country|homeland|homesick|settled here|new country|overseas|abroad"
                    + "|from home|pakistan|afghanistan|syria|somalia|eritrea|ethiopia|sudan|nigeria|ghana|kenya|zimbabwe|india|bangladesh|sri lanka"
                    + "|philippines|vietnam|iran|iraq|ukraine|mexico|jamaica|guatemala|el salvador|haiti|hong kong"
                    + "|papers|brexit|go home|go back (to|where)|settled status|leave to remain|send (me|us) back|sent back|my family (is|are) back|lagos"
                    + "|kerala|lahore|karachi|dhaka|kabul|manila|kyiv|grateful to be (here|in this country)|this country"
                    + "|money home|send(s|ing)? (it |everything |almost everything |money )?home|wire money|the transfer to|remittances?|my application"
                    + "|can't come back|the foreigner|where home is|from nowhere|neither place|fly back|go back for the summer"
                    + "|send(s|ing)? (\\w+ ){0,3}home|(go|goes|went) back to [a-z]+ before|when i left|back there|over there|on (a )?video( call)?|school fees"
                    + "|(degree|papers|qualifications?) (counts?|count for|aren't|isn't|weren't|wasn't) (for )?(nothing|recognised|recognized)|thousand (miles|kilometres|km)"
                    + "|years here|years in this country|years in (london|toronto|sydney|melbourne|auckland|dublin|new york|canada|england|australia|britain|the uk|ireland|scotland|wales)"),
            // language
            words("english|language|languages|accent|mother tongue|first language|second language|bilingual|translate|translating|translation"
                    + "|in (spanish|polish|urdu|punjabi|hindi|arabic|dari|farsi|tagalog|somali|māori|maori|korean|mandarin|cantonese|welsh|gaelic|french|portuguese)"
                    + "|we say|there's a word|sign language|bsl|lip-read|lip read"
                    + "|interpreter|interpret|interpreting|scouse|geordie|brummie|the way i (talk|speak)|my english|broken english|in my own language"
                    + "|repeat myself|say that again|what i meant|how i say|posh voice|my voice on (calls|the phone)|flatten(ing)? my voice|one word wrong|answer me in"
                    + "|saying the word wrong|the word wrong|my grammar|rehearse every sentence|point at things"
                    // a language named alone, as the one spoken with someone ("speak Gaelic with")
                    + "|gaelic|welsh|te reo|cantonese|mandarin|tagalog|urdu|punjabi|somali|gujarati|yiddish|patois|creole|cree|greek|speak (\\w+ ){0,2}with|the words are going"),
            // gender identity
            words("trans|transgender|nonbinary|non-binary|enby|gender|genderqueer|pronouns?|they/them|she/her|he/him|misgender(ed|ing|s)?|deadnam(e|ed|ing)"
                    + "|transition(ing|ed)?|testosterone|oestrogen|estrogen|hrt|coming out(?! of)|came out(?! of)|my old name"
                    + "|intersex|hormones|female (engineer|boss|surgeon|pilot|officer)|(as|being) a (woman|man|girl|boy|lad|mum|dad) (in|at|you|i)"
                    + "|real men|men don't|boys don't|like a (man|girl|woman)|man up"
                    + "|the old name|bind|binder|binding|gender marker|the old letter|the wrong box|clocked"
                    + "|(kept|keep|keeps) calling me (sir|madam|ma'am|he|she|him|her)|after i corrected them"
                    + "|only (dad|mum|girl|woman|man|bloke|lad) (at|in|on)|one of the lads|the babysitter|buys me dresses|which side i belong"),
            // sexuality
            words("gay|lesbian|bi|bisexual|queer|pansexual|asexual|homosexual|lgbt|lgbtq|lgbtqia|pride|closet|coming out(?! of)|came out(?! of)|same-sex|sexuality"
                    + "|orientation|ace|aromantic|aro|his boyfriend|her girlfriend|my boyfriend and i|my girlfriend and i|her wife|his husband|never her wife|civil partner"
                    + "|(wasn't|not|weren't) family|don't know about us|who i was to (him|her)|(thinks?|think) (she's|he's) my (flatmate|friend|brother-in-law|cousin)"
                    + "|call(s|ed)? (her|him) my friend|in our day"
                    + "|(allowed|right) to marry|(if|that) \\w+ (was|is|were) my (brother|sister|friend|flatmate|cousin|mate|carer|lodger)"
                    + "|(called|calls|call) my (wife|husband|partner) my|twin beds|hold hands|lose your job for it|a nice (boy|girl)|found out about us"
                    + "|(think|thinks|thought) (my )?(he|she|\\w+)('s| is) (a|my) (mate|friend|flatmate|lodger)"),
            // class
            words("working class|middle class|upper class|posh|council estate|the estate|benefits|food bank|poor|poverty|wealthy|private school"
                    + "|state school|first in my family|first one in my family|first-gen|first generation|scholarship|accent|can't afford"
                    + "|bursary|skint|broke|trailer park|the projects|council house|on the dole|minimum wage|laid off|the mill|the mine|pit village"
                    + "|tradesmen|grew up with nothing|grow up without|growing up without"
                    + "|two jobs|make rent|can't make|we can't (afford|pay)|still broke|money for (this|that|it)|skiing|which fork|the rules|rich kids"
                    + "|where we're going|new trainers|free school meals|payday|overdraft|debt"
                    + "|went without|brown envelopes|meter man|the meter|tutors|music lessons|stack(ing)? shelves|clean(s|ed)? offices|price of everything"
                    + "|hand-me-downs|what (my|your|his|her) dad does|dads who are|never had (any )?money|feels like begging"
                    + "|never finished (school|high school|college)|left school at|(long|big) words|on a card|ran out|(can|could) afford|split the bill"
                    + "|yellow stickers|reduced stickers|quid each|sheets up|what's left in my account|working out if"),
            // disability
            words("disabled|disability|disabilities|wheelchair|deaf|blind|autistic|autism|adhd|dyslexic|dyslexia|stammer|stutter|chronic|cane|crutches"
                    + "|hearing aid|neurodivergent|impairment"
                    + "|hearing aids|hearing loss|my hearing|hearing went|lost my (hearing|sight)|my eyesight|going (blind|deaf)|a chair|my chair|stroke|cerebral palsy|schizophrenia|bipolar|paralysed|paralyzed|amputee|prosthetic"
                    + "|epilepsy|seizures|ms|parkinson's|sight|my condition|can't use my|carer|care plan|adaptations|ramp"
                    + "|step-free|grab(bing|bed|s)? my arm|guide dog|white stick|type on a tablet|communication (app|device)|talk to me slowly|lift (is|was|has been|'s been) broken"
                    + "|inspiring|an inspiration|(so )?brave for|priority seat|blue badge|can't drive|since the (aneurysm|accident|fall|amputation|injury)|you can't see"),
            // age
            words("my age|at my age|too old|too young|old man|old woman|old lady|retired|retirement|pension|pensioner|elderly|teenager|teen"
                    + "|generation|young people|young ones|years old|(i'm|i am|im|at) (\\d{2}|seventy|eighty|ninety|sixty|fifty|forty|sixteen|fifteen"
                    + "|seventeen|fourteen|thirteen|eighteen|nineteen|twelve)"
                    + "|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)|younger than (my|me)"
                    + "|older than|longer than you've been alive|because i'm (young|old)|at my stage|\\d{2} and (job|still|single|living)"
                    + "|young enough to be|date of birth|dinosaur|past it|the oldest|the youngest|not a baby|over (40|50|60|forty|fifty|sixty)"
                    + "|(\\d{2}|sixteen|fifteen|fourteen) not"
                    + "|^(\\d{2}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-\\w+)? (and|with)|turning (thirty|forty|fifty|sixty|seventy|eighty)"
                    + "|body clock|my eggs|overqualified|young team|since before (she|he|they) (was|were) born|grow out of|look (about )?(\\d+|twelve|fourteen)"
                    + "|doing the maths|when it's my turn"));

    private static final Pattern SHARED_FRAME = words("in our culture|in my culture|our culture|our people|my people|our community|our tradition|our way"
            + "|our language|our church|our faith|back home|where i'm from|where i come from|where we're from|where my family's from|in our family"
            + "|in my family|how we do|how we say|what we do|we say|people like me|people like us|someone like me|for us|our families|in (a|an) \\w+ (family|home|household)");
    private static final Pattern SELF_NAMED = words("(i'm|i am|im|as a|as an|being) (a |an )?(muslim|christian|catholic|jewish|jew|hindu|sikh|buddhist"
            + "|atheist|gay|lesbian|bi|bisexual|queer|trans|transgender|nonbinary|non-binary|deaf|blind|disabled|autistic|dyslexic|black|brown|asian"
            + "|mixed race|māori|maori|indigenous|aboriginal|an immigrant|a migrant|a refugee|first-gen|working class)");
    /** Someone else in the client's life the line may be about, rather than the client. */
    private static final Pattern SOMEONE_ELSE = words("(my|our|the|his|her|their) (new )?(neighbou?rs?|boss|manager|colleagues?|co-?workers?|friends?|mates?|landlord"
            + "|landlady|cousins?|niece|nephew|plumber|builder|electrician|teacher|dentist|driver|flatmate|housemate|uncle|aunt|auntie)('s)?");
    /** What the client feels or how they are treated: an opportunity is something the client is living through. */
    private static final Pattern STAKE = words("feel|feels|felt|feeling|scared|afraid|frightened|ashamed|shame|guilty|guilt|hurt|hurts|angry|lonely|alone"
            + "|lost|grief|grieving|cry|crying|cried|tired of|exhausted|worry|worried|anxious|stuck|empty|dread|hard|judged|stare|stared|staring"
            + "|look at me|looks at me|belong|invisible|trust|disappointed|sin|sinful|wrong with me|myself|hate|hated|pressure|torn|ignored|mocked"
            + "|laughed at|excluded|treated|respect|can't tell|never told|hide|hiding|secret|rejected|disown(ed)?|kicked out|miss|missing");
    /** Passing arrangements: travel, parking, errands, the weather (days of the week are left out: opportunities name Friday nights too). */
    private static final Pattern ERRAND = words("pick up|picking up|drop off|car park|parking|traffic|trip|holiday|flight|booked|booking|appointment"
            + "|form|forms|online|queue|shopping|supermarket|tools|coins|umbrella|rain|weather|suit|renew|photo|parcel|delivery"
            + "|bus|buses|train|tube|commute|route|quickest way|on the way|way to");
    /**
     * How others see or treat the client ("people hear that and decide who I am", "they look straight
     * through me"): an opportunity is often the client's identity as others meet it. Held-out class, age
     * and language opportunities without a stake word were missed.
     */
    private static final Pattern OTHERS_VIEW = words("people (think|assume|see|hear|expect|ask|keep|look|treat|talk|speak|decide|say)"
            + "|(they|everyone|customers|the doctors?|teachers) (think|assume|see me|look at me|treat|talk to|speak to|just say|decide|expect)"
            + "|treat(s|ed)? (me|us|you) like|look(s|ed)? (straight )?through me|like i'm (nothing|stupid|slow|thick|a child|a kid|a relic)"
            + "|faces change|decide who i am|make it about|call(s|ed)? me"
            + "|asked (if|whether) (i|we|he|she|\\w+) (was|were)|(think|thinks|thought) (\\w+ ){0,2}(is|was) my|(tell|tells|told|say|says|said) (me )?(i'm|im|i am) (brave|inspiring|so \\w+|overqualified|too \\w+)"
            + "|an opinion on|talk(s|ed)? (at|down to|over|past) me|look(s|ed)? at me like|wouldn't let (me|us)|won't (speak|talk|deal) (to|with) me"
            + "|only (talks|speaks) to|(ask|asks|asked) my \\w+ (if|whether)|behind me|nobody asked|everyone laughs|start(s|ed)? (walking|following)");
    /**
     * A death or a loss: grief alone is not a cultural opportunity (a known false alarm read "My dad died
     * last month and since then nobody calls" as one), grief with faith or heritage in it may be.
     */
    private static final Pattern LOSS = words("died|dead|death|passed|passed away|funeral|buried|burial|grave|widow|widowed|widower|killed"
            + "|lost (my|our|him|her)|since (he|she|mum|dad|mom) went|gone (since|now)");
    /** An age told in a story ("when I was twelve", "at sixteen I...") rather than an age the client lives with. */
    private static final Pattern AGE_IN_STORY = words("(when )?i was (only )?(\\d+|little|small|young|a kid|a child|a teenager|\\w+teen|eight|nine|ten|eleven|twelve|twenty|thirty)"
            + "|at (\\d+|\\w+teen|eight|nine|ten|eleven|twelve),? i");
    /**
     * Voices heard, a speech given, a voice lost or raised: speaking in a sense that is not a language. A line about
     * hearing voices ("they say I'm worthless") was read as an opportunity about language.
     */
    private static final Pattern VOICES = words("the voices?|voices|a voice|hearing (a )?voices?|hear(d|ing)? (my name|someone|whisper\\w*|people talking)"
            + "|voice (says|said|keeps|tells|told|in my head)|in my head|inner (voice|critic)|my voice (shakes|goes|went|cracks)|lost my voice"
            + "|(a|the|my) speech|speak up|read (it )?out loud|talk(s|ed|ing)? over me|out loud"
            // what the voices say: a verdict on the client, not how others treat them
            + "|(they|it) (say|says|tell|tells|keep telling|kept telling|call|calls) (me )?(that )?(i'm|i am|im) (worthless|useless|stupid|a failure|disgusting|no good|rubbish|a waste)");
    /**
     * The part of who the client is told as an aside, with the difficulty elsewhere: a turn to another matter
     * ("that's not why I'm here", "the trouble is my boss") or the part waved off ("no bother", "I love it").
     * Held-out controls that named an age, a country or a hearing aid before the real matter fired on the marker.
     */
    private static final Pattern ASIDE = words("not why (i'm|im|i am) here|(that's|thats|it's|its) not (why|what) (i'm|im|i am) here"
            + "|(the|my) (real )?(bother|problem|issue|trouble|big deal) is|the real thing is|what (i|i've) (want|wanted|came|need) to (talk about|sort)"
            + "|what i (really )?need help with|(i'm|im|i am) here about|i want (help|to talk) (with|about)|i'd like help with"
            + "|what's (bothering me|getting to me) is|what bothers me is|the thing i'm stuck on|it's (my|the) \\w+('s)? (\\w+ )?(that's the problem|i'm (worried|struggling))"
            + "|no (bother|big deal)|(never|hasn't|doesn't|didn't|wasn't) (been )?(an issue|a problem|bother(ed)? me)|(i|we) love it"
            + "|(been|is|was) (fine|great|good) about it|best thing i ever did");
    /** A job or a pastime the marker belongs to ("I teach French", "I'm a sign language tutor"): the word is the client's work, not who they are. */
    private static final Pattern JOB = words("i (teach|translate|interpret|tutor|volunteer|run|manage|coach)|i work (in|at|as|for|on)"
            + "|(i'm|im|i am) an? (\\w+ ){0,3}(teacher|tutor|nurse|interpreter|translator|chaplain|receptionist|assistant|officer|worker|driver|engineer"
            + "|lecturer|manager|clerk|cleaner|secretary|volunteer)|my job|for a living|my (classes|class|students|shift|rota)|i'm learning|taken up|i've started (learning|running)");
    /** Sentence and clause breaks, for reading whether the part and the stake are in the same clause. */
    private static final Pattern CLAUSE = Pattern.compile("[.!?;:]+\\s*|,\\s+(?=(and|but|so|because|though|since|when|while)\\b)|\\s+(but|though)\\s+");
    private static final Pattern STAGE_DIRECTION = Pattern.compile("\\([^)]*\\)");

    private CulturalLine() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\p{L}'])(" + alternatives + ")(?![\\p{L}'])", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    }

    /** Which of the nine dimensions' markers a text names, in {@link #DIMENSIONS}' order (stage directions left out). */
    static boolean[] dimensionsNamed(String text) {
        String said = STAGE_DIRECTION.matcher(text).replaceAll(" ").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        boolean[] named = new boolean[MARKERS.size()];
        for (int i = 0; i < MARKERS.size(); i++) named[i] = MARKERS.get(i).matcher(said).find();
        return named;
    }

    /** Whether a text names a part of who someone is: a dimension's marker, a shared frame or the speaker saying what they are. */
    public static boolean marked(String text) {
        String said = STAGE_DIRECTION.matcher(text).replaceAll(" ").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        for (boolean b : dimensionsNamed(said)) if (b) return true;
        return SHARED_FRAME.matcher(said).find() || SELF_NAMED.matcher(said).find();
    }

    /** The structure of the cultural-opportunity and cultural-dimension heads. */
    static Structure structure() {
        List<String> names = new ArrayList<>();
        for (String d : DIMENSIONS) names.add("marker_" + d);
        names.addAll(List.of("markers", "shared_frame", "self_named", "someone_else", "stake", "errand", "first_person", "second_person", "words",
                // Read together: a marker with the client's stake or others' view in it, and a loss or an age
                // in a story with no marker at all.
                "others_view", "loss", "marker_with_stake", "marker_without_stake", "loss_without_marker", "age_in_story", "voices",
                // Whether the part is the subject of the difficulty or an aside: a clause that both names it and
                // carries the stake, a turn away from it, a job it belongs to.
                "marker_and_stake_in_one_clause", "aside", "marker_aside", "job"));
        List<String> all = List.copyOf(names);
        return Structure.of("cultural-line", all, t -> {
            String said = STAGE_DIRECTION.matcher(t.client()).replaceAll(" ").replace('’', '\'').toLowerCase(Locale.ROOT);
            double[] x = new double[all.size()];
            int hits = 0;
            for (int i = 0; i < MARKERS.size(); i++) {
                long n = MARKERS.get(i).matcher(said).results().count();
                x[i] = Math.min(1, n / 2.0);
                if (n > 0) hits++;
            }
            int k = MARKERS.size();
            x[k] = Math.min(1, hits / 3.0);
            x[k + 1] = SHARED_FRAME.matcher(said).find() ? 1 : 0;
            x[k + 2] = SELF_NAMED.matcher(said).find() ? 1 : 0;
            x[k + 3] = SOMEONE_ELSE.matcher(said).find() ? 1 : 0;
            x[k + 4] = Math.min(1, STAKE.matcher(said).results().count() / 2.0);
            x[k + 5] = Math.min(1, ERRAND.matcher(said).results().count() / 2.0);
            Utterance u = new Utterance(said);
            int words = Math.max(1, u.wordCount());
            x[k + 6] = Math.min(1, u.firstPersonCount() * 6.0 / words);
            x[k + 7] = Math.min(1, u.secondPersonCount() * 6.0 / words);
            x[k + 8] = Math.min(1, u.wordCount() / 40.0);
            boolean view = OTHERS_VIEW.matcher(said).find(), loss = LOSS.matcher(said).find();
            boolean marked = hits > 0 || x[k + 1] > 0 || x[k + 2] > 0;
            boolean stake = x[k + 4] > 0 || view;
            x[k + 9] = view ? 1 : 0;
            x[k + 10] = loss ? 1 : 0;
            x[k + 11] = marked && stake ? 1 : 0;
            x[k + 12] = marked && !stake ? 1 : 0;
            x[k + 13] = loss && !marked ? 1 : 0;
            x[k + 14] = AGE_IN_STORY.matcher(said).find() ? 1 : 0;
            x[k + 15] = VOICES.matcher(said).find() ? 1 : 0;
            boolean together = false;
            for (String clause : CLAUSE.split(said)) {
                if (clause.isBlank() || !marked(clause)) continue;
                if (STAKE.matcher(clause).find() || OTHERS_VIEW.matcher(clause).find()) together = true;
            }
            boolean aside = ASIDE.matcher(said).find();
            x[k + 16] = together ? 1 : 0;
            x[k + 17] = aside ? 1 : 0;
            x[k + 18] = aside && marked ? 1 : 0;
            x[k + 19] = JOB.matcher(said).find() ? 1 : 0;
            return x;
        
        });
    }
}
