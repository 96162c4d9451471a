package org.rapport.client;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The in-process sentence embedding model (all-MiniLM-L6-v2, quantised, shipped inside its jar), loaded
 * on first use and at most once per JVM: the offline fallback only needs it once a provider has failed.
 * (To be folded into the shared model holder of the nlp package.)
 */
public final class OfflineEmbeddings {

    private OfflineEmbeddings() {
    }

    public static EmbeddingModel model() {
        return Holder.MODEL;
    }

    /** Initialised by the JVM on first access, thread-safely and once. */
    private static final class Holder {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }
}
