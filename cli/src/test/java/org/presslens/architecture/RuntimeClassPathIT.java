package org.presslens.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The class path the launcher gives {@code analyze} holds no DJL PyTorch engine, PyTorch natives or trainer (the
 * encoder runs on ONNX Runtime); {@code train} gets them from {@code cli/target/train-lib}. Runs the real launcher
 * with a stand-in {@code java} on the PATH that prints its arguments (after {@code package}, which fills both
 * directories).
 */
class RuntimeClassPathIT {

  @Test
  void analyzeHasNoTrainingLibrariesAndTrainHasThem() throws Exception {
    List<String> analyze = classPathJars("analyze");
    assertThat(analyze).anyMatch(j -> j.startsWith("onnxruntime-"))
        .anyMatch(j -> j.startsWith("presslens-encoder-models-"))
        .noneMatch(j -> j.startsWith("pytorch-") || j.startsWith("presslens-encoder-training-"));
    List<String> train = classPathJars("train");
    assertThat(train).anyMatch(j -> j.startsWith("pytorch-native-cpu-"))
        .anyMatch(j -> j.startsWith("pytorch-engine-"))
        .anyMatch(j -> j.startsWith("presslens-encoder-training-"));
  }

  /** The jar file names on the class path the launcher passes to java for {@code command}. */
  private static List<String> classPathJars(String command) throws IOException, InterruptedException {
    Path root = ArchitectureTest.root();
    Path bin = Files.createTempDirectory("fake-java");
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\"\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("presslens").toString(), command)
        .redirectErrorStream(true);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    Process p = pb.start();
    List<String> args = List.of(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    assertThat(p.waitFor()).isZero();
    String cp = args.get(args.indexOf("-cp") + 1);
    List<String> jars = new ArrayList<>();
    for (String entry : cp.split(":")) {
      if (entry.endsWith("/*")) {
        try (Stream<Path> files = Files.list(Path.of(entry.substring(0, entry.length() - 2)))) {
          files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".jar")).forEach(jars::add);
        }
      } else {
        jars.add(Path.of(entry).getFileName().toString());
      }
    }
    assertThat(jars).isNotEmpty();
    return jars;
  }
}
