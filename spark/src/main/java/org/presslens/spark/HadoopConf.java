package org.presslens.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (spark.hadoop.* settings, credentials of object stores, ...) as a serializable
 * snapshot, broadcast to the executors that read the input files.
 */
final class HadoopConf implements Serializable {
  private static final long serialVersionUID = 1L;

  private final HashMap<String, String> entries = new HashMap<>();
  private transient volatile Configuration conf;

  HadoopConf(Configuration conf) {
    for (Map.Entry<String, String> e : conf) {
      entries.put(e.getKey(), e.getValue());
    }
  }

  Configuration get() {
    Configuration c = conf;
    if (c == null) {
      c = new Configuration(false);
      for (Map.Entry<String, String> e : entries.entrySet()) {
        c.set(e.getKey(), e.getValue());
      }
      conf = c;
    }
    return c;
  }
}
