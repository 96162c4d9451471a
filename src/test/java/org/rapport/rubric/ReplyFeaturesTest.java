package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.nlp.Utterance;

/**
 * The structural features the behaviour codes weigh (src/test/resources/rubric/reply-features.yaml):
 * giving information then asking, asking leave, answering the client, contrast, amplification.
 */
class ReplyFeaturesTest {

    record FeatureCase(String name, String client, String reply, List<String> on, List<String> off) {
    }

    private static final Cues CUES = new Cues(CoreRubric.LIBRARY.get("core").lexicons());

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = ReplyFeaturesTest.class.getResourceAsStream("/rubric/reply-features.yaml")) {
            List<FeatureCase> cases = new YAMLMapper().readValue(in, new TypeReference<List<FeatureCase>>() {
            });
            return cases.stream().map(c -> Arguments.of(c.name(), c));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void featuresSeeWhatASupervisorSees(String name, FeatureCase c) {
        ReplyFeatures f = new ReplyFeatures(new Utterance(c.reply()), new Utterance(c.client()), CUES);
        for (String feature : c.on()) {
            assertThat(ReplyFeatures.NAMES).contains(feature);
            assertThat(f.get(feature)).as(feature).isGreaterThan(0.0);
        }
        for (String feature : c.off()) {
            assertThat(ReplyFeatures.NAMES).contains(feature);
            assertThat(f.get(feature)).as(feature).isEqualTo(0.0);
        }
    }

    @Test
    void exemplarSimilarityIsRelativeToTheMeanOverLabels() {
        ReplyFeatures f = new ReplyFeatures(new Utterance("Mm-hmm."), new Utterance("I told him I was done."), CUES);
        f.setExemplarSimilarities(Map.of("open", 0.2, "closed", 0.2, "simple", 0.2, "complex", 0.2, "information", 0.2,
                "advice", 0.2, "negotiation", 0.2, "options", 0.2, "other", 0.65));
        assertThat(f.get("similar_other")).isGreaterThan(1.0);
        assertThat(f.get("similar_open")).isLessThan(0.0);
    }
}
