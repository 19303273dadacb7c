package org.presslens.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs a trainer of {@code presslens-encoder-training}, which is on the class path of {@code train} only (the launcher
 * adds {@code cli/target/train-lib}); a missing trainer fails with what to do instead of a bare
 * {@link NoClassDefFoundError}.
 */
final class EncoderTrainers {

  private EncoderTrainers() {
  }

  /** A trainer's main. */
  interface Trainer {
    void run() throws Exception;
  }

  static void run(Trainer trainer) throws Exception {
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
    try {
      trainer.run();
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException("the encoder trainer is not on the class path (" + e.getMessage()
          + "): run it through ./presslens, which adds cli/target/train-lib for 'train'", e);
    }
  }

  /** The command line {@code presslens train <name> <args>}, as the model's {@code .txt} records it. */
  static String commandLine(String name, List<String> args) {
    return "presslens train " + name + " " + String.join(" ", args);
  }

  /** {@code --dev a --dev b} for each file. */
  static void addRepeated(List<String> args, String option, List<Path> values) {
    values.forEach(v -> args.addAll(List.of(option, v.toString())));
  }
}
