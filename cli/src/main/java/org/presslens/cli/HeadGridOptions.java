package org.presslens.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options the frozen-head trainers share ({@code train sentence-sentiment-encoder}, {@code train
 * topic-stance-encoder}): the encoding cache and threads and the poolings and class-weight powers of the grid (the L2
 * penalties differ by task and stay with each command). Defaults: the shipped heads' settings.
 */
final class HeadGridOptions {

  @Option(names = "--cache", paramLabel = "DIR", description = "keeps the encoded texts for reruns")
  Path cache;

  @Option(names = "--pooling", defaultValue = "mean,cls-mean,cls-mean-max", paramLabel = "LIST",
      description = "poolings tried (default: ${DEFAULT-VALUE})")
  String pooling;

  @Option(names = "--balance", defaultValue = "0,0.5,1", paramLabel = "LIST",
      description = "class-weight powers tried (default: ${DEFAULT-VALUE})")
  String balance;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "encoding threads")
  int threads;

  /** The grid as trainer arguments, with {@code l2}: what the model's {@code .txt} records as its command. */
  List<String> grid(String l2) {
    return List.of("--pooling", pooling, "--l2", l2, "--balance", balance);
  }

  /** The arguments that do not change the model: threads and cache. */
  List<String> run() {
    return cache == null ? List.of("--threads", Integer.toString(threads))
        : List.of("--threads", Integer.toString(threads), "--cache", cache.toString());
  }
}
