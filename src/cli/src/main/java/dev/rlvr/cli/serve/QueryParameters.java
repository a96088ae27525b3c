package dev.rlvr.cli.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The URL query of a request, such as {@code ?recipe=r1-zero-math&weight=format=0.5}: OpenRLHF
 * takes any URL, so the query is how a trainer picks the recipe and weights per request.
 */
final class QueryParameters {
  private static final Set<String> KNOWN = Set.of("recipe", "weight");

  private final Map<String, List<String>> values;

  private QueryParameters(Map<String, List<String>> values) {
    this.values = values;
  }

  static QueryParameters parse(String rawQuery) throws RequestException {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        if (!KNOWN.contains(key)) {
          throw RequestException.badRequest("unknown URL parameter '" + key + "': use recipe=NAME and weight=component=w");
        }
        values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
    }
    return new QueryParameters(values);
  }

  static QueryParameters none() {
    return new QueryParameters(Map.of());
  }

  /** The recipe asked for, or null for the server's own. */
  String recipe() throws RequestException {
    List<String> recipes = values.getOrDefault("recipe", List.of());
    if (recipes.size() > 1) {
      throw RequestException.badRequest("give recipe= once, got " + recipes);
    }
    return recipes.isEmpty() || recipes.get(0).isBlank() ? null : recipes.get(0).strip();
  }

  /** The {@code component=w} items of every weight parameter; commas separate several in one. */
  List<String> weights() {
    List<String> items = new ArrayList<>();
    for (String value : values.getOrDefault("weight", List.of())) {
      for (String item : value.split(",")) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
    }
    return items;
  }

  private static String decode(String text) throws RequestException {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw RequestException.badRequest("bad URL encoding in '" + text + "'");
    }
  }
}
