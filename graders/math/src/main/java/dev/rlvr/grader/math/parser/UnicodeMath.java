package dev.rlvr.grader.math.parser;

/**
 * The first pass of {@link LatexNormalizer}: unicode math characters become their LaTeX
 * spellings, so that the later passes and the lexer only see ASCII LaTeX (plus the degree sign
 * {@code °}, which the lexer knows).
 *
 * <p>Linear in the input. Commands are written with a trailing space ({@code π r} and
 * {@code πr} both become {@code \pi r}) so that they never run into a following letter.
 */
final class UnicodeMath {

  private UnicodeMath() {}

  /**
   * Rewrites the unicode math characters of {@code s}.
   *
   * @param s the text, not null
   * @return the text with only ASCII math left (and {@code °}); {@code s} itself if it had none
   */
  static String rewrite(String s) {
    int n = s.length();
    int first = 0;
    while (first < n && s.charAt(first) < 0x80) {
      first++;
    }
    if (first == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n + 16);
    out.append(s, 0, first);
    int i = first;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 0x80) {
        out.append(c);
        i++;
      } else if (superscript(c) != 0) {
        i = script(s, i, out, '^', true);
      } else if (subscript(c) != 0) {
        i = script(s, i, out, '_', false);
      } else if (c == '\u221A') {
        i = root(s, i + 1, out);
      } else {
        String replacement = replacement(c);
        if (replacement != null) {
          out.append(replacement);
        } else if (!invisible(c)) {
          out.append(c);
        }
        i++;
      }
    }
    return out.toString();
  }

  /** Copies a run of superscript or subscript characters as {@code ^{...}} or {@code _{...}}. */
  private static int script(String s, int start, StringBuilder out, char marker, boolean sup) {
    out.append(marker).append('{');
    int i = start;
    while (i < s.length()) {
      char mapped = sup ? superscript(s.charAt(i)) : subscript(s.charAt(i));
      if (mapped == 0) {
        break;
      }
      out.append(mapped);
      i++;
    }
    out.append('}');
    return i;
  }

  /** {@code √12} is the root of twelve, {@code √x} of x, {@code √(x+1)} of the group. */
  private static int root(String s, int start, StringBuilder out) {
    out.append("\\sqrt");
    int i = start;
    int digitsEnd = i;
    if (i < s.length() && isAsciiDigit(s.charAt(i))) {
      while (digitsEnd < s.length()
          && (isAsciiDigit(s.charAt(digitsEnd)) || s.charAt(digitsEnd) == '.')) {
        digitsEnd++;
      }
    }
    if (digitsEnd > i) {
      out.append('{').append(s, i, digitsEnd).append('}');
      return digitsEnd;
    }
    if (i < s.length() && isAsciiLetter(s.charAt(i))) {
      out.append('{').append(s.charAt(i)).append('}');
      return i + 1;
    }
    out.append(' ');
    return i;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean invisible(char c) {
    return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }

  private static char superscript(char c) {
    return switch (c) {
      case '\u2070' -> '0';
      case '\u00B9' -> '1';
      case '\u00B2' -> '2';
      case '\u00B3' -> '3';
      case '\u2074' -> '4';
      case '\u2075' -> '5';
      case '\u2076' -> '6';
      case '\u2077' -> '7';
      case '\u2078' -> '8';
      case '\u2079' -> '9';
      case '\u207A' -> '+';
      case '\u207B' -> '-';
      case '\u207F' -> 'n';
      default -> 0;
    };
  }

  private static char subscript(char c) {
    if (c >= '\u2080' && c <= '\u2089') {
      return (char) ('0' + (c - '\u2080'));
    }
    return 0;
  }

  private static String replacement(char c) {
    return switch (c) {
      case '\u2212', '\u2013', '\u2014', '\u2010', '\u2011', '\uFE63', '\uFF0D' -> "-";
      case '\u00D7', '\u2715', '\u2A2F' -> "\\times ";
      case '\u00B7', '\u22C5', '\u2219', '\u2022' -> "\\cdot ";
      case '\u2217', '\uFF0A' -> "*";
      case '\u00F7' -> "\\div ";
      case '\u2044', '\u2215' -> "/";
      case '\u03C0' -> "\\pi ";
      case '\u221E' -> "\\infty ";
      case '\u2264', '\u2A7D' -> "\\le ";
      case '\u2265', '\u2A7E' -> "\\ge ";
      case '\u2260' -> "\\ne ";
      case '\u2248' -> "\\approx ";
      case '\u00B1' -> "\\pm ";
      case '\u2213' -> "\\mp ";
      case '\u222A' -> "\\cup ";
      case '\u2208' -> "\\in ";
      case '\u2205' -> "\\emptyset ";
      case '\u211D' -> "\\mathbb{R}";
      case '\u2124' -> "\\mathbb{Z}";
      case '\u2115' -> "\\mathbb{N}";
      case '\u211A' -> "\\mathbb{Q}";
      case '\u2102' -> "\\mathbb{C}";
      case '\u27E8', '\u2329', '\u3008' -> "\\langle ";
      case '\u27E9', '\u232A', '\u3009' -> "\\rangle ";
      case '\u230A' -> "\\lfloor ";
      case '\u230B' -> "\\rfloor ";
      case '\u2308' -> "\\lceil ";
      case '\u2309' -> "\\rceil ";
      case '\u221B' -> "\\sqrt[3]";
      case '\u2192', '\u27F6', '\u21D2' -> "\\to ";
      case '\u00BA', '\u02DA' -> "\u00B0";
      case '\u00BD' -> "\\frac{1}{2}";
      case '\u2153' -> "\\frac{1}{3}";
      case '\u2154' -> "\\frac{2}{3}";
      case '\u00BC' -> "\\frac{1}{4}";
      case '\u00BE' -> "\\frac{3}{4}";
      case '\u2155' -> "\\frac{1}{5}";
      case '\u2159' -> "\\frac{1}{6}";
      case '\u215B' -> "\\frac{1}{8}";
      case '\u00A0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
          '\u2009', '\u200A', '\u202F', '\u205F', '\u3000' -> " ";
      case '\u2026' -> "\\ldots ";
      default -> greek(c);
    };
  }

  private static String greek(char c) {
    return switch (c) {
      case '\u03B1' -> "\\alpha ";
      case '\u03B2' -> "\\beta ";
      case '\u03B3' -> "\\gamma ";
      case '\u03B4' -> "\\delta ";
      case '\u03B5', '\u03F5' -> "\\epsilon ";
      case '\u03B6' -> "\\zeta ";
      case '\u03B7' -> "\\eta ";
      case '\u03B8', '\u03D1' -> "\\theta ";
      case '\u03BA' -> "\\kappa ";
      case '\u03BB' -> "\\lambda ";
      case '\u03BC' -> "\\mu ";
      case '\u03BD' -> "\\nu ";
      case '\u03BE' -> "\\xi ";
      case '\u03C1' -> "\\rho ";
      case '\u03C3' -> "\\sigma ";
      case '\u03C4' -> "\\tau ";
      case '\u03C6', '\u03D5' -> "\\phi ";
      case '\u03C7' -> "\\chi ";
      case '\u03C8' -> "\\psi ";
      case '\u03C9' -> "\\omega ";
      case '\u0394' -> "\\Delta ";
      case '\u0398' -> "\\Theta ";
      case '\u03A3' -> "\\Sigma ";
      case '\u03A6' -> "\\Phi ";
      case '\u03A9' -> "\\Omega ";
      default -> null;
    };
  }
}
