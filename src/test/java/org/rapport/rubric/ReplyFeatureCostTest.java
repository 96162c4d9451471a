package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.nlp.Utterance;

/**
 * The features that look for one thing after another in a reply ("you ... said", "part of you ... another
 * part", "you want ... but ... you") read the reply a bounded number of times, however long it is, and
 * find exactly what the single regular expressions they replace found.
 */
class ReplyFeatureCostTest {

    /** The single expressions as first written: the definition the features must keep. */
    static final Pattern PAST_TENSE_YOU = Pattern.compile("\\b(you|you've|you had|you were|you did|you said|you told|you mentioned|you went|you tried)\\b.*\\b(\\w+ed|said|told|went|was|were|had|did|got|felt|thought|came)\\b");
    static final Pattern DOUBLE_SIDED = Pattern.compile("\\b(on (the )?one hand|part of you\\b.*\\b(part|another|other)|(and|but) at the same time|and yet|but (also|then again|on the other hand)|you (want|like|know|feel|think|enjoy)\\b.*\\b(but|yet|and at the same time|while)\\b.*\\byou\\b)");

    @ParameterizedTest
    @ValueSource(strings = {"You tried so hard, and it still fell apart.", "You've been carrying this for years.",
            "you went back, though you knew", "Yours is a hard road.", "You know what matters to you.",
            "So you had enough.", "It was hard for you.", "youth worked", "You keep trying, you want it to end.",
            "Part of you wants to stay, and another part is already gone.", "Part of you wants to stay with your partner.",
            "part of you knows, the other side doesn't", "Part of you is tired.", "You want to go, but part of you is scared.",
            "You want to go, but they won't let you.", "You want to go but they won't let anyone.",
            "You like her, while you resent how she treats you.", "You feel stuck and at the same time you hope.",
            "On one hand it helps; on the other hand it costs.", "It helps, and yet it costs.",
            "It helps, but also you wonder.", "You enjoy it and yet.", "your wanting is yours", "you knowing it"})
    void theFeaturesFindWhatTheSingleExpressionsFound(String reply) {
        String norm = new Utterance(reply).normalised();

        assertThat(ReplyFeatures.pastTenseYou(norm)).as("past tense you").isEqualTo(PAST_TENSE_YOU.matcher(norm).find());
        assertThat(ReplyFeatures.doubleSided(norm)).as("double sided").isEqualTo(DOUBLE_SIDED.matcher(norm).find());
    }

    static Stream<Arguments> longReplies() {
        Predicate<CharSequence> past = ReplyFeatures::pastTenseYou, sides = ReplyFeatures::doubleSided;
        return Stream.of(
                Arguments.of("a you with no past tense after it", "", "you know you want this and you ", past),
                Arguments.of("you want with no but", "", "you want it and you think it ", sides),
                Arguments.of("you want, then buts with no you after them", "you want it ", "but it is hard and ", sides),
                Arguments.of("part of you with no other part", "part of you wants this ", "and it is hard ", sides));
    }

    /** Reads of the reply's characters grow as its length does: four times the text, about four times the reads. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("longReplies")
    void aReplyFourTimesAsLongCostsAboutFourTimesAsMuch(String name, String lead, String unit, Predicate<CharSequence> feature) {
        long shorter = reads(feature, lead, unit, 5_000), longer = reads(feature, lead, unit, 20_000);

        assertThat(longer).as("reads of a 20,000-character reply against a 5,000-character one (%d)", shorter)
                .isLessThan(6 * shorter);
        assertThat(longer).as("reads per character").isLessThan(40L * 20_000);
    }

    private static long reads(Predicate<CharSequence> feature, String lead, String unit, int length) {
        String reply = (lead + unit.repeat(length / unit.length() + 1)).substring(0, length);
        CountingText text = new CountingText(new Utterance(reply).normalised());
        feature.test(text);
        return text.reads;
    }

    /** A text that counts how often its characters are read. */
    private static final class CountingText implements CharSequence {
        private final String text;
        long reads;

        CountingText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            reads += text.length();
            return text;
        }
    }
}
