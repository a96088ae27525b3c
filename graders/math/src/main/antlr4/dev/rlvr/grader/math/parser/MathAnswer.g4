/*
 * The grammar of a final math answer: LaTeX or plain text, already normalised by
 * LatexNormalizer. AstBuilder turns its parse trees into dev.rlvr.grader.math.expr.Expr.
 *
 * The rules are written so that nesting only grows with brackets, braces and bars (no
 * recursion on prefix signs or chained powers), which is what lets MathAnswerParser bound the
 * parser's stack by a cheap bracket-depth scan before parsing. Precedence, loosest first:
 * separators (, ; or and), relations, \cup, + - \pm, explicit and implicit products, unary
 * signs of a product, postfix ! % degrees, powers, atoms. Implicit multiplication binds like
 * explicit multiplication, so 1/2x is (1/2)x.
 */
parser grammar MathAnswer;

options { tokenVocab = MathAnswerLexer; }

answer
    : sequence EOF
    ;

// Top-level items: 1, 2 / x = 1 or x = 2 / 1; 2. Several separators in a row count as one.
sequence
    : item (separator+ item)*
    ;

separator
    : COMMA | SEMI | OR | AND
    ;

item
    : relation
    ;

// A chain x < y <= z, or a membership x \in S.
relation
    : union ((relOp union)+ | IN union)?
    ;

relOp
    : EQ | NE | LT | LE | GT | GE | APPROX
    ;

union
    : sum (CUP sum)*
    ;

// A leading \pm is \pm around zero.
sum
    : PM? signedProduct ((PLUS | MINUS | PM) signedProduct)*
    ;

// A sign binds looser than the product it starts: -2x is -(2x), -x^2 is -(x^2).
signedProduct
    : (PLUS | MINUS)* product
    ;

// Explicit operators may be followed by a signed factor (2 \cdot -3); implicit factors are
// unsigned, so a - b is always a difference.
product
    : factor ((TIMES | DIV) signedFactor | factor)*
    ;

signedFactor
    : (PLUS | MINUS)* factor
    ;

// Currency: \$5 and 5\$.
factor
    : DOLLAR? postfix
    ;

postfix
    : power (BANG | PERCENT | DEGREE | DOLLAR)*
    ;

// Powers fold to the right in AstBuilder: 2^3^2 is 2^(3^2).
power
    : primary (CARET exponent)*
    ;

exponent
    : (PLUS | MINUS)? smallAtom
    ;

// What an exponent, subscript, or fraction argument may be without braces.
smallAtom
    : NUMBER                            # smallNumber
    | LETTERS                           # smallLetters
    | GREEK                             # smallGreek
    | constant                          # smallConstant
    | LBRACE expr RBRACE                # smallBraced
    | LPAREN expr RPAREN                # smallParens
    | frac                              # smallFrac
    | sqrt                              # smallSqrt
    ;

primary
    : function                          # functionPrimary
    | atom                              # atomPrimary
    ;

// A function's argument: parenthesised (with commas for gcd, max...) or a bare product of
// atoms that stops at the next function (\sin x \cos x is a product of two functions). A plain
// word (min, sec) may stand alone as a unit. A bare argument never starts with a parenthesis,
// so the two kinds are told apart by one token (\sin(\sin(... stays linear to predict).
function
    : FUNC (UNDERSCORE smallAtom)? (CARET exponent)? functionArgs?
    ;

functionArgs
    : LPAREN expr (COMMA expr)* RPAREN  # parenArgs
    | bareFirst bareFactor*             # bareArgs
    ;

bareFirst
    : unparenthesized (CARET exponent)* (BANG | DEGREE)?
    ;

bareFactor
    : atom (CARET exponent)* (BANG | DEGREE)?
    ;

atom
    : LPAREN expr (COMMA expr)* close=(RPAREN | RBRACK)                    # parenthesized
    | unparenthesized                                                     # otherAtom
    ;

unparenthesized
    : NUMBER                                        # number
    | LETTERS subscript?                            # letters
    | GREEK subscript?                              # greek
    | constant                                      # constantAtom
    | TEXT                                          # text
    | BLACKBOARD                                    # blackboard
    | EMPTYSET                                      # emptySet
    | frac                                          # fracAtom
    | BINOM fracArg fracArg                         # binom
    | sqrt                                          # sqrtAtom
    | LBRACE expr (CHOOSE expr)? RBRACE             # braced
    | LBRACK expr (COMMA expr)* close=(RPAREN | RBRACK)                    # bracketed
    | LANGLE expr (COMMA expr)* RANGLE              # angled
    | SET_OPEN expr (BAR | COLON) expr SET_CLOSE    # setBuilder
    | SET_OPEN (expr (COMMA expr)*)? SET_CLOSE      # set
    | BAR expr BAR                                  # abs
    | LFLOOR expr RFLOOR                            # floor
    | LCEIL expr RCEIL                              # ceil
    | BEGIN_MATRIX matrixRow (ROW_SEP matrixRow)* ROW_SEP? END_MATRIX     # matrix
    ;

constant
    : PI | INFTY
    ;

subscript
    : UNDERSCORE smallAtom
    ;

frac
    : FRAC fracArg fracArg
    ;

fracArg
    : LBRACE expr RBRACE
    | NUMBER
    | LETTERS
    | GREEK
    | constant
    ;

sqrt
    : SQRT (LBRACK expr RBRACK)? sqrtArg
    ;

sqrtArg
    : LBRACE expr RBRACE
    | LPAREN expr RPAREN
    | NUMBER
    | LETTERS
    | GREEK
    | constant
    ;

matrixRow
    : expr (AMP expr)*
    ;

// Inside brackets, braces and arguments.
expr
    : relation
    ;
