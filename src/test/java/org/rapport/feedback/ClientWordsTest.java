package org.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.rapport.transcript.Speaker;
import org.rapport.transcript.Turn;
import org.junit.jupiter.params.provider.CsvSource;

/** The client's words turned round to the counsellor's side, as a suggestion quotes them back. */
class ClientWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Derek didn't bring Keoni back on time again    | Derek didn't bring Keoni back on time again
            Tama rang Aroha at midnight                    | Tama rang Aroha at midnight
            Tired. Tired all the way down.                 | tired. Tired all the way down.
            My head keeps going over work                  | your head keeps going over work
            I can't switch off at night                    | you can't switch off at night
            The house is too quiet                         | the house is too quiet
            Whenever someone compliments me I think        | whenever someone compliments you, you think
            My manager asked was I feeling better now      | your manager asked were you feeling better now
            """)
    void namesKeepTheirCapitalAndOnlyASentenceOpeningLosesIt(String client, String turned) {
        assertThat(ClientWords.secondPerson(client)).isEqualTo(turned);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Seventy-eight, you get tired                           | seventy-eight, you get tired
            At my age, you don't bounce back                       | at your age, you don't bounce back
            Back home, you never talk about your feelings          | back home, you never talk about your feelings
            When you're a carer you don't get a day off            | when you're a carer you don't get a day off
            I'm 78. Seventy-eight, you get tired. You don't listen | you're 78. Seventy-eight, you get tired. I don't listen
            When you said that I felt small                        | when I said that you felt small
            If you're a counsellor you should know                 | if I'm a counsellor I should know
            """)
    void aYouThatMeansAnyoneStaysYouAndTheCounsellorsYouTurnsRound(String client, String turned) {
        assertThat(ClientWords.secondPerson(client)).isEqualTo(turned);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Everyone thinks I'm fine, so.                  | Everyone thinks I'm fine
            It's loads, but it's fine, and.                | It's loads, but it's fine
            I love him so.                                 | I love him so
            "I'm the clever one," she says, I guess.       | I'm the clever one, she says
            """)
    void aQuotedClauseDoesNotEndOnWordsTheClientTrailedOffWith(String sentence, String quoted) {
        assertThat(ClientWords.clause(sentence, null)).isEqualTo(quoted);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            She saw my arm in PE and went all weird and told me to come here or she'd tell Miss. | She saw my arm in PE and went all weird and told me to come here
            I keep going over the last week with him in the hospice because I was not there when he went | I keep going over the last week with him in the hospice because I was not there
            Mum died in March and I'm...                                                                  | Mum died in March
            So, fun fact, I'm not dying                                                                   | I'm not dying
            Thing is, I haven't been to a lecture since October                                           | I haven't been to a lecture since October
            Listen to me going on about the bins                                                          | Listen to me going on about the bins
            """)
    void aLongSentenceIsCutBeforeTheClauseThatDoesNotFit(String sentence, String quoted) {
        assertThat(ClientWords.clause(sentence, null)).isEqualTo(quoted);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            She has named the arm without naming what happened. Stay calm and warm; notice how exposed she must have felt. | none
            Keep calm. He is frightened of what the doctor will say.                                                    | frightened
            Be gentle and steady: she is ashamed of the drinking.                                                       | ashamed
            """)
    void aHintsAdviceOnTheCounsellorsMannerIsNotTheClientsFeeling(String hint, String feeling) {
        var writer = TeachingFixtures.ENGINE.writer();
        ClientWords words = writer.clientWords(new org.rapport.rubric.ReplyContext(List.of(new Turn(0, Speaker.CLIENT,
                "She saw my arm in PE and went all weird.")), "OK.", null, null, hint));

        assertThat(words.feeling()).isEqualTo(feeling);
        assertThat(words.fromHint()).isEqualTo(feeling != null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Sometimes I hear her call me from the kitchen. Is that mad?            | none
            Or are you one of those pioneers that's never touched a drop?        | none
            I'm so mad at him I can't think straight.                             | mad
            I was really touched that she remembered.                             | touched
            """)
    void aFeelingWordWithAnEverydaySenseIsTheClientsFeelingOnlyWhenSaidOfSomeone(String line, String feeling) {
        ClientWords words = TeachingFixtures.ENGINE.writer().clientWords(org.rapport.rubric.ReplyContext.of(line, "OK."));

        assertThat(words.fromHint()).isFalse();
        assertThat(words.feeling()).isEqualTo(feeling);
    }
}
