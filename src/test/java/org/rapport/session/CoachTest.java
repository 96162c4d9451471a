package org.rapport.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.rubric.BoundaryKind;

class CoachTest {

    final Coach coach = new Coach();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I'm terrified something will happen to my kids if I don't check the stove.   | scared
            Honestly I'm just so tired all the time, I'm drained.                         | exhausted
            I feel so stupid, it's only a spider.                                         | ashamed
            It's all too much, I can't cope with the house and work.                      | overwhelmed
            My heart races and I'm freaking out that I'm dying.                           | panicked
            Nobody calls anymore. I'm on my own most evenings and it's lonely.            | lonely
            """)
    void findsTheFeelingTheClientNamesInTheirOwnWords(String line, String feeling) {
        assertThat(FeelingLexicon.feelingsIn(line)).first().isEqualTo(feeling);
    }

    @Test
    void feelingsComeInTheOrderTheClientSaidThem() {
        assertThat(FeelingLexicon.feelingsIn("I get anxious, then angry at myself, then just sad."))
                .containsExactly("anxious", "frustrated", "low");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I went to the shop on Tuesday.
            I lost my keys again and had to sit down on the step.
            I hope the bus is on time; I live alone now.
            """)
    void wordsThatOnlySometimesNameAFeelingNeedAFeelingCue(String line) {
        assertThat(FeelingLexicon.feelingsIn(line)).isEmpty();
    }

    @Test
    void withACueTheSameWordsDoNameFeelings() {
        assertThat(FeelingLexicon.feelingsIn("I just feel so lost, and really down, and so alone."))
                .containsExactly("confused", "low", "lonely");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I keep worrying about my job and whether I'll lose it.   | your job and whether you'll lose it
            My mum keeps calling me at work.                         | your mum
            I don't know.                                            |
            """)
    void theTopicIsTurnedToTheSecondPerson(String line, String topic) {
        assertThat(Coach.topic(line)).isEqualTo(topic);
    }

    @Test
    void aFeelingAndATopicMakeAReflectionStemAndAnOpenQuestion() {
        Hint hint = coach.hint(null, null, "I'm scared about the presentation on Friday.");

        assertThat(hint.authored()).isNull();
        assertThat(hint.suggestions()).containsExactly(
                "reflect the feeling: \"It sounds like you feel scared about the presentation on Friday...\"",
                "ask an open question: \"Could you tell me more about the presentation on Friday?\"");
    }

    @Test
    void withNothingToHoldOnToTheHintInvitesMore() {
        Hint hint = coach.hint(null, null, "Fine, I guess.");

        assertThat(hint.suggestions()).singleElement().asString().startsWith("ask an open question: \"Could you tell me more about that?\"");
    }

    @Test
    void aBoundaryTestGetsTheShapeOfAGoodBoundaryReplyFirst() {
        Hint hint = coach.hint(null, BoundaryKind.GIFT, "I knitted you this scarf. Please take it, I'd be hurt if you didn't.");

        List<String> s = hint.suggestions();
        assertThat(s.get(0)).contains("boundary test (gift)").contains("state the limit kindly")
                .contains("explore what the gift means to them");
        assertThat(s.get(1)).contains("It sounds like you feel hurt");
    }

    @Test
    void theFeelingIsAboutWhatItsOwnSentenceIsAbout() {
        Hint hint = coach.hint(null, null, "Yeah. Worn out. That's the word. My son took the truck to a party.");

        assertThat(hint.suggestions()).containsExactly(
                "reflect the feeling: \"It sounds like you feel worn out right now...\"",
                "ask an open question: \"Could you tell me more about your son?\"");
    }
}
