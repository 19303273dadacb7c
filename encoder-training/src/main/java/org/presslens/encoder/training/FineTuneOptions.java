package org.presslens.encoder.training;

import java.util.List;
import java.util.Map;

/**
 * The fine-tuning options the encoder trainers share ({@code --train-layers --epochs --batch --lr --head-lr --dropout
 * --decay --seed}), read from {@link Args#parse} output with the shared defaults (2 layers, batch 32, learning rates
 * 1e-4 and 1e-3, dropout 0.1, weight decay 0.01, seed 42); only the default number of epochs differs by trainer.
 */
public record FineTuneOptions(int trainLayers, int epochs, int batchSize, float encoderLr, float headLr,
                              float dropout, float decay, long seed) {

  /** The options in {@code args}, {@code epochs} epochs when {@code --epochs} is absent. */
  public static FineTuneOptions of(Map<String, List<String>> args, int epochs) {
    return new FineTuneOptions(
        Integer.parseInt(Args.one(args, "train-layers", "2")),
        Integer.parseInt(Args.one(args, "epochs", Integer.toString(epochs))),
        Integer.parseInt(Args.one(args, "batch", "32")),
        Float.parseFloat(Args.one(args, "lr", "1e-4")),
        Float.parseFloat(Args.one(args, "head-lr", "1e-3")),
        Float.parseFloat(Args.one(args, "dropout", "0.1")),
        Float.parseFloat(Args.one(args, "decay", "0.01")),
        Long.parseLong(Args.one(args, "seed", "42")));
  }
}
