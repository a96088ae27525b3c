package dev.rlvr.grader.language;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a language as records and options write it: an ISO 639 code or BCP 47 tag ({@code zh},
 * {@code zh-CN}, {@code zh_Hans}, {@code pt-BR}, {@code zho}), or a name in English or in the
 * language itself ({@code Chinese}, {@code 中文}, {@code Deutsch}), all through ICU's data.
 */
final class LanguageNames {
  private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  private static final Pattern QUALIFIER = Pattern.compile(
      "\\(.*\\)|\\b(simplified|traditional|standard|modern|mandarin|language)\\b");
  private static final Set<String> CJK = Set.of("zh", "ja", "ko");
  private static final Set<String> CODES = Set.of(ULocale.getISOLanguages());

  private LanguageNames() {}

  /**
   * The language a text names.
   *
   * @param raw a code, tag or name; may be blank
   * @return the language, or empty when ICU knows no such language or no script for it
   */
  static Optional<Language> parse(String raw) {
    String text = raw == null ? "" : raw.strip().replace('_', '-');
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (TAG.matcher(text).matches()) {
      ULocale tag = ULocale.forLanguageTag(text);
      String code = ULocale.createCanonical(tag.getLanguage()).getLanguage();
      if (CODES.contains(code)) {
        return of(code, tag.getScript());
      }
    }
    String name = text.toLowerCase(Locale.ROOT);
    String code = Names.BY_NAME.get(name);
    if (code == null) {
      String bare = QUALIFIER.matcher(name).replaceAll(" ").strip().replaceAll("\\s+", " ");
      code = bare.equals("mandarin") || bare.isEmpty() ? null : Names.BY_NAME.get(bare);
      if (code == null && name.contains("mandarin")) {
        code = "zh";
      }
    }
    return code == null ? Optional.empty() : of(code, "");
  }

  /**
   * The language with an ISO 639 code.
   *
   * @param code the code
   * @param script an explicit ISO 15924 script, or empty for the language's usual ones
   * @return the language, or empty when no script is known for it
   */
  static Optional<Language> of(String code, String script) {
    Set<Integer> scripts = new HashSet<>();
    // Hans and Hant are no script that characters carry: for CJK the language decides.
    if (!script.isEmpty() && !CJK.contains(code)) {
      scripts.add(UScript.getCodeFromName(script));
      scripts.remove(UScript.INVALID_CODE);
    }
    if (scripts.isEmpty()) {
      scripts.addAll(usualScripts(code));
    }
    return scripts.isEmpty() ? Optional.empty() : Optional.of(new Language(code, scripts));
  }

  private static Set<Integer> usualScripts(String code) {
    if (code.equals("ko")) {
      return Set.of(UScript.HANGUL);
    }
    Set<Integer> scripts = new HashSet<>();
    int[] known = UScript.getCode(new ULocale(code));
    if (known != null) {
      for (int s : known) {
        scripts.add(s);
      }
    }
    if (scripts.isEmpty()) {
      String likely = ULocale.addLikelySubtags(new ULocale(code)).getScript();
      if (!likely.isEmpty()) {
        scripts.add(UScript.getCodeFromName(likely));
      }
    }
    scripts.remove(UScript.INVALID_CODE);
    return scripts;
  }

  /**
   * The language most often written in a script, by ICU's likely-subtags data.
   *
   * @param script a UScript code
   * @return the language ({@code Latn}: English, {@code Cyrl}: Russian, {@code Arab}: Arabic...)
   */
  static Optional<Language> likelyFor(int script) {
    String code = ULocale.addLikelySubtags(new ULocale("und_" + UScript.getShortName(script))).getLanguage();
    return code.isEmpty() || code.equals("und") ? Optional.empty() : of(code, "");
  }

  /** Names to codes, built once on first use (about 600 languages, two names each). */
  private static final class Names {
    static final Map<String, String> BY_NAME = build();

    private static Map<String, String> build() {
      Map<String, String> names = new HashMap<>();
      List<String> codes = List.of(ULocale.getISOLanguages());
      for (String code : codes.stream().sorted((a, b) -> a.length() - b.length()).toList()) {
        ULocale locale = new ULocale(code);
        add(names, locale.getDisplayLanguage(ULocale.ENGLISH), code);
        add(names, locale.getDisplayLanguage(locale), code);
      }
      return Map.copyOf(names);
    }

    private static void add(Map<String, String> names, String name, String code) {
      String key = name.toLowerCase(Locale.ROOT);
      if (!key.isBlank() && !key.equals(code)) {
        names.putIfAbsent(key, code);
      }
    }
  }
}
