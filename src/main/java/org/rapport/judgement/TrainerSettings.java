package org.rapport.judgement;

/**
 * How a head is trained: multinomial logistic regression by stochastic gradient descent (AdaGrad),
 * over standardised features. Fixed seed: the same data gives the same weights.
 *
 * @param epochs        passes over the training data
 * @param learningRate  AdaGrad's initial learning rate
 * @param minibatch     examples per gradient step
 * @param seed          shuffling seed
 * @param balanced      weight examples inversely to their label's frequency (rare codes count)
 */
public record TrainerSettings(int epochs, double learningRate, int minibatch, long seed, boolean balanced) {

    public static final TrainerSettings DEFAULT = new TrainerSettings(2, 0.01, 16, 20260101L, true);

    public TrainerSettings {
        if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1");
        if (!(learningRate > 0)) throw new IllegalArgumentException("learning rate must be positive");
        if (minibatch < 1) throw new IllegalArgumentException("minibatch must be at least 1");
    }
}
