package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which part of the client's line a reply takes up, and its form, as the cultural-reply head reads them. */
class CulturalReplyTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // the cultural part named in other words, or with the client's words turned to the second person
            "My nan only speaks Gujarati and I only speak English, so we mostly just hug. | What's it like, finding other languages than words with her? | culture_marker",
            "I'm the first one in my family to do a PhD and nobody at home gets what I do. | What is it like being the first one in your family there? | culture_marker",
            // a skilful reflection of the other part of the line passes over the cultural part
            "Since I came out my church friends stopped calling, and I haven't slept properly in weeks. | Not sleeping for weeks sounds exhausting. | passes_over",
            "I wear a turban and the new manager keeps making jokes, so I dread Mondays. | How long have you had the new manager? | passes_over",
            // a question about something else altogether
            "I wear a turban and the new manager keeps making jokes, so I dread Mondays. | Have you been eating okay? | takes_up_nothing",
            // forms of humility
            "I wear a turban and the new manager keeps making jokes, so I dread Mondays. | Would it be okay to ask what your turban means to you? | permission_to_ask",
            "I wear a turban and the new manager keeps making jokes, so I dread Mondays. | I'm not Sikh myself, so would you help me understand what it's like for you? | own_difference",
            "I wear a turban and the new manager keeps making jokes, so I dread Mondays. | What does it mean to you? | meaning_question",
            "I wear a turban and the new manager keeps making jokes, so I dread Mondays. | How has that been for you? | experience_question",
            // permission in other forms, the counsellor's own difference of age or body, a reading handed back
            "I wear a turban and the new manager keeps making jokes, so I dread Mondays. | Could we stay with that for a while, if that's okay with you? | permission_to_ask",
            "I wear a turban and the new manager keeps making jokes, so I dread Mondays. | Could we stay with that for a while, if that's okay with you? | invites_to_stay",
            "I'm eighty-one and the doctor only talks to my son. | I'm a good deal younger than you, so tell me if I talk past you too. | own_difference",
            "People keep grabbing my arm to help me cross. | I'm sighted, so I can only hear this from you. What's it like? | own_difference",
            "Because I'm fifteen, everyone thinks my problems aren't real. | So your age gets your problems waved away. Is that near it? | checks_reading",
            // warm replies that settle it for the client, or praise another part of the line
            "Every form at the GP asks me to tick male or female. | It's only paperwork. Try not to let it get to you. | reassures",
            "My wife knows I'm bisexual; my brothers never will. | It's good that you and your wife are so close. | praises"})
    void readsWhichPartOfTheLineTheReplyTakesUp(String client, String reply, String feature) {
        double[] x = CulturalReply.extra(client.strip(), reply.strip());
        assertThat(x[CulturalReply.EXTRA.indexOf(feature)]).as(feature).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "I wear a turban and the new manager keeps making jokes, so I dread Mondays. | What does your turban mean to you?",
            "My nan only speaks Gujarati and I only speak English, so we mostly just hug. | It sounds like the language between you has become touch."})
    void aReplyThatTakesUpTheCulturalPartDoesNotPassOverIt(String client, String reply) {
        double[] x = CulturalReply.extra(client.strip(), reply.strip());
        assertThat(x[CulturalReply.EXTRA.indexOf("passes_over")]).isZero();
        assertThat(x[CulturalReply.EXTRA.indexOf("takes_up_nothing")]).isZero();
    }
}
