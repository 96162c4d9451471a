package org.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.judgement.AuthoredCorpus;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.TurnScore;

/**
 * Template suggestions are grammatical on every client line: the client's words go only into a frame that
 * fits their shape. Checked with simple, independent rules over every template (and every adapted exemplar and
 * risk reply, in every locale) filled for every client line
 * of the shipped scenarios (beats and branch answers), the feedback data and fragments written here: after
 * "sounds like" a clause or a noun phrase, never a bare adjective, a verb or a preposition; after "You feel"
 * / "You're feeling" how the client is, never a subject or a thing; no sentence opening on a preposition,
 * conjunction or bare verb; no doubled words, leftover placeholders, stray punctuation or dangling ends.
 */
class SuggestionGrammarTest {

    /** Fragments and awkward shapes a client says; the scenarios and data files add several hundred more. */
    static final List<String> WRITTEN = List.of(
            "Tired. Tired all the way down.", "Exhausted, honestly.", "Scared. Scared it'll happen on the motorway.",
            "Useless. That's the word.", "Lifts.", "Only on weekends.", "Not really anything. Just... nothing. Grey.",
            "Work, money, the kids, my dad's heart.", "The stove, the door, the stove again.", "What if I fail?",
            "Can't sleep. Can't eat.", "Because he said so.", "Whatever.", "Numb, mostly.", "So, so tired of it all.",
            "Dunno. Fine, I guess.", "Hate it here.", "Being the only woman on the crew.", "Probably nothing. Probably.",
            "My mum. Always my mum.", "Mum's been gone a year.", "Forty-one years we were married.",
            "Honestly? Angry. Really angry.", "Kind of embarrassed, to be honest.", "Alone. All the time.");

    static final Set<String> ADJECTIVES = Set.of("tired", "exhausted", "scared", "afraid", "angry", "sad", "anxious", "worried",
            "embarrassed", "ashamed", "useless", "numb", "grey", "alone", "lonely", "hopeless", "stuck", "fine", "okay", "upset",
            "overwhelmed", "frustrated", "guilty", "hurt", "nervous", "terrified", "stressed", "wired", "empty", "miserable");
    static final Set<String> VERBS = Set.of("can't", "don't", "didn't", "won't", "hate", "feel", "think", "know", "want", "need",
            "keep", "go", "get", "try", "tell", "make", "is", "are", "was", "were", "be", "been", "have", "had", "do", "say", "said");
    // "sounds like if ..." and "sounds like when ..." lead a clause and are fine
    static final Set<String> NOT_AFTER_FRAME = Set.of("on", "in", "at", "with", "for", "from", "about", "of", "to", "because",
            "what", "why", "how", "where", "whether", "only", "not", "and", "but", "or", "so", "whatever", "probably",
            "maybe", "being", "dunno");
    static final Set<String> NOT_AFTER_FEEL = Set.of("you", "you're", "you've", "your", "the", "a", "an", "my", "he", "she", "they",
            "it", "it's", "that", "this", "there");
    static final Set<String> DANGLING = Set.of("the", "a", "an", "of", "and", "my", "your", "but", "or");
    private static final Pattern AFTER_SOUNDS_LIKE = Pattern.compile("(?i)\\bsounds like ([a-z'’-]+)");
    private static final Pattern MOOD_FRAME = Pattern.compile("(?i)\\b(?:you sound (?:like|full of|in|out of)|how (?:like|full of|in|out of) \\w+|feeling \\w+ing\\b)");
    private static final Pattern AFTER_YOU_FEEL = Pattern.compile("(?i)\\b(?:you feel|you're feeling) ([a-z'’-]+)");
    private static final Pattern DOUBLED = Pattern.compile("(?i)\\b([a-z']+) \\1\\b");

    static Stream<String> clientLines() throws IOException {
        Set<String> lines = new LinkedHashSet<>(WRITTEN);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode beat : yaml.readTree(f.toFile()).path("beats")) {
                    lines.add(beat.path("client").asText());
                    for (JsonNode b : beat.path("branches")) if (b.hasNonNull("say")) lines.add(b.path("say").asText());
                }
            }
        }
        for (String file : List.of("rubrics/data/feedback-replies.csv", "rubrics/data/feedback-fresh.csv")) {
            AuthoredCorpus corpus = AuthoredCorpus.read(Path.of(file), List.of("group", "client", "reply"));
            for (int row = 0; row < corpus.size(); row++) lines.add(corpus.get(row, "client"));
        }
        lines.removeIf(String::isBlank);
        return lines.stream();
    }

    static final ExemplarReplies EXEMPLARS = new ExemplarReplies(TeachingFixtures.LIBRARY.find("core").orElseThrow());

    /** Every understanding, form, cultural, exemplar and risk suggestion that fits the line, filled with its words. */
    static List<String> suggestionsFor(String clientLine) {
        FeedbackWriter writer = TeachingFixtures.ENGINE.writer();
        ClientWords words = writer.clientWords(ReplyContext.of(clientLine, "Okay."));
        List<String> out = new ArrayList<>();
        for (String criterion : List.of(TurnScore.EMPATHY, TurnScore.ACTIVE_LISTENING)) {
            for (String s : RewriteTemplates.filledTemplates(writer.guide(), words, null, criterion, true)) if (!out.contains(s)) out.add(s);
        }
        for (String s : RewriteTemplates.cultural(writer.guide(), clientLine, words, false)) if (!out.contains(s)) out.add(s);
        // the exemplars with the client's feeling, and the risk replies as every locale would say them
        for (String s : EXEMPLARS.adapted(words, clientLine, null, EXEMPLARS.frames().size())) if (!out.contains(s)) out.add(s);
        for (String id : org.rapport.locale.LocaleCatalogue.shipped().ids()) {
            org.rapport.locale.ServiceLocale locale = org.rapport.locale.LocaleCatalogue.shipped().resolve(id);
            for (org.rapport.rubric.RiskKind kind : org.rapport.rubric.RiskKind.values()) {
                for (String s : RewriteTemplates.risk(writer.guide(), words, kind, locale)) if (!out.contains(s)) out.add(s);
            }
        }
        return out;
    }

    /** What is wrong with a suggestion by the rules above, or an empty list. */
    static List<String> problems(String s) {
        List<String> out = new ArrayList<>();
        if (s.contains("{") || s.contains("}")) out.add("a placeholder is left");
        if (!Character.isUpperCase(s.charAt(0))) out.add("does not open with a capital");
        if (!s.matches(".*[.?!]$")) out.add("does not end a sentence");
        if (s.matches(".*(, ,|\\.\\.|,\\.|\\s,|,\\?|—\\s*—|[.?!]'|\"'|'\").*")) out.add("stray punctuation");
        Matcher d = DOUBLED.matcher(s);
        if (d.find()) out.add("doubled word '" + d.group(1) + "'");
        Matcher m = AFTER_SOUNDS_LIKE.matcher(s);
        while (m.find()) {
            String w = word(m.group(1));
            if (ADJECTIVES.contains(w) || VERBS.contains(w) || NOT_AFTER_FRAME.contains(w)) out.add("'sounds like' before '" + w + "'");
        }
        Matcher f = AFTER_YOU_FEEL.matcher(s);
        while (f.find()) {
            String w = word(f.group(1));
            if (NOT_AFTER_FEEL.contains(w) || VERBS.contains(w) || NOT_AFTER_FRAME.contains(w)) out.add("'you feel' before '" + w + "'");
        }
        // "You sound like a failure" judges the client; "feeling grieving" and "how full of dread you feel" are not English
        Matcher mood = MOOD_FRAME.matcher(s);
        if (mood.find()) out.add("'" + mood.group() + "' takes one feeling word");
        for (String sentence : s.split("(?<=[.?!])\\s+")) {
            String[] words = sentence.strip().split("\\s+");
            String first = word(words[0]);
            // a question ("Are you safe ...?") or the frames' own "Tell me ..." may open on a verb; a statement may not
            boolean question = sentence.strip().endsWith("?");
            if (NOT_AFTER_FRAME.contains(first) && !Set.of("so", "what", "how", "whatever").contains(first) || VERBS.contains(first)
                    && !first.equals("tell") && !question || ADJECTIVES.contains(first)) {
                out.add("sentence opens on '" + first + "'");
            }
            String last = word(words[words.length - 1]);
            if (DANGLING.contains(last)) out.add("sentence ends on '" + last + "'");
        }
        return out;
    }

    private static String word(String w) {
        return w.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^a-z'-]", "");
    }

    @ParameterizedTest
    @MethodSource("clientLines")
    void everyTemplateSuggestionForTheLineIsGrammatical(String clientLine) {
        for (String s : suggestionsFor(clientLine)) assertThat(problems(s)).as("\"%s\" for \"%s\"", s, clientLine).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tired. Tired all the way down.                      | FEELING
            Scared. Scared it'll happen on the motorway.         | FEELING
            Useless. That's the word.                            | FEELING
            The stove, the door, the stove again.                | NOUN_PHRASE
            Work, money, the kids, my dad's heart.               | NOUN_PHRASE
            I'm a grown woman.                                   | CLAUSE
            My sister kind of made me come.                      | CLAUSE
            And now the house is so quiet.                       | CLAUSE
            Because he said so.                                  | OTHER
            Mum's been gone a year.                              | CLAUSE
            Only on weekends.                                    | OTHER
            What if I fail?                                      | OTHER
            Can't sleep.                                         | OTHER
            Woke up on the couch with my shoes on and no idea how I got home. | OTHER
            """)
    void theClientsWordsAreReadByTheirShape(String clientLine, WordsShape shape) {
        ClientWords words = TeachingFixtures.ENGINE.writer().clientWords(ReplyContext.of(clientLine, "Okay."));
        assertThat(WordsShape.of(words.content())).as(words.content()).isEqualTo(shape);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tired. Tired all the way down.         | You feel tired
            Lifts.                                 | It sounds like lifts
            Only on weekends.                      | QUOTED
            """)
    void aFragmentGoesIntoAFrameThatFitsIt(String clientLine, String expectedOpening) {
        List<String> all = suggestionsFor(clientLine);
        if (expectedOpening.equals("QUOTED")) {
            // words that fit no frame are only ever quoted as the client said them
            assertThat(all).isNotEmpty().allMatch(s -> s.toLowerCase(Locale.ROOT).contains("\"only on weekends\""));
        } else {
            assertThat(all).anyMatch(s -> s.startsWith(expectedOpening));
        }
        assertThat(all).noneMatch(s -> s.contains("sounds like tired"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I cut. On my arm. Last time was Tuesday. i know it's stupid.   | you're telling yourself it's stupid
            I'm so pathetic for still crying about it.                      | you're telling yourself you're so pathetic for still crying about it
            Sorry, this is so silly.                                        | you're telling yourself this is so silly
            """)
    void aClientJudgingThemselfIsReflectedAsTheirOwnVoiceNotAgreedWith(String clientLine, String reflected) {
        List<String> all = suggestionsFor(clientLine);

        assertThat(all).anyMatch(s -> s.contains(reflected));
        assertThat(all).noneMatch(s -> s.matches("(?i).*sounds like (it's|you know it's|you're so pathetic|this is so silly).*"));
    }
}
