package dev.rlvr.grader.math.parser;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The linear pre-pass before lexing: it takes away what carries no mathematics and spells the
 * rest one way, so the grammar stays small.
 *
 * <ul>
 *   <li>math delimiters ({@link MathDelimiters}) and unicode math ({@link UnicodeMath});
 *   <li>{@code \left}, {@code \right}, {@code \big}..., spacing ({@code \, \; \: \! \quad ~}),
 *       {@code \displaystyle}, {@code \boxed}, {@code \hspace{..}}, {@code \color{..}};
 *   <li>{@code \dfrac}, {@code \tfrac}, {@code \cfrac} become {@code \frac}, {@code \dbinom}
 *       {@code \binom}; a single-character argument of {@code \frac}, {@code \binom} or
 *       {@code \sqrt} is braced ({@code \frac12} is {@code \frac{1}{2}}, as in LaTeX);
 *   <li>text commands become the canonical {@code \text{words}} ({@link TextContent}),
 *       {@code \mathrm{cm}} too, while {@code \mathrm{e}} or {@code \mathbf{v}} are just math;
 *       {@code \operatorname{lcm}} is {@code \lcm};
 *   <li>{@code ^\circ}, {@code ^{\circ}}, {@code \degree} are {@code °};
 *   <li>{@code \lbrace}, {@code \lvert}... become {@code \{}, {@code |}...;
 *   <li>thousands separators: {@code 1{,}000} always, {@code 1\,000} always, and
 *       {@code 1,000,000} or {@code 1 000 000} when the digits and separators form exactly
 *       d{1,3}(,ddd)+ and sit outside parentheses, brackets and set braces ({@code (1,000)} and
 *       {@code 1,2} keep their commas; grouping braces do not count, so
 *       {@code \frac{1,000}{3}} is a thousand thirds);
 *   <li>a standalone {@code U} between intervals is {@code \cup};
 *   <li>{@code !=} after a space is {@code \ne}; otherwise the {@code !} is a factorial;
 *   <li>a trailing period, comma or semicolon and a leading {@code =} are dropped.
 * </ul>
 *
 * <p>Each character is looked at a bounded number of times (brace pairs are matched once, up
 * front), so the pass is linear and recursion-free whatever the input. Not thread-safe: one
 * instance per call, through {@link #normalize(String)}.
 *
 * <p>Over the size budget on purpose: the rewrites share the scan position, the output and the
 * bracket depth, and splitting them across classes would pass that state around for nothing.
 */
final class LatexNormalizer {

  /** Function names that {@code \operatorname} and {@code \mathrm} may spell. */
  static final Set<String> FUNCTION_NAMES = Set.of(
      "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "arccot", "arcsec",
      "arccsc", "sinh", "cosh", "tanh", "coth", "sech", "csch", "exp", "ln", "log", "gcd", "lcm",
      "max", "min", "abs", "floor", "ceil");

  /** Relations that may open an answer and say only that what follows is approximate. */
  private static final List<String> LEADING_APPROX =
      List.of("\\approx", "\\simeq", "\\thickapprox", "\\sim");

  /**
   * An AMC label opening an answer, {@code (C) 12} or {@code (C)\ 12}: the label, not the
   * product C times 12, as {@code \text{(C) } 12} already is.
   */
  private static final Pattern CHOICE_LABEL = Pattern.compile(
      "^\\s*\\(([A-E])\\)(?=\\s|\\\\[ ,;:~]|\\\\q?quad|~)");

  /** Commands that may start the right side of a union written with a letter U. */
  private static final List<String> SET_STARTS = List.of("\\{", "\\lbrace", "\\langle",
      "\\left", "\\emptyset", "\\varnothing", "\\mathbb");

  private final String s;
  private final int n;
  private final int[] braceMatch;
  private final StringBuilder out;
  private boolean[] wrap;
  /** Nesting in parentheses, brackets and set braces: thousands separators only at zero. */
  private int depth;

  private LatexNormalizer(String s) {
    this.s = s;
    this.n = s.length();
    this.braceMatch = BraceMatcher.match(s);
    this.out = new StringBuilder(n + 16);
  }

  /**
   * Normalises an answer.
   *
   * @param raw the answer as extracted, not null
   * @return the normalised answer, possibly empty
   */
  static String normalize(String raw) {
    // A negative thin space separates nothing, and MATH writes thousands as 1,\!000.
    String s = RepeatingDecimals.rewrite(
        UnicodeMath.rewrite(MathDelimiters.strip(raw)).replace("\\!", ""));
    s = CHOICE_LABEL.matcher(s).replaceFirst("\\\\text{($1)}");
    return tidy(new LatexNormalizer(bareBracesAsSet(s)).run());
  }

  /**
   * A whole answer written {@code {1, 2}}: in LaTeX the braces only group, but a plain-text gold
   * (or answer) that wraps a comma list in them means the set, as {@code \{1, 2\}} would.
   */
  private static final Pattern THOUSANDS_IN_BRACES = Pattern.compile("\\{\\d{1,3}(,\\d{3})+(\\.\\d+)?}");

  static String bareBracesAsSet(String s) {
    String t = s.strip();
    if (t.length() < 3 || t.charAt(0) != '{' || t.charAt(t.length() - 1) != '}'
        || THOUSANDS_IN_BRACES.matcher(t).matches()) {
      return s;
    }
    int depth = 0;
    boolean comma = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\\') {
        i++; // an escaped brace or a command's first letter is not structure
      } else if (c == '{' || c == '(' || c == '[') {
        depth++;
      } else if (c == '}' || c == ')' || c == ']') {
        depth--;
        if (depth == 0 && i < t.length() - 1) {
          return s; // the first brace closes early: {a}{b} or {1}, {2} is not one group
        }
      } else if (c == ',' && depth == 1) {
        comma = true;
      }
    }
    return comma && depth == 0 ? "\\{" + t.substring(1, t.length() - 1) + "\\}" : s;
  }

  private String run() {
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> i = command(i);
        case '{' -> i = openBrace(i);
        case '^' -> i = caret(i);
        case '~' -> {
          out.append(' ');
          i++;
        }
        case '(', '[' -> {
          depth++;
          out.append(c);
          i++;
        }
        case ')', ']' -> {
          depth = Math.max(0, depth - 1);
          out.append(c);
          i++;
        }
        case 'U' -> i = unionLetter(i);
        case '!' -> i = bang(i);
        default -> i = (c >= '0' && c <= '9') ? number(i) : emit(i);
      }
    }
    return out.toString();
  }

  /** Copies one character, braced when it is a single-character argument. */
  private int emit(int i) {
    char c = s.charAt(i);
    if (wrap != null && wrap[i]) {
      out.append('{').append(c).append('}');
    } else {
      out.append(c);
    }
    return i + 1;
  }

  private int command(int i) {
    if (i + 1 >= n) {
      return i + 1;
    }
    char next = s.charAt(i + 1);
    if (!isLetter(next)) {
      return symbolCommand(i, next);
    }
    int end = i + 1;
    while (end < n && isLetter(s.charAt(end))) {
      end++;
    }
    String name = s.substring(i + 1, end);
    switch (name) {
      case "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr",
          "biggl", "biggr", "Biggl", "Biggr", "middle" -> {
        return sizing(end);
      }
      case "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "limits",
          "nolimits", "quad", "qquad", "enspace", "thinspace", "medspace", "thickspace",
          "negthinspace", "negmedspace", "negthickspace", "hfill", "nonumber", "notag", "strut",
          "mathstrut", "boxed", "fbox", "framebox", "bf", "rm", "it", "sf", "tt", "em",
          "normalsize", "small", "large", "Large", "underline" -> {
        out.append(' ');
        return end;
      }
      case "hspace", "vspace", "phantom", "hphantom", "vphantom", "color", "label", "tag" -> {
        out.append(' ');
        return skipGroup(end);
      }
      case "textcolor" -> {
        out.append(' ');
        return skipGroup(end);
      }
      case "frac", "dfrac", "tfrac", "cfrac" -> {
        out.append("\\frac");
        markArguments(end, 2);
        return end;
      }
      case "binom", "dbinom", "tbinom" -> {
        out.append("\\binom");
        markArguments(end, 2);
        return end;
      }
      case "sqrt" -> {
        out.append("\\sqrt");
        markRoot(end);
        return end;
      }
      case "text", "textrm", "textit", "textbf", "textsf", "texttt", "textup", "textnormal",
          "textmd", "textsl", "mbox", "hbox", "emph" -> {
        return text(end);
      }
      case "mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathnormal", "boldsymbol", "bm",
          "pmb", "mathcal", "mathscr", "mathfrak" -> {
        return mathFont(end, name.equals("mathrm"));
      }
      case "operatorname" -> {
        return operatorName(end);
      }
      case "mathbb" -> {
        return blackboard(end);
      }
      case "degree", "textdegree", "circ" -> {
        out.append('\u00B0');
        return end;
      }
      case "lbrace" -> {
        depth++;
        out.append("\\{");
        return end;
      }
      case "rbrace" -> {
        depth = Math.max(0, depth - 1);
        out.append("\\}");
        return end;
      }
      case "langle" -> {
        depth++;
        out.append("\\langle ");
        return end;
      }
      case "rangle" -> {
        depth = Math.max(0, depth - 1);
        out.append("\\rangle ");
        return end;
      }
      case "lvert", "rvert", "vert", "mid" -> {
        out.append('|');
        return end;
      }
      default -> {
        out.append(s, i, end);
        return end;
      }
    }
  }

  /** A backslash and a non-letter: spacing, inner delimiters, or an escaped symbol. */
  private int symbolCommand(int i, char next) {
    switch (next) {
      case ',', ';', ':', '!', '>', ' ', '\t', '\n', '\r' -> {
        return spacing(i + 2);
      }
      case '(', ')', '[', ']' -> {
        out.append(' ');
        return i + 2;
      }
      case '{' -> {
        depth++;
        out.append("\\{");
        return i + 2;
      }
      case '}' -> {
        depth = Math.max(0, depth - 1);
        out.append("\\}");
        return i + 2;
      }
      default -> {
        out.append('\\').append(next);
        return i + 2;
      }
    }
  }

  /** A dropped space; between a digit and exactly three more digits it groups thousands. */
  private int spacing(int next) {
    if (!(endsWithDigit() && exactlyThreeDigitsAt(next))) {
      out.append(' ');
    }
    return next;
  }

  /** After {@code \left}: {@code .} is no delimiter, {@code <} and {@code >} are angles. */
  private int sizing(int end) {
    out.append(' ');
    int k = skipSpaces(end);
    if (k < n) {
      switch (s.charAt(k)) {
        case '.' -> {
          return k + 1;
        }
        case '<' -> {
          depth++;
          out.append("\\langle ");
          return k + 1;
        }
        case '>' -> {
          depth = Math.max(0, depth - 1);
          out.append("\\rangle ");
          return k + 1;
        }
        default -> {
          return k;
        }
      }
    }
    return k;
  }

  private int skipGroup(int end) {
    int k = skipSpaces(end);
    if (k < n && s.charAt(k) == '*') {
      k = skipSpaces(k + 1);
    }
    if (k < n && s.charAt(k) == '{' && braceMatch[k] > k) {
      return braceMatch[k] + 1;
    }
    return end;
  }

  /** Braces the single-character arguments among the next {@code count} arguments. */
  private void markArguments(int from, int count) {
    int pos = from;
    for (int arg = 0; arg < count; arg++) {
      int k = skipSpaces(pos);
      if (k >= n) {
        return;
      }
      char c = s.charAt(k);
      if (c == '{') {
        if (braceMatch[k] < 0) {
          return;
        }
        pos = braceMatch[k] + 1;
      } else if (c == '\\' && k + 1 < n && isLetter(s.charAt(k + 1))) {
        pos = k + 1;
        while (pos < n && isLetter(s.charAt(pos))) {
          pos++;
        }
      } else if (isLetter(c) || (c >= '0' && c <= '9')) {
        if (wrap == null) {
          wrap = new boolean[n];
        }
        wrap[k] = true;
        pos = k + 1;
      } else {
        return;
      }
    }
  }

  /** {@code \sqrt[n]x}: skips the optional index, then braces a one-character radicand. */
  private void markRoot(int from) {
    int k = skipSpaces(from);
    if (k < n && s.charAt(k) == '[') {
      int level = 0;
      int j = k;
      for (; j < n; j++) {
        char c = s.charAt(j);
        if (c == '[') {
          level++;
        } else if (c == ']' && --level == 0) {
          break;
        }
      }
      if (j >= n) {
        return;
      }
      k = j + 1;
    }
    markArguments(k, 1);
  }

  private int text(int end) {
    int k = skipSpaces(end);
    if (k < n && s.charAt(k) == '{' && braceMatch[k] > k) {
      String content = s.substring(k + 1, braceMatch[k]).strip();
      int after = skipSpaces(braceMatch[k] + 1);
      if (FUNCTION_NAMES.contains(content) && after < n && s.charAt(after) == '(') {
        // \text{lcm}(4, 6) is the function, as \operatorname{lcm} is
        out.append('\\').append(content).append(' ');
        return braceMatch[k] + 1;
      }
      out.append(TextContent.render(s.substring(k + 1, braceMatch[k])));
      return braceMatch[k] + 1;
    }
    out.append(' ');
    return end;
  }

  /**
   * {@code \mathrm{cm}} is words, {@code \mathrm{lcm}} a function, {@code \mathrm{e}} math;
   * right after a number, an upright {@code \mathrm{m}} or {@code \mathrm{m/s^2}} is a unit.
   */
  private int mathFont(int end, boolean upright) {
    int k = skipSpaces(end);
    if (k < n && s.charAt(k) == '{' && braceMatch[k] > k) {
      String content = s.substring(k + 1, braceMatch[k]).strip();
      if (unitLike(content) || upright && isDigit(lastNonSpace()) && shortUnit(content)) {
        appendFunctionOrText(content);
        return braceMatch[k] + 1;
      }
    }
    out.append(' ');
    return end;
  }

  private int operatorName(int end) {
    int k = skipSpaces(end);
    if (k < n && s.charAt(k) == '*') {
      k = skipSpaces(k + 1);
    }
    if (k < n && s.charAt(k) == '{' && braceMatch[k] > k) {
      String name = s.substring(k + 1, braceMatch[k]).strip();
      if (!FUNCTION_NAMES.contains(name) && UNKNOWN_OPERATOR.matcher(name).matches()) {
        // An operator we do not know still acts on what follows: read as text (a word, a unit) it
        // would vanish and \operatorname{foo}(2) would equal 2. Spelled as single letters it stays
        // an unknown, which only the same spelling matches.
        out.append(' ').append(String.join(" ", name.split(""))).append(' ');
      } else {
        appendFunctionOrText(name);
      }
      return braceMatch[k] + 1;
    }
    out.append(' ');
    return k;
  }

  /** Operator names of plain letters (one letter, such as {@code e}, is left to the parser). */
  private static final Pattern UNKNOWN_OPERATOR = Pattern.compile("[A-Za-z]{2,}");

  /** A known function name becomes its command ({@code \sin}); anything else, text. */
  private void appendFunctionOrText(String content) {
    if (FUNCTION_NAMES.contains(content)) {
      out.append('\\').append(content).append(' ');
    } else {
      out.append(TextContent.render(content));
    }
  }

  /** {@code \mathbb R}, {@code \mathbb{R}} and {@code \mathbb {R}} are {@code \mathbb{R}}. */
  private int blackboard(int end) {
    int k = skipSpaces(end);
    if (k < n && s.charAt(k) == '{' && braceMatch[k] > k) {
      String content = s.substring(k + 1, braceMatch[k]).strip();
      if (content.length() == 1 && isLetter(content.charAt(0))) {
        out.append("\\mathbb{").append(content).append('}');
        return braceMatch[k] + 1;
      }
    } else if (k < n && isLetter(s.charAt(k))) {
      out.append("\\mathbb{").append(s.charAt(k)).append('}');
      return k + 1;
    }
    out.append("\\mathbb");
    return end;
  }

  /** {@code ^\circ} and {@code ^{\circ}} are a degree sign; any other caret stays. */
  private int caret(int i) {
    int k = skipSpaces(i + 1);
    int after = commandEnd(k, "circ");
    if (after < 0) {
      after = commandEnd(k, "degree");
    }
    if (after < 0 && k < n && s.charAt(k) == '{' && braceMatch[k] > k) {
      String inner = s.substring(k + 1, braceMatch[k]).strip();
      if (inner.equals("\\circ") || inner.equals("\\degree")) {
        after = braceMatch[k] + 1;
      }
    }
    if (after >= 0) {
      out.append('\u00B0');
      return after;
    }
    out.append('^');
    return i + 1;
  }

  /** {@code {,}}: a thousands separator before three digits, else a decimal comma. */
  private int openBrace(int i) {
    if (s.startsWith("{,}", i)) {
      if (endsWithDigit() && exactlyThreeDigitsAt(i + 3)) {
        return i + 3;
      }
      boolean decimal = endsWithDigit() && i + 3 < n && isDigit(s.charAt(i + 3));
      out.append(decimal ? '.' : ',');
      return i + 3;
    }
    out.append('{');
    return i + 1;
  }

  /**
   * Digits at depth zero that form d{1,3}(,ddd)+ lose their commas; d{1,3}( ddd)+ (SI style,
   * {@code 1 000 000}) loses its spaces at any depth (juxtaposed numbers separate nothing),
   * unless a slash follows ({@code 2 100/3} is a mixed number).
   */
  private int number(int i) {
    if ((wrap != null && wrap[i]) || !startsNumber(i)) {
      return emit(i);
    }
    int j = i;
    while (j < n && isDigit(s.charAt(j))) {
      j++;
    }
    if (j - i > 3) {
      return emit(i);
    }
    int end = depth == 0 ? groupsEnd(j, ',') : j;
    char separator = ',';
    if (end == j) {
      end = groupsEnd(j, ' ');
      separator = ' ';
      if (end < n && s.charAt(end) == '/') {
        return emit(i);
      }
    }
    boolean whole = !(end + 1 < n && s.charAt(end) == separator && isDigit(s.charAt(end + 1)));
    if (end == j || !whole) {
      return emit(i);
    }
    for (int k = i; k < end; k++) {
      if (s.charAt(k) != separator) {
        out.append(s.charAt(k));
      }
    }
    return end;
  }

  /** After the digits ending at {@code j}, the end of the groups {@code ,ddd} (or {@code ddd}). */
  private int groupsEnd(int j, char separator) {
    int k = j;
    while (k + 3 < n && s.charAt(k) == separator && exactlyThreeDigitsAt(k + 1)) {
      k += 4;
    }
    return k;
  }

  /** Not inside a number, nor right after a comma or space that follows a digit. */
  private boolean startsNumber(int i) {
    if (i == 0) {
      return true;
    }
    char before = s.charAt(i - 1);
    if (isDigit(before) || before == '.') {
      return false;
    }
    return !((before == ',' || before == ' ') && i >= 2 && isDigit(s.charAt(i - 2)));
  }

  /**
   * {@code x != 2} (a space before) is not-equal; {@code 5!=120} is a factorial, equal to.
   */
  private int bang(int i) {
    if (i + 1 < n && s.charAt(i + 1) == '=' && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
      out.append("\\ne ");
      return i + 2;
    }
    out.append('!');
    return i + 1;
  }

  /** A standalone {@code U} between two intervals or sets is a union. */
  private int unionLetter(int i) {
    if (wrap != null && wrap[i]) {
      return emit(i);
    }
    boolean alone = (i == 0 || !isLetterOrDigit(s.charAt(i - 1)))
        && (i + 1 >= n || !isLetterOrDigit(s.charAt(i + 1)));
    char before = lastNonSpace();
    boolean closedBefore = before == ')' || before == ']' || before == '}'
        || endsWithIgnoringSpaces("\\rangle") || endsWithIgnoringSpaces("\\emptyset")
        || endsWithIgnoringSpaces("\\varnothing");
    int k = skipSpaces(i + 1);
    boolean opensAfter = k < n && (s.charAt(k) == '(' || s.charAt(k) == '['
        || SET_STARTS.stream().anyMatch(start -> s.startsWith(start, k)));
    if (alone && closedBefore && opensAfter) {
      out.append(" \\cup ");
      return i + 1;
    }
    out.append('U');
    return i + 1;
  }

  private static String tidy(String text) {
    int end = text.length();
    while (end > 0) {
      char c = text.charAt(end - 1);
      boolean trailingPunctuation = (c == '.' || c == ',' || c == ';')
          && !(end >= 2 && text.charAt(end - 2) == '\\');
      if (Character.isWhitespace(c) || trailingPunctuation) {
        end--;
      } else {
        break;
      }
    }
    int start = 0;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start < end && text.charAt(start) == '=' && (start + 1 >= end || text.charAt(start + 1) != '=')) {
      start++;
    } else {
      // "\approx 3.14" with nothing before it states the value
      for (String approx : LEADING_APPROX) {
        if (text.startsWith(approx, start)
            && (start + approx.length() >= end || !isLetter(text.charAt(start + approx.length())))) {
          start += approx.length();
          break;
        }
      }
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return text.substring(start, end);
  }

  /** The index after {@code \name} at {@code k} when no letter follows, else -1. */
  private int commandEnd(int k, String name) {
    int end = k + 1 + name.length();
    if (k < n && s.charAt(k) == '\\' && s.startsWith(name, k + 1)
        && (end >= n || !isLetter(s.charAt(end)))) {
      return end;
    }
    return -1;
  }

  private boolean exactlyThreeDigitsAt(int k) {
    return k + 3 <= n && isDigit(s.charAt(k)) && isDigit(s.charAt(k + 1))
        && isDigit(s.charAt(k + 2)) && (k + 3 == n || !isDigit(s.charAt(k + 3)));
  }

  private boolean endsWithDigit() {
    return out.length() > 0 && isDigit(out.charAt(out.length() - 1));
  }

  private char lastNonSpace() {
    for (int k = out.length() - 1; k >= 0; k--) {
      if (out.charAt(k) != ' ') {
        return out.charAt(k);
      }
    }
    return 0;
  }

  private boolean endsWithIgnoringSpaces(String suffix) {
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    return end >= suffix.length() && out.substring(end - suffix.length(), end).equals(suffix);
  }

  private int skipSpaces(int k) {
    while (k < n && Character.isWhitespace(s.charAt(k))) {
      k++;
    }
    return k;
  }

  /**
   * A unit of single letters after a number: {@code m}, {@code g}, {@code m/s^2}; not the
   * constants {@code e} and {@code i}, the differential {@code d} or a usual variable.
   */
  private static boolean shortUnit(String text) {
    if (text.isEmpty() || !isLetter(text.charAt(0))
        || text.length() == 1 && "eidxyznk".indexOf(text.charAt(0)) >= 0) {
      return false;
    }
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (!isLetterOrDigit(c) && "/^ .-".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Words or units: {@code cm}, {@code km/h}, {@code m/s^2}; not {@code x}, {@code 2x}. */
  private static boolean unitLike(String text) {
    boolean word = false;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (isLetter(c)) {
        word |= k > 0 && isLetter(text.charAt(k - 1));
      } else if (!isDigit(c) && "/^ .-".indexOf(c) < 0) {
        return false;
      }
    }
    return word;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isLetterOrDigit(char c) {
    return isLetter(c) || isDigit(c);
  }
}
