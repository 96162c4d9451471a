package org.rapport.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEmbeddingsTest {

    static final List<String> LINES = List.of("I can't sleep. My mind keeps racing about work.",
            "What goes through your mind when you're lying awake?", "Mm-hmm.", "",
            "Could I just text you at night when it gets bad?");

    @Test
    void theEncoderGivesTheVectorsOfLangChain4jsOwnModelBitForBit() {
        var stock = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<float[]> ours = SentenceEmbeddings.shared().encode(LINES);
        for (int i = 0; i < LINES.size(); i++) {
            float[] theirs = stock.embed(TextSegment.from(LINES.get(i).isBlank() ? "." : LINES.get(i))).content().vector();
            double norm = 0;
            for (float x : theirs) norm += x * x;
            float[] unit = new float[theirs.length];
            for (int k = 0; k < theirs.length; k++) unit[k] = (float) (theirs[k] / Math.sqrt(norm));
            assertThat(ours.get(i)).as(LINES.get(i)).containsExactly(unit);
        }
    }

    @Test
    void aTextEmbeddedLatelyIsNotEncodedAgainAndKeepsItsVector() {
        SentenceEmbeddings encoder = SentenceEmbeddings.shared();
        String line = "My heart starts pounding in the supermarket and I have to get out " + System.nanoTime();
        long before = encoder.textsEncoded();
        List<float[]> first = encoder.embedAll(List.of(line, "Mm-hmm.", line));
        assertThat(first.get(0)).isSameAs(first.get(2));
        long encoded = encoder.textsEncoded() - before;
        assertThat(encoded).isBetween(1L, 2L);

        float[] again = encoder.embed(line);
        assertThat(encoder.textsEncoded() - before).isEqualTo(encoded);
        assertThat(again).containsExactly(encoder.encode(List.of(line)).get(0));
    }

    @Test
    void rememberedVectorsAreBoundedAndTheLeastRecentlyUsedGoFirst() {
        var recent = new RecentlyUsed<String, float[]>(2);
        recent.put("a", new float[] {1});
        recent.put("b", new float[] {2});
        recent.get("a");
        recent.put("c", new float[] {3});
        assertThat(recent.size()).isEqualTo(2);
        assertThat(recent.get("b")).isNull();
        assertThat(recent.get("a")).containsExactly(1);
        assertThat(recent.get("c")).containsExactly(3);
    }
}
