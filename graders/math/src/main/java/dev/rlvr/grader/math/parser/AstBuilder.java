package dev.rlvr.grader.math.parser;

import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.grader.math.parser.MathAnswer.AbsContext;
import dev.rlvr.grader.math.parser.MathAnswer.AngledContext;
import dev.rlvr.grader.math.parser.MathAnswer.AnswerContext;
import dev.rlvr.grader.math.parser.MathAnswer.AtomPrimaryContext;
import dev.rlvr.grader.math.parser.MathAnswer.BareArgsContext;
import dev.rlvr.grader.math.parser.MathAnswer.BareFactorContext;
import dev.rlvr.grader.math.parser.MathAnswer.BareFirstContext;
import dev.rlvr.grader.math.parser.MathAnswer.BinomContext;
import dev.rlvr.grader.math.parser.MathAnswer.BlackboardContext;
import dev.rlvr.grader.math.parser.MathAnswer.BracedContext;
import dev.rlvr.grader.math.parser.MathAnswer.BracketedContext;
import dev.rlvr.grader.math.parser.MathAnswer.CeilContext;
import dev.rlvr.grader.math.parser.MathAnswer.ConstantAtomContext;
import dev.rlvr.grader.math.parser.MathAnswer.ConstantContext;
import dev.rlvr.grader.math.parser.MathAnswer.EmptySetContext;
import dev.rlvr.grader.math.parser.MathAnswer.ExponentContext;
import dev.rlvr.grader.math.parser.MathAnswer.ExprContext;
import dev.rlvr.grader.math.parser.MathAnswer.FactorContext;
import dev.rlvr.grader.math.parser.MathAnswer.FloorContext;
import dev.rlvr.grader.math.parser.MathAnswer.FracArgContext;
import dev.rlvr.grader.math.parser.MathAnswer.FracAtomContext;
import dev.rlvr.grader.math.parser.MathAnswer.FracContext;
import dev.rlvr.grader.math.parser.MathAnswer.FunctionContext;
import dev.rlvr.grader.math.parser.MathAnswer.FunctionPrimaryContext;
import dev.rlvr.grader.math.parser.MathAnswer.GreekContext;
import dev.rlvr.grader.math.parser.MathAnswer.ItemContext;
import dev.rlvr.grader.math.parser.MathAnswer.LettersContext;
import dev.rlvr.grader.math.parser.MathAnswer.MatrixContext;
import dev.rlvr.grader.math.parser.MathAnswer.MatrixRowContext;
import dev.rlvr.grader.math.parser.MathAnswer.NumberContext;
import dev.rlvr.grader.math.parser.MathAnswer.OtherAtomContext;
import dev.rlvr.grader.math.parser.MathAnswer.ParenArgsContext;
import dev.rlvr.grader.math.parser.MathAnswer.ParenthesizedContext;
import dev.rlvr.grader.math.parser.MathAnswer.PostfixContext;
import dev.rlvr.grader.math.parser.MathAnswer.PowerContext;
import dev.rlvr.grader.math.parser.MathAnswer.PrimaryContext;
import dev.rlvr.grader.math.parser.MathAnswer.ProductContext;
import dev.rlvr.grader.math.parser.MathAnswer.RelationContext;
import dev.rlvr.grader.math.parser.MathAnswer.SequenceContext;
import dev.rlvr.grader.math.parser.MathAnswer.SetBuilderContext;
import dev.rlvr.grader.math.parser.MathAnswer.SetContext;
import dev.rlvr.grader.math.parser.MathAnswer.SignedFactorContext;
import dev.rlvr.grader.math.parser.MathAnswer.SignedProductContext;
import dev.rlvr.grader.math.parser.MathAnswer.SmallBracedContext;
import dev.rlvr.grader.math.parser.MathAnswer.SmallConstantContext;
import dev.rlvr.grader.math.parser.MathAnswer.SmallFracContext;
import dev.rlvr.grader.math.parser.MathAnswer.SmallGreekContext;
import dev.rlvr.grader.math.parser.MathAnswer.SmallLettersContext;
import dev.rlvr.grader.math.parser.MathAnswer.SmallNumberContext;
import dev.rlvr.grader.math.parser.MathAnswer.SmallParensContext;
import dev.rlvr.grader.math.parser.MathAnswer.SmallSqrtContext;
import dev.rlvr.grader.math.parser.MathAnswer.SqrtArgContext;
import dev.rlvr.grader.math.parser.MathAnswer.SqrtAtomContext;
import dev.rlvr.grader.math.parser.MathAnswer.SqrtContext;
import dev.rlvr.grader.math.parser.MathAnswer.SumContext;
import dev.rlvr.grader.math.parser.MathAnswer.TextContext;
import dev.rlvr.grader.math.parser.MathAnswer.UnionContext;
import dev.rlvr.grader.math.parser.MathAnswer.UnparenthesizedContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the {@link Expr} of a parse tree of {@link MathAnswer}. Operators become nodes here,
 * products are folded by {@link ProductFolder}, functions by {@link FunctionBuilder}, and the
 * reading of letters ({@code xy} vs {@code cm}) comes from {@link LetterRuns}.
 *
 * <p>Over the size budget on purpose: one visit method per grammar alternative keeps the map
 * from grammar to tree in one place. Recursion depth follows the nesting of brackets, which
 * {@link MathAnswerParser} bounds before parsing. Not thread-safe: one instance per parse.
 */
final class AstBuilder extends MathAnswerBaseVisitor<Expr> {

  private static final Expr.Num TWO = Expr.Num.of(2);

  /** Products of letters ({@code xy}) whose factors a surrounding product takes in. */
  private final Set<Expr> letterProducts = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * Visits a tree, skipping chains of rules with one rule child (an expression in parentheses
   * is a dozen such rules deep): each level of nesting then costs a few stack frames, not
   * dozens, and none of the skipped rules means anything with a single child.
   */
  @Override
  public Expr visit(ParseTree tree) {
    ParseTree t = tree;
    while (t instanceof ParserRuleContext c && c.getChildCount() == 1
        && c.getChild(0) instanceof ParserRuleContext child) {
      t = child;
    }
    return t.accept(this);
  }

  @Override
  public Expr visitAnswer(AnswerContext ctx) {
    Expr e = visit(ctx.sequence());
    if (e instanceof Expr.Sym s && s.name().length() == 1 && s.name().charAt(0) >= 'A'
        && s.name().charAt(0) <= 'E') {
      return new Expr.Text(s.name());
    }
    return e;
  }

  @Override
  public Expr visitSequence(SequenceContext ctx) {
    List<ItemContext> items = ctx.item();
    if (items.size() == 1) {
      return visit(items.get(0));
    }
    boolean or = false;
    boolean and = false;
    for (var separator : ctx.separator()) {
      int type = separator.getStart().getType();
      or |= type == MathAnswerLexer.OR;
      and |= type == MathAnswerLexer.AND;
    }
    List<Expr> out = new ArrayList<>(items.size());
    for (ItemContext item : items) {
      out.add(visit(item));
    }
    Expr.Joiner joiner = or ? Expr.Joiner.OR : and ? Expr.Joiner.AND : Expr.Joiner.COMMA;
    return new Expr.ExprList(out, joiner);
  }

  @Override
  public Expr visitItem(ItemContext ctx) {
    return visit(ctx.relation());
  }

  @Override
  public Expr visitExpr(ExprContext ctx) {
    return visit(ctx.relation());
  }

  @Override
  public Expr visitRelation(RelationContext ctx) {
    List<UnionContext> sides = ctx.union();
    if (sides.size() == 1) {
      return visit(sides.get(0));
    }
    if (ctx.IN() != null) {
      return ProductFolder.annotate(visit(sides.get(1)), sides.get(0).getText() + " \\in");
    }
    List<Expr> operands = new ArrayList<>(sides.size());
    for (UnionContext side : sides) {
      operands.add(visit(side));
    }
    List<Expr.RelOp> operators = new ArrayList<>(sides.size() - 1);
    for (var op : ctx.relOp()) {
      operators.add(relOp(op.getStart().getType()));
    }
    return new Expr.Relation(operands, operators);
  }

  private static Expr.RelOp relOp(int type) {
    return switch (type) {
      case MathAnswerLexer.EQ -> Expr.RelOp.EQ;
      case MathAnswerLexer.NE -> Expr.RelOp.NE;
      case MathAnswerLexer.LT -> Expr.RelOp.LT;
      case MathAnswerLexer.LE -> Expr.RelOp.LE;
      case MathAnswerLexer.GT -> Expr.RelOp.GT;
      case MathAnswerLexer.GE -> Expr.RelOp.GE;
      default -> Expr.RelOp.APPROX;
    };
  }

  @Override
  public Expr visitUnion(UnionContext ctx) {
    var parts = ctx.sum();
    if (parts.size() == 1) {
      return visit(parts.get(0));
    }
    List<Expr> out = new ArrayList<>(parts.size());
    for (var part : parts) {
      out.add(visit(part));
    }
    return new Expr.Union(out);
  }

  @Override
  public Expr visitSum(SumContext ctx) {
    List<Expr> terms = new ArrayList<>(2);
    boolean leadingPlusMinus = false;
    int op = MathAnswerLexer.PLUS;
    for (ParseTree child : ctx.children) {
      if (child instanceof TerminalNode t) {
        op = t.getSymbol().getType();
        leadingPlusMinus |= terms.isEmpty() && op == MathAnswerLexer.PM;
        continue;
      }
      Expr term = visit(child);
      if (terms.isEmpty()) {
        terms.add(leadingPlusMinus ? new Expr.PlusMinus(Expr.Num.of(0), term) : term);
      } else if (op == MathAnswerLexer.PM) {
        Expr center = terms.size() == 1 ? terms.get(0) : new Expr.Add(terms);
        terms = new ArrayList<>(2);
        terms.add(new Expr.PlusMinus(center, term));
      } else {
        terms.add(op == MathAnswerLexer.MINUS ? negate(term) : term);
      }
    }
    return terms.size() == 1 ? terms.get(0) : new Expr.Add(terms);
  }

  @Override
  public Expr visitSignedProduct(SignedProductContext ctx) {
    Expr value = visit(ctx.product());
    return ctx.MINUS().size() % 2 == 1 ? negate(value) : value;
  }

  @Override
  public Expr visitSignedFactor(SignedFactorContext ctx) {
    Expr value = visit(ctx.factor());
    return ctx.MINUS().size() % 2 == 1 ? negate(value) : value;
  }

  /** The negation of a value; the words of an annotated value stay outside. */
  static Expr negate(Expr value) {
    if (value instanceof Expr.Annotated a) {
      return new Expr.Annotated(negate(a.value()), a.words());
    }
    return new Expr.Neg(value);
  }

  @Override
  public Expr visitProduct(ProductContext ctx) {
    if (ctx.getChildCount() == 1) {
      return visit(ctx.getChild(0));
    }
    int size = ctx.getChildCount();
    List<ProductFolder.Op> ops = new ArrayList<>(size);
    List<FactorContext> factors = new ArrayList<>(size);
    List<Boolean> signed = new ArrayList<>(size);
    List<Expr> values = new ArrayList<>(size);
    boolean anyWord = false;
    ProductFolder.Op op = ProductFolder.Op.IMPLICIT;
    for (ParseTree child : ctx.children) {
      if (child instanceof TerminalNode t) {
        op = t.getSymbol().getType() == MathAnswerLexer.DIV
            ? ProductFolder.Op.DIV : ProductFolder.Op.TIMES;
        continue;
      }
      SignedFactorContext sf = child instanceof SignedFactorContext c ? c : null;
      factors.add(sf == null ? (FactorContext) child : sf.factor());
      signed.add(sf != null && !sf.MINUS().isEmpty());
      ops.add(op);
      Expr value = visit(child);
      anyWord |= value instanceof Expr.Text;
      values.add(value);
      op = ProductFolder.Op.IMPLICIT;
    }
    ProductFolder folder = new ProductFolder();
    for (int k = 0; k < values.size(); k++) {
      FactorContext f = factors.get(k);
      Expr e = values.get(k);
      String run = bareLetters(f);
      if (anyWord && run != null && run.length() >= 2) {
        e = new Expr.Text(run);
      }
      List<Expr> spliced = letterProducts.contains(e) ? ((Expr.Mul) e).factors() : null;
      boolean unsigned = !signed.get(k);
      folder.add(new ProductFolder.Factor(ops.get(k), e, spliced,
          unsigned && integerLiteral(f), unsigned && fractionOfIntegers(f), column(f)));
    }
    return folder.fold();
  }

  @Override
  public Expr visitFactor(FactorContext ctx) {
    Expr value = visit(ctx.postfix());
    return ctx.DOLLAR() == null ? value : ProductFolder.annotate(value, "$");
  }

  @Override
  public Expr visitPostfix(PostfixContext ctx) {
    Expr value = visit(ctx.power());
    for (int k = 1; k < ctx.getChildCount(); k++) {
      int type = ((TerminalNode) ctx.getChild(k)).getSymbol().getType();
      value = switch (type) {
        case MathAnswerLexer.BANG -> new Expr.Factorial(value);
        case MathAnswerLexer.PERCENT -> new Expr.Percent(value);
        case MathAnswerLexer.DEGREE -> new Expr.Degrees(value);
        default -> ProductFolder.annotate(value, "$");
      };
    }
    return value;
  }

  @Override
  public Expr visitPower(PowerContext ctx) {
    Expr base = visit(ctx.primary());
    List<ExponentContext> exponents = ctx.exponent();
    if (exponents.isEmpty()) {
      return base;
    }
    if (base instanceof Expr.Text word) {
      StringBuilder words = new StringBuilder(word.text());
      for (ExponentContext e : exponents) {
        words.append('^').append(e.getText());
      }
      return new Expr.Text(words.toString());
    }
    return raise(base, exponents);
  }

  /** {@code base^e1^e2...}, folded to the right; on letters {@code xy^2} only y is raised. */
  private Expr raise(Expr base, List<ExponentContext> exponents) {
    Expr exponent = visit(exponents.get(exponents.size() - 1));
    for (int k = exponents.size() - 2; k >= 0; k--) {
      exponent = new Expr.Pow(visit(exponents.get(k)), exponent);
    }
    if (letterProducts.contains(base)) {
      List<Expr> letters = new ArrayList<>(((Expr.Mul) base).factors());
      int last = letters.size() - 1;
      letters.set(last, new Expr.Pow(letters.get(last), exponent));
      Expr.Mul raised = new Expr.Mul(letters);
      letterProducts.add(raised);
      return raised;
    }
    return new Expr.Pow(base, exponent);
  }

  @Override
  public Expr visitExponent(ExponentContext ctx) {
    Expr value = visit(ctx.smallAtom());
    return ctx.MINUS() != null ? negate(value) : value;
  }

  @Override
  public Expr visitSmallNumber(SmallNumberContext ctx) {
    return number(ctx.NUMBER().getSymbol());
  }

  @Override
  public Expr visitSmallLetters(SmallLettersContext ctx) {
    return letters(ctx.LETTERS().getText(), null);
  }

  @Override
  public Expr visitSmallGreek(SmallGreekContext ctx) {
    return new Expr.Sym(greekName(ctx.GREEK().getText()));
  }

  @Override
  public Expr visitSmallConstant(SmallConstantContext ctx) {
    return visit(ctx.constant());
  }

  @Override
  public Expr visitSmallBraced(SmallBracedContext ctx) {
    return visit(ctx.expr());
  }

  @Override
  public Expr visitSmallParens(SmallParensContext ctx) {
    return visit(ctx.expr());
  }

  @Override
  public Expr visitSmallFrac(SmallFracContext ctx) {
    return visit(ctx.frac());
  }

  @Override
  public Expr visitSmallSqrt(SmallSqrtContext ctx) {
    return visit(ctx.sqrt());
  }

  @Override
  public Expr visitFunctionPrimary(FunctionPrimaryContext ctx) {
    return visitFunction(ctx.function());
  }

  @Override
  public Expr visitFunction(FunctionContext ctx) {
    return new FunctionBuilder(this).build(ctx);
  }

  @Override
  public Expr visitAtomPrimary(AtomPrimaryContext ctx) {
    return visit(ctx.atom());
  }

  /**
   * The argument of a function written without parentheses: a product of atoms.
   *
   * @param ctx the bare argument
   * @return the argument
   */
  Expr bareArgument(BareArgsContext ctx) {
    ProductFolder folder = new ProductFolder();
    BareFirstContext first = ctx.bareFirst();
    add(folder, visit(first.unparenthesized()), first.exponent(), first.BANG(), first.DEGREE(),
        first);
    for (BareFactorContext f : ctx.bareFactor()) {
      add(folder, visit(f.atom()), f.exponent(), f.BANG(), f.DEGREE(), f);
    }
    return folder.fold();
  }

  private void add(ProductFolder folder, Expr atom, List<ExponentContext> exponents,
      TerminalNode bang, TerminalNode degree, ParserRuleContext ctx) {
    Expr e = exponents.isEmpty() ? atom : raise(atom, exponents);
    if (bang != null) {
      e = new Expr.Factorial(e);
    } else if (degree != null) {
      e = new Expr.Degrees(e);
    }
    List<Expr> spliced = letterProducts.contains(e) ? ((Expr.Mul) e).factors() : null;
    folder.add(new ProductFolder.Factor(ProductFolder.Op.IMPLICIT, e, spliced, false, false,
        column(ctx)));
  }

  /**
   * The arguments of a function written with parentheses.
   *
   * @param ctx the arguments
   * @return one expression per argument
   */
  List<Expr> parenArguments(ParenArgsContext ctx) {
    return all(ctx.expr());
  }

  @Override
  public Expr visitNumber(NumberContext ctx) {
    return number(ctx.NUMBER().getSymbol());
  }

  @Override
  public Expr visitLetters(LettersContext ctx) {
    return letters(ctx.LETTERS().getText(), ctx.subscript() == null ? null
        : subscriptName(ctx.subscript().smallAtom()));
  }

  @Override
  public Expr visitGreek(GreekContext ctx) {
    String name = greekName(ctx.GREEK().getText());
    return new Expr.Sym(ctx.subscript() == null ? name
        : name + "_" + subscriptName(ctx.subscript().smallAtom()));
  }

  @Override
  public Expr visitConstantAtom(ConstantAtomContext ctx) {
    return visit(ctx.constant());
  }

  @Override
  public Expr visitConstant(ConstantContext ctx) {
    return new Expr.Const(ctx.PI() != null ? Expr.ConstKind.PI : Expr.ConstKind.INFINITY);
  }

  @Override
  public Expr visitText(TextContext ctx) {
    String token = ctx.TEXT().getText();
    return new Expr.Text(token.substring("\\text{".length(), token.length() - 1));
  }

  @Override
  public Expr visitBlackboard(BlackboardContext ctx) {
    char letter = ctx.BLACKBOARD().getText().charAt("\\mathbb{".length());
    return switch (letter) {
      case 'R' -> new Expr.Bracketed(List.of(new Expr.Neg(infinity()), infinity()), '(', ')');
      case 'N' -> new Expr.Text("\u2115");
      case 'Z' -> new Expr.Text("\u2124");
      case 'Q' -> new Expr.Text("\u211A");
      case 'C' -> new Expr.Text("\u2102");
      default -> new Expr.Text("\\mathbb{" + letter + "}");
    };
  }

  private static Expr infinity() {
    return new Expr.Const(Expr.ConstKind.INFINITY);
  }

  @Override
  public Expr visitEmptySet(EmptySetContext ctx) {
    return new Expr.SetOf(List.of());
  }

  @Override
  public Expr visitFracAtom(FracAtomContext ctx) {
    return visit(ctx.frac());
  }

  @Override
  public Expr visitFrac(FracContext ctx) {
    return new Expr.Frac(fracArg(ctx.fracArg(0)), fracArg(ctx.fracArg(1)));
  }

  @Override
  public Expr visitBinom(BinomContext ctx) {
    return new Expr.Func("binom", List.of(fracArg(ctx.fracArg(0)), fracArg(ctx.fracArg(1))));
  }

  private Expr fracArg(FracArgContext ctx) {
    if (ctx.expr() != null) {
      return visit(ctx.expr());
    }
    if (ctx.NUMBER() != null) {
      return number(ctx.NUMBER().getSymbol());
    }
    if (ctx.LETTERS() != null) {
      return letters(ctx.LETTERS().getText(), null);
    }
    if (ctx.GREEK() != null) {
      return new Expr.Sym(greekName(ctx.GREEK().getText()));
    }
    return visit(ctx.constant());
  }

  @Override
  public Expr visitSqrtAtom(SqrtAtomContext ctx) {
    return visit(ctx.sqrt());
  }

  @Override
  public Expr visitSqrt(SqrtContext ctx) {
    Expr index = ctx.expr() == null ? TWO : visit(ctx.expr());
    return new Expr.Root(sqrtArg(ctx.sqrtArg()), index);
  }

  private Expr sqrtArg(SqrtArgContext ctx) {
    if (ctx.expr() != null) {
      return visit(ctx.expr());
    }
    if (ctx.NUMBER() != null) {
      return number(ctx.NUMBER().getSymbol());
    }
    if (ctx.LETTERS() != null) {
      return letters(ctx.LETTERS().getText(), null);
    }
    if (ctx.GREEK() != null) {
      return new Expr.Sym(greekName(ctx.GREEK().getText()));
    }
    return visit(ctx.constant());
  }

  @Override
  public Expr visitBraced(BracedContext ctx) {
    if (ctx.CHOOSE() != null) {
      return new Expr.Func("binom", all(ctx.expr()));
    }
    return visit(ctx.expr(0));
  }

  @Override
  public Expr visitParenthesized(ParenthesizedContext ctx) {
    return bracketed('(', ctx.close, ctx.expr(), ctx);
  }

  @Override
  public Expr visitBracketed(BracketedContext ctx) {
    return bracketed('[', ctx.close, ctx.expr(), ctx);
  }

  /** A tuple or interval; one item in matching brackets is grouping. */
  private Expr bracketed(char open, Token closeToken, List<ExprContext> items,
      ParserRuleContext ctx) {
    char close = closeToken.getText().charAt(0);
    if (items.size() == 1) {
      if ((open == '(') != (close == ')')) {
        throw new AnswerSyntaxException("mismatched brackets around one value", column(ctx));
      }
      return visit(items.get(0));
    }
    return new Expr.Bracketed(all(items), open, close);
  }

  @Override
  public Expr visitAngled(AngledContext ctx) {
    List<ExprContext> items = ctx.expr();
    return items.size() == 1 ? visit(items.get(0)) : new Expr.Bracketed(all(items), '<', '>');
  }

  @Override
  public Expr visitSet(SetContext ctx) {
    return new Expr.SetOf(all(ctx.expr()));
  }

  /**
   * Set-builder notation, {@code \{x \mid x \ge 1\}}: the condition is the answer, so it
   * compares as the inequality or equation it states.
   */
  @Override
  public Expr visitSetBuilder(SetBuilderContext ctx) {
    return visit(ctx.expr(1));
  }

  @Override
  public Expr visitAbs(AbsContext ctx) {
    return new Expr.Func("abs", List.of(visit(ctx.expr())));
  }

  @Override
  public Expr visitFloor(FloorContext ctx) {
    return new Expr.Func("floor", List.of(visit(ctx.expr())));
  }

  @Override
  public Expr visitCeil(CeilContext ctx) {
    return new Expr.Func("ceil", List.of(visit(ctx.expr())));
  }

  @Override
  public Expr visitMatrix(MatrixContext ctx) {
    String begin = ctx.BEGIN_MATRIX().getText();
    if (begin.contains("vmatrix") || begin.contains("Vmatrix")) {
      throw new AnswerSyntaxException("determinants (vmatrix) are not supported", column(ctx));
    }
    List<List<Expr>> rows = new ArrayList<>();
    for (MatrixRowContext row : ctx.matrixRow()) {
      List<Expr> cells = all(row.expr());
      if (!rows.isEmpty() && rows.get(0).size() != cells.size()) {
        throw new AnswerSyntaxException("matrix rows have different lengths", column(row));
      }
      rows.add(cells);
    }
    return new Expr.Matrix(rows);
  }

  /**
   * A number token as a literal.
   *
   * @param token the NUMBER token
   * @return the number
   */
  Expr.Num number(Token token) {
    return NumberLiteral.parse(token.getText(), token.getCharPositionInLine());
  }

  /**
   * A run of letters: a word, one symbol, or a product of symbols (the last one subscripted).
   *
   * @param run the letters
   * @param subscript the subscript of the last letter, or null
   * @return the expression
   */
  Expr letters(String run, String subscript) {
    if (subscript == null && LetterRuns.isWord(run)) {
      return new Expr.Text(run);
    }
    List<Expr> symbols = LetterRuns.symbols(run);
    if (subscript != null) {
      int last = symbols.size() - 1;
      symbols.set(last, new Expr.Sym(run.charAt(last) + "_" + subscript));
    }
    if (symbols.size() == 1) {
      return symbols.get(0);
    }
    Expr.Mul product = new Expr.Mul(symbols);
    letterProducts.add(product);
    return product;
  }

  /** {@code x_1}, {@code a_n}, {@code a_{n+1}}: the subscript as part of a symbol's name. */
  private static String subscriptName(MathAnswer.SmallAtomContext ctx) {
    if (ctx instanceof SmallBracedContext braced) {
      ExprContext inner = braced.expr();
      String text = inner.getText();
      return inner.getStart() == inner.getStop() ? stripBackslash(text) : "{" + text + "}";
    }
    return stripBackslash(ctx.getText());
  }

  private static String stripBackslash(String text) {
    return text.startsWith("\\") ? greekName(text) : text;
  }

  /** {@code \varepsilon} and {@code \epsilon} are one letter, named without the backslash. */
  static String greekName(String command) {
    String name = command.startsWith("\\") ? command.substring(1) : command;
    return switch (name) {
      case "varepsilon" -> "epsilon";
      case "vartheta" -> "theta";
      case "varphi" -> "phi";
      case "varrho" -> "rho";
      case "varsigma" -> "sigma";
      default -> name;
    };
  }

  /**
   * Visits each expression.
   *
   * @param items the expressions
   * @return their trees, in order
   */
  List<Expr> all(List<ExprContext> items) {
    List<Expr> out = new ArrayList<>(items.size());
    for (ExprContext item : items) {
      out.add(visit(item));
    }
    return out;
  }

  /** The letters of a factor that is nothing but a run of letters, else null. */
  private static String bareLetters(FactorContext f) {
    UnparenthesizedContext atom = bareAtom(f);
    if (atom instanceof LettersContext letters && letters.subscript() == null) {
      return letters.LETTERS().getText();
    }
    return null;
  }

  private static boolean integerLiteral(FactorContext f) {
    return bareAtom(f) instanceof NumberContext number
        && isDigits(number.NUMBER().getText());
  }

  private static boolean fractionOfIntegers(FactorContext f) {
    if (!(bareAtom(f, true) instanceof FracAtomContext frac)) {
      return false;
    }
    for (FracArgContext arg : frac.frac().fracArg()) {
      String text = arg.expr() != null ? arg.expr().getText()
          : arg.NUMBER() != null ? arg.NUMBER().getText() : "";
      if (!isDigits(text)) {
        return false;
      }
    }
    return true;
  }

  /** The atom of a factor with no currency sign, postfix or power, else null. */
  private static UnparenthesizedContext bareAtom(FactorContext f) {
    return bareAtom(f, false);
  }

  /**
   * The atom of a factor with no currency sign or power, else null; with {@code unitPostfix} it
   * may carry one percent or degree sign, which belongs to a whole mixed number
   * ({@code 33\frac{1}{3}\%}).
   */
  private static UnparenthesizedContext bareAtom(FactorContext f, boolean unitPostfix) {
    if (f.DOLLAR() != null) {
      return null;
    }
    PostfixContext postfix = f.postfix();
    boolean unit = unitPostfix && postfix.getChildCount() == 2
        && (postfix.PERCENT().size() == 1 || postfix.DEGREE().size() == 1);
    if (postfix.getChildCount() != 1 && !unit) {
      return null;
    }
    PowerContext power = postfix.power();
    if (power.getChildCount() != 1) {
      return null;
    }
    PrimaryContext primary = power.primary();
    return primary instanceof AtomPrimaryContext a && a.atom() instanceof OtherAtomContext o
        ? o.unparenthesized() : null;
  }

  private static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The column where a rule starts.
   *
   * @param ctx the rule
   * @return its 0-based column
   */
  static int column(ParserRuleContext ctx) {
    return ctx.getStart().getCharPositionInLine();
  }
}
