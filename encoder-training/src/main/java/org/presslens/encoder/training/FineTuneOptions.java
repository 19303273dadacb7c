package org.presslens.encoder.training;

import java.util.List;
import java.util.Map;

/**
 * The fine-tuning options the encoder trainers share ({@code --train-layers --epochs --batch --lr --head-lr --dropout
 * --decay --seed}), read from {@link Args#parse} output with the shared defaults (batch 32, learning rates 1e-4 and
 * 1e-3, dropout 0.1, weight decay 0.01, seed 42); the default numbers of trained layers and epochs differ by trainer.
 */
public record FineTuneOptions(int trainLayers, int epochs, int batchSize, float encoderLr, float headLr,
                              float dropout, float decay, long seed) {

  /** The options in {@code args}, 2 trained layers and {@code epochs} epochs when their options are absent. */
  public static FineTuneOptions of(Map<String, List<String>> args, int epochs) {
    return of(args, 2, epochs);
  }

  /**
   * The options in {@code args}, {@code trainLayers} trained layers and {@code epochs} epochs when
   * {@code --train-layers} and {@code --epochs} are absent.
   */
  public static FineTuneOptions of(Map<String, List<String>> args, int trainLayers, int epochs) {
    return new FineTuneOptions(
        Integer.parseInt(Args.one(args, "train-layers", Integer.toString(trainLayers))),
        Integer.parseInt(Args.one(args, "epochs", Integer.toString(epochs))),
        Integer.parseInt(Args.one(args, "batch", "32")),
        Float.parseFloat(Args.one(args, "lr", "1e-4")),
        Float.parseFloat(Args.one(args, "head-lr", "1e-3")),
        Float.parseFloat(Args.one(args, "dropout", "0.1")),
        Float.parseFloat(Args.one(args, "decay", "0.01")),
        Long.parseLong(Args.one(args, "seed", "42")));
  }
}
