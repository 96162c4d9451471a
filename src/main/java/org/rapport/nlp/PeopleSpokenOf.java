package org.rapport.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom a reply's "he" or "she" can mean. A reflection about the wrong person ("he really hurt you" to a
 * client who has just spoken of her wife) tells the client they were not heard, however warm its words.
 * The check is deliberately narrow, so that it is only ever right: it speaks only when the client's last
 * line names someone of the other gender, no one in the conversation so far (nor the reply itself) could be
 * the person the pronoun means, and nobody whose gender the words leave open (a name, a partner, a boss,
 * "they") is in play. One pass over each text.
 */
public final class PeopleSpokenOf {

    /** The reply's pronoun and the person of the other gender the client's line named. */
    public record WrongPerson(String pronoun, String person) {}

    private enum Gender { MALE, FEMALE }

    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");

    private static final Set<String> MALE_PEOPLE = Set.of("husband", "hubby", "boyfriend", "dad", "daddy", "father", "papa",
            "son", "stepson", "brother", "stepbrother", "stepdad", "stepfather", "grandad", "granddad", "grandpa",
            "grandfather", "grandson", "uncle", "nephew", "fiance", "fiancé", "man", "guy", "boy", "lad", "bloke", "sir", "mr",
            "king", "prince", "monk", "widower", "gentleman", "godfather", "koro", "koroua", "lolo", "tatay", "abuelo", "abba",
            "abbu", "bapu", "dada");
    private static final Set<String> FEMALE_PEOPLE = Set.of("wife", "missus", "girlfriend", "mum", "mom", "mummy", "mommy",
            "mam", "mother", "daughter", "stepdaughter", "sister", "stepsister", "stepmum", "stepmom", "stepmother", "gran",
            "granny", "nan", "nana", "nanna", "grandma", "grandmother", "granddaughter", "aunt", "auntie", "aunty", "niece",
            "fiancee", "fiancée", "woman", "girl", "lass", "lady", "mrs", "ms", "queen", "princess", "nun", "widow", "landlady",
            "godmother", "kuia", "lola", "nanay", "abuela", "ammi", "ammu", "dadi", "nani");

    /** The gendered words that say someone is family, not just a man or a woman: "your koro" says whose grief it is. */
    private static final Set<String> NOT_KIN = Set.of("man", "guy", "boy", "lad", "bloke", "sir", "mr", "king", "prince", "monk",
            "gentleman", "woman", "girl", "lass", "lady", "mrs", "ms", "queen", "princess", "nun", "widow", "widower", "landlady");

    /** People whose gender the words leave open: either pronoun may mean them (or one of them, or a singular "they"). */
    private static final Set<String> EITHER = Set.of("partner", "spouse", "ex", "friend", "mate", "bestie", "boss", "manager",
            "supervisor", "teacher", "tutor", "lecturer", "professor", "coach", "doctor", "gp", "nurse", "consultant",
            "psychiatrist", "therapist", "counsellor", "counselor", "colleague", "coworker", "co-worker", "neighbour", "neighbor",
            "child", "children", "kid", "kids", "baby", "toddler", "teen", "teenager", "parent", "parents", "sibling", "cousin", "grandchild",
            "stepchild", "flatmate", "roommate", "housemate", "classmate", "landlord", "pastor", "priest", "imam", "rabbi",
            "vicar", "minister", "elder", "chief", "officer", "worker", "carer", "caregiver", "client", "customer", "patient",
            "student", "pupil", "someone", "somebody", "anyone", "anybody", "person", "they", "them", "their", "theirs",
            "themselves", "themself", "dog", "cat", "puppy", "kitten", "horse", "pet", "in-law", "lover", "date",
            "crush", "fiancé(e)", "relative", "twin", "bf", "gf", "who");

    /** The people of {@link #EITHER} who may be family of either gender: "your koro" may be one of them, not a boss. */
    private static final Set<String> FAMILY_EITHER = Set.of("partner", "spouse", "ex", "child", "children", "kid", "baby", "toddler",
            "teen", "teenager", "parent", "sibling", "cousin", "grandchild", "stepchild", "in-law", "relative", "twin", "elder", "lover",
            "fiancé(e)", "someone", "somebody", "anyone", "anybody", "person", "they", "them", "their", "theirs", "themselves",
            "themself", "who");

    /** A family as a whole: "nobody in the family talks about him" leaves "he" as it was, but "your koro" may be in it. */
    private static final Set<String> FAMILIES = Set.of("family", "families", "whānau", "whanau", "relatives", "folks");

    /** Capitalised words that open sentences without being anyone's name. */
    private static final Set<String> NOT_NAMES = Set.of("i", "i'm", "i've", "i'd", "i'll", "my", "me", "we", "our", "us",
            "the", "a", "an", "and", "but", "so", "or", "when", "since", "last", "yesterday", "today", "tonight", "tomorrow",
            "it", "it's", "this", "that", "that's", "there", "there's", "these", "those", "then", "now", "honestly", "well",
            "yeah", "yes", "no", "not", "um", "uh", "erm", "like", "just", "sometimes", "every", "after",
            "before", "because", "cause", "if", "even", "maybe", "all", "nobody", "everyone", "everybody", "everything",
            "nothing", "what", "how", "why", "where", "which", "do", "does", "did", "don't", "can", "can't", "could", "would",
            "should", "will", "won't", "is", "are", "was", "were", "you", "you're", "your", "he", "he's", "she", "she's", "his",
            "her", "they", "they're", "their", "oh", "hi", "hello", "sorry", "thanks", "thank", "please", "sure", "right",
            "actually", "really", "basically", "anyway", "also", "still", "only", "at", "in", "on", "of", "for", "with", "to",
            "from", "about", "as", "once", "one", "two", "three", "some", "most", "many", "each", "any", "mostly",
            "lately", "recently", "ever", "never", "always", "usually", "mm", "mmm", "hmm", "wow", "look", "listen",
            "work", "school", "home", "things", "life", "being", "having", "getting", "going", "trying", "feeling", "kia", "talofa",
            "morena", "namaste");

    /** Capitalised words that are nobody's name wherever they stand: the calendar, faiths, peoples and languages. */
    private static final Set<String> NEVER_NAMES = Set.of("january", "february", "march", "july", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas",
            "easter", "eid", "ramadan", "diwali", "passover", "hanukkah", "lent", "god", "allah", "jesus", "muslim", "christian",
            "catholic", "hindu", "sikh", "jewish", "buddhist", "english", "british", "irish", "scottish", "welsh", "american",
            "canadian", "australian", "polish", "indian", "pakistani", "chinese", "nigerian", "punjabi", "urdu", "arabic",
            "spanish", "french", "german", "italian", "filipino", "maori", "māori", "aboriginal", "black", "asian", "nhs", "gp",
            "a&e", "tv", "ok", "okay", "uni", "covid", "zoom", "whatsapp", "facebook", "instagram", "tiktok");

    /** Words and apostrophes; a capital kept so that names can be told from other words. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’()-]*");

    private PeopleSpokenOf() {}

    /**
     * The reply's "he"/"she" that can mean no one the conversation has mentioned, when the client's last line
     * named someone of the other gender; empty otherwise.
     *
     * @param earlier the turns before the client's last line, oldest first (a few are enough)
     * @param clientLine the client's last line
     * @param reply the trainee's reply
     */
    public static Optional<WrongPerson> in(List<String> earlier, String clientLine, String reply) {
        People client = People.of(clientLine), said = People.of(reply);
        List<People> before = earlier.stream().map(People::of).toList();
        boolean open = client.open || said.open || before.stream().anyMatch(p -> p.open);
        Gender pronoun = said.pronoun;
        if (!open && pronoun != null && !said.both) {
            String other = pronoun == Gender.MALE ? client.female : client.male;
            // Someone the pronoun could mean: in the client's line, the reply's own words or what was said before.
            if (other != null && !client.couldBe(pronoun) && !said.names(pronoun) && before.stream().noneMatch(p -> p.couldBe(pronoun))) {
                return Optional.of(new WrongPerson(said.pronounWord, other));
            }
        }
        // a boss or a friend cannot be "your koro"; a name, a partner or "my family" might be
        if (client.openFamily || said.openFamily || before.stream().anyMatch(p -> p.openFamily)) return Optional.empty();
        return yourKin(client, said, before, reply);
    }

    /**
     * A statement that gives the client's account to family of the other gender whom no one has mentioned: "Losing
     * your koro..." to a client who spoke of her mum. A question may bring someone new in ("How is your dad
     * coping?"), and a reply that also names the client's person is about both.
     */
    private static Optional<WrongPerson> yourKin(People client, People said, List<People> before, String reply) {
        for (String sentence : new Utterance(reply).sentences()) {
            if (sentence.strip().endsWith("?")) continue;
            People s = People.of(sentence);
            if (s.yourKin == null) continue;
            Gender kin = s.yourKinGender;
            Gender theirs = kin == Gender.MALE ? Gender.FEMALE : Gender.MALE;
            String other = kin == Gender.MALE ? client.female : client.male;
            if (other == null || client.couldBe(kin) || said.couldBe(theirs) || before.stream().anyMatch(p -> p.couldBe(kin))) continue;
            return Optional.of(new WrongPerson("your " + s.yourKin, other));
        }
        return Optional.empty();
    }

    /** "Losing your mum...", "Carrying all of it...": a sentence opened by a verb's -ing form, not by a name. */
    private static boolean isGerund(String word) {
        return word.length() >= 6 && word.endsWith("ing");
    }

    /** The people one text speaks of, as far as their gender goes. */
    private static final class People {
        String male, female, pronounWord, yourKin;
        boolean malePronoun, femalePronoun, open, openFamily, both;
        Gender pronoun, yourKinGender;

        static People of(String text) {
            People p = new People();
            if (text == null) return p;
            Matcher m = WORD.matcher(text);
            boolean sentenceStart = true;
            int lastEnd = 0;
            // the gendered word just before this one ("my wife Lupe"): a name right after it is that person
            boolean afterGenderedWord = false;
            String previous = "";
            while (m.find()) {
                String between = text.substring(lastEnd, m.start());
                // a stage direction closes like a sentence: "(sits, keeps her handbag on her knee) My manager..."
                if (lastEnd == 0 || between.matches(".*[.!?\\n\"“:;].*") || text.charAt(lastEnd - 1) == ')') sentenceStart = true;
                lastEnd = m.end();
                String raw = m.group().replace('’', '\'');
                String word = raw.toLowerCase(Locale.ROOT);
                // "he's", "she'd", "mum's": the person, not the ending
                int apostrophe = word.indexOf('\'');
                String base = apostrophe > 0 ? word.substring(0, apostrophe) : word;
                // "brother-in-law" is a brother, "ex-husband" and "step-mum" the person after the hyphen
                if (base.endsWith("-in-law")) base = base.substring(0, base.length() - "-in-law".length());
                else if (base.indexOf('-') > 0 && !EITHER.contains(base)) base = base.substring(base.lastIndexOf('-') + 1);
                boolean capital = Character.isUpperCase(raw.charAt(0));
                boolean start = sentenceStart;
                sentenceStart = false;
                boolean named = afterGenderedWord && between.isBlank();
                afterGenderedWord = false;
                boolean afterYour = previous.equals("your") && between.isBlank();
                // "Hi Zainab", "Kia ora, Mereana": the name after a greeting is the client, not someone they spoke of
                boolean addressed = Salutations.GREETING_ENDS.contains(previous);
                previous = base;
                if (MALE_PRONOUNS.contains(base)) {
                    p.malePronoun = true;
                    p.notePronoun(Gender.MALE, base);
                } else if (FEMALE_PRONOUNS.contains(base)) {
                    p.femalePronoun = true;
                    p.notePronoun(Gender.FEMALE, base);
                } else if (MALE_PEOPLE.contains(base)) {
                    if (p.male == null) p.male = base;
                    p.noteYourKin(afterYour, base, Gender.MALE);
                    afterGenderedWord = true;
                } else if (FEMALE_PEOPLE.contains(base)) {
                    if (p.female == null) p.female = base;
                    p.noteYourKin(afterYour, base, Gender.FEMALE);
                    afterGenderedWord = true;
                } else if (named && capital) {
                    // "my wife Lupe", "my son Mateo": the name is the person just named, whose gender is known
                } else if (EITHER.contains(base) || base.endsWith("s") && EITHER.contains(base.substring(0, base.length() - 1))) {
                    // plurals too: "he" may be one of "the kids" or "my friends"; "your koro" may be one of "my family"
                    p.open = true;
                    String singular = EITHER.contains(base) ? base : base.substring(0, base.length() - 1);
                    if (FAMILY_EITHER.contains(singular)) p.openFamily = true;
                } else if (FAMILIES.contains(base)) {
                    p.openFamily = true;
                } else if (addressed && capital) {
                    // the client, greeted by name
                } else if (capital && !base.equals("i") && !NEVER_NAMES.contains(base) && (!start || !NOT_NAMES.contains(base) && !isGerund(base))) {
                    // a name (or a word this check cannot tell from one): anyone at all may be meant
                    p.open = true;
                    p.openFamily = true;
                }
            }
            return p;
        }

        /** Whether this text names someone of that gender ("my wife"). */
        boolean names(Gender g) {
            return (g == Gender.MALE ? male : female) != null;
        }

        /** Whether someone of that gender is in this text, named or as a pronoun. */
        boolean couldBe(Gender g) {
            return names(g) || (g == Gender.MALE ? malePronoun : femalePronoun);
        }

        private void noteYourKin(boolean afterYour, String word, Gender g) {
            if (afterYour && yourKin == null && !NOT_KIN.contains(word)) {
                yourKin = word;
                yourKinGender = g;
            }
        }

        private void notePronoun(Gender g, String word) {
            if (pronoun == null) {
                pronoun = g;
                pronounWord = word;
            } else if (pronoun != g) {
                both = true;
            }
        }
    }
}
