package dev.rlvr.spark;

import java.util.Locale;

/** The file formats the job reads and writes. */
enum DataFormat {
  /** One JSON object per line (DESIGN.md's batch records). */
  JSONL,
  /** Columnar, as verl datasets ship. */
  PARQUET;

  /**
   * Reads {@code jsonl} or {@code parquet}.
   *
   * @throws IllegalArgumentException for any other name
   */
  static DataFormat parse(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "jsonl", "json" -> JSONL;
      case "parquet" -> PARQUET;
      default -> throw new IllegalArgumentException("unknown format '" + name + "': use jsonl or parquet");
    };
  }

  /** Guesses from a path's name: Parquet for {@code .parquet}, else JSONL. */
  static DataFormat ofPath(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.endsWith(".parquet") ? PARQUET : JSONL;
  }
}
