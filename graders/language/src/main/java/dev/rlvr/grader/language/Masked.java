package dev.rlvr.grader.language;

import java.util.Map;

/**
 * Text whose ignored spans were blanked out, with how many spans of each kind there were.
 *
 * @param text the text, same length as the input, ignored spans turned into spaces
 * @param spans spans blanked per kind (latex, code, urls, markup)
 */
record Masked(String text, Map<Ignorable, Integer> spans) {
  Masked {
    spans = Map.copyOf(spans);
  }
}
