package org.presslens.spark.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Spark 3.5 installation made from the jars of this build, laid out as a distribution is ({@code SPARK_HOME} with
 * {@code jars/} and {@code conf/}), so that Spark's own Java code works unchanged (the standalone worker builds its
 * executors' command lines from {@code SPARK_HOME}). Its class path, given as {@code SPARK_DIST_CLASSPATH} (as for a
 * "Hadoop free" Spark build; {@code jars/} is empty), is Spark's dependencies
 * ({@code target/spark-dist/provided-classpath.txt}) and Spark's versions of the libraries it shares with presslens
 * ({@code target/spark-dist/jars}: Guava 14, jackson-annotations 2.15, ...): a job jar that needs newer ones has to
 * bring them relocated. No presslens class is on this class path.
 */
public final class SparkDistribution {
  private static final String LOG4J2 = String.join("\n",
      "rootLogger.level = warn",
      "rootLogger.appenderRef.console.ref = console",
      "appender.console.type = Console",
      "appender.console.name = console",
      "appender.console.target = SYSTEM_ERR",
      "appender.console.layout.type = PatternLayout",
      "appender.console.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n%ex",
      "logger.presslens.name = org.presslens",
      "logger.presslens.level = info",
      "# the driver's record of which executor ran which task",
      "logger.tasks.name = org.apache.spark.scheduler.TaskSetManager",
      "logger.tasks.level = info",
      "");

  private final Path home;
  private final String classPath;
  private final List<String> jvmOptions;

  private SparkDistribution(Path home, String classPath, List<String> jvmOptions) {
    this.home = home;
    this.classPath = classPath;
    this.jvmOptions = jvmOptions;
  }

  /**
   * Makes {@code home} from the build's {@code sparkDist} directory ({@code target/spark-dist}); {@code jvmOptions}
   * are the {@code --add-opens} flags Spark 3.5 needs on Java 17, given to the master, workers and driver (the
   * executors get them from Spark itself).
   */
  public static SparkDistribution create(Path sparkDist, Path home, List<String> jvmOptions) throws IOException {
    String provided = Files.readString(sparkDist.resolve("provided-classpath.txt"), StandardCharsets.UTF_8).trim();
    List<Path> all = new ArrayList<>();
    Arrays.stream(provided.split(File.pathSeparator)).map(Path::of).forEach(all::add);
    try (Stream<Path> overlap = Files.list(sparkDist.resolve("jars"))) {
      overlap.forEach(all::add);
    }
    for (Path jar : all) {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(jar + " is missing; build the module first (mvn package)");
      }
    }
    // an empty jars/ (the launcher requires one); the class path is SPARK_DIST_CLASSPATH, as in a "Hadoop free" build
    Files.createDirectories(home.resolve("jars"));
    Files.writeString(Files.createDirectories(home.resolve("conf")).resolve("log4j2.properties"), LOG4J2,
        StandardCharsets.UTF_8);
    String classPath = all.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    return new SparkDistribution(home, classPath, List.copyOf(jvmOptions));
  }

  public Path home() {
    return home;
  }

  /** {@code java} with {@code heap}, the JVM options and the distribution's class path, running {@code mainClass}. */
  List<String> javaCommand(String heap, String mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(heap);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(home.resolve("conf") + File.pathSeparator + classPath);
    command.add(mainClass);
    command.addAll(args);
    return command;
  }

  /** The environment of every process of the cluster: this SPARK_HOME, loopback only. */
  void environment(Map<String, String> env) {
    env.keySet().removeIf(k -> k.startsWith("SPARK_") || k.startsWith("HADOOP_") || k.startsWith("YARN_"));
    env.put("SPARK_HOME", home.toString());
    env.put("SPARK_DIST_CLASSPATH", classPath);
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_LOCAL_HOSTNAME", "127.0.0.1");
  }
}
