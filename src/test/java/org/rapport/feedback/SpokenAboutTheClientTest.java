package org.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.TurnScore;

/**
 * Found in a real terminal, playing {@code interpreter-farida}: "Can you ask her how long she's had the headaches?"
 * was told only that it could be answered in a word. Speaking about the client to the interpreter leaves her out of
 * her own session; where the client speaks through an interpreter, such a reply is told so and listening is held to 3.
 */
class SpokenAboutTheClientTest {

    private static final String THROUGH_INTERPRETER = "(through the interpreter) Every day I have pain in my head, here. And I do not sleep. Maybe three hours.";
    private static final String TO_THE_COUNSELLOR = "My mum says I'm fine, but every day I have pain in my head, here. And I do not sleep.";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            through | Can you ask her how long she's had the headaches, and whether she's tried paracetamol? | true
            through | How long has she had the pain, and does she sleep at all?                             | true
            through | Tell her I'm sorry to hear that. What helps her sleep?                                 | true
            through | Every day the pain, and only three hours of sleep. You must be exhausted.             | false
            through | How long have you had the pain in your head?                                          | false
            through | Would you like to tell him what the nights are like?                                  | false
            direct  | Does she know how bad the headaches have been?                                        | false
            """)
    void aReplyAboutTheClientToHerInterpreterIsToldToSpeakToHer(String line, String reply, boolean spokenAbout) {
        String client = line.equals("through") ? THROUGH_INTERPRETER : TO_THE_COUNSELLOR;
        TeachingEngine.Taught taught = TeachingFixtures.ENGINE.teachAll(List.of(ReplyContext.of(client, reply))).get(0);
        List<String> feedback = taught.feedback().texts();

        if (spokenAbout) {
            assertThat(taught.score().score(TurnScore.ACTIVE_LISTENING)).isLessThanOrEqualTo(3);
            assertThat(feedback).anySatisfy(f -> assertThat(f).contains("speaks about the client, not to them"));
        } else {
            assertThat(feedback).noneSatisfy(f -> assertThat(f).contains("speaks about the client"));
        }
    }
}
