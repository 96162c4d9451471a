package org.rapport.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.judgement.AuthoredCorpus;

/** Whom a reply's "he", "she" or "your koro" can mean, over the cases of {@code nlp/wrong-person.csv}. */
class PeopleSpokenOfTest {

    static Stream<Arguments> cases() throws Exception {
        AuthoredCorpus c = AuthoredCorpus.read(Path.of("src/test/resources/nlp/wrong-person.csv"),
                List.of("earlier", "client", "reply", "expected"));
        return IntStream.range(0, c.size()).mapToObj(row -> Arguments.of(
                c.get(row, "earlier").isBlank() ? List.of() : Arrays.stream(c.get(row, "earlier").split("\\s*\\|\\|\\s*")).toList(),
                c.nonEmpty(row, "client"), c.nonEmpty(row, "reply"), c.nonEmpty(row, "expected")));
    }

    @ParameterizedTest(name = "{1} -> {2}: {3}")
    @MethodSource("cases")
    void aPronounThatCanMeanNoOneTheClientSpokeOfIsFound(List<String> earlier, String client, String reply, String expected) {
        String found = PeopleSpokenOf.in(earlier, client, reply).map(w -> w.pronoun() + " " + w.person()).orElse("none");

        assertThat(found).isEqualTo(expected);
    }
}
