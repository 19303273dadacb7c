package org.presslens.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the benchmark ran on, and how busy the machine was. */
public final class Machine {
  private Machine() {
  }

  /** The 1-minute load average from /proc/loadavg, or NaN where there is none. */
  public static double load1() {
    try {
      String s = Files.readString(Path.of("/proc/loadavg")).trim();
      return Double.parseDouble(s.split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
  }

  /** Cores, memory, CPU model, Java version. */
  public static Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memoryGb", Stats.round(totalMemoryKb() / 1024.0 / 1024.0, 1));
    m.put("cpu", cpuModel());
    m.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
    m.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    return m;
  }

  private static long totalMemoryKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return 0;
  }

  private static String cpuModel() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
      for (String line : lines) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return System.getProperty("os.arch");
  }
}
