/*
 * Tokens of a final math answer, after LatexNormalizer has run: math delimiters, spacing
 * commands, \left/\right and unicode are gone, \dfrac is \frac, single-character arguments of
 * \frac, \binom and \sqrt are braced, degree signs are the one character U+00B0, and text
 * commands are the canonical \text{...} with no braces or backslashes inside.
 *
 * Keywords come before LETTERS and known commands before UNKNOWN_COMMAND: on a tie ANTLR takes
 * the first rule, and a longer run always wins, so "cost" is LETTERS and \sinx is unknown.
 */
lexer grammar MathAnswerLexer;

NUMBER
    : DIGITS ('.' DIGITS)? EXPONENT?
    | '.' DIGITS EXPONENT?
    ;

// Plain-text power "**" is a caret too.
CARET      : '^' | '**' ;
UNDERSCORE : '_' ;
PLUS       : '+' ;
MINUS      : '-' ;
PM         : '\\pm' | '\\mp' | '+-' | '+/-' ;
TIMES      : '\\cdot' | '\\times' | '\\ast' | '*' ;
DIV        : '/' | '\\div' ;
BANG       : '!' ;
PERCENT    : '\\%' | '%' ;
DEGREE     : '\u00B0' ;
DOLLAR     : '\\$' ;

EQ         : '=' | '==' ;
// "!=" is not here: LatexNormalizer makes " != " \ne and leaves "5!=120" a factorial.
NE         : '\\ne' | '\\neq' | '\\not=' ;
LE         : '\\le' | '\\leq' | '\\leqslant' | '\\leqq' | '<=' ;
GE         : '\\ge' | '\\geq' | '\\geqslant' | '\\geqq' | '>=' ;
LT         : '<' | '\\lt' ;
GT         : '>' | '\\gt' ;
APPROX     : '\\approx' | '\\simeq' ;
IN         : '\\in' ;
CUP        : '\\cup' ;

LPAREN     : '(' ;
RPAREN     : ')' ;
LBRACK     : '[' ;
RBRACK     : ']' ;
LBRACE     : '{' ;
RBRACE     : '}' ;
SET_OPEN   : '\\{' ;
SET_CLOSE  : '\\}' ;
LANGLE     : '\\langle' ;
RANGLE     : '\\rangle' ;
BAR        : '|' ;
LFLOOR     : '\\lfloor' ;
RFLOOR     : '\\rfloor' ;
LCEIL      : '\\lceil' ;
RCEIL      : '\\rceil' ;
COMMA      : ',' ;
SEMI       : ';' ;
// Only the set-builder \{x : x > 1\} uses it.
COLON      : ':' ;
AMP        : '&' ;
ROW_SEP    : '\\\\' ;

BEGIN_MATRIX
    : '\\begin' WS? '{' WS? MATRIX_NAME WS? '}'
    | '\\begin' WS? '{' WS? 'array' WS? '}' WS? '{' ~[}]* '}'
    ;
END_MATRIX : '\\end' WS? '{' WS? (MATRIX_NAME | 'array') WS? '}' ;

FRAC       : '\\frac' ;
BINOM      : '\\binom' ;
CHOOSE     : '\\choose' ;
SQRT       : '\\sqrt' | 'sqrt' ;

// Functions, in LaTeX and as plain words. Plain min, max and sec also name units (minutes,
// seconds); the parser lets a plain function word go without an argument for that.
FUNC
    : '\\' LATEX_FUNC
    | PLAIN_FUNC
    ;

PI         : '\\pi' | 'pi' | 'Pi' | 'PI' ;
INFTY      : '\\infty' | 'infty' | 'inf' | 'Inf' | 'INF' | 'infinity' | 'Infinity' | 'oo' ;
EMPTYSET   : '\\emptyset' | '\\varnothing' ;
BLACKBOARD : '\\mathbb{' [A-Z] '}' ;
TEXT       : '\\text{' ~[{}]* '}' ;
OR         : 'or' | 'OR' | 'Or' ;
AND        : 'and' | 'AND' | 'And' ;

GREEK      : '\\' GREEK_NAME ;

LETTERS    : [a-zA-Z]+ ;

UNKNOWN_COMMAND : '\\' [a-zA-Z]+ | '\\' ~[a-zA-Z] ;

WS         : [ \t\r\n]+ -> skip ;

// Anything else is a token the parser never expects: the facade reports it by position.
UNEXPECTED : . ;

fragment DIGITS   : [0-9]+ ;
fragment EXPONENT : [eE] [+-]? DIGITS ;

fragment MATRIX_NAME
    : 'pmatrix' | 'bmatrix' | 'Bmatrix' | 'vmatrix' | 'Vmatrix' | 'matrix' | 'smallmatrix'
    ;

fragment LATEX_FUNC
    : 'sin' | 'cos' | 'tan' | 'cot' | 'sec' | 'csc'
    | 'arcsin' | 'arccos' | 'arctan' | 'arccot' | 'arcsec' | 'arccsc'
    | 'sinh' | 'cosh' | 'tanh' | 'coth' | 'sech' | 'csch'
    | 'exp' | 'ln' | 'log' | 'gcd' | 'lcm' | 'max' | 'min' | 'abs' | 'floor' | 'ceil'
    ;

fragment PLAIN_FUNC
    : 'sin' | 'cos' | 'tan' | 'cot' | 'sec' | 'csc'
    | 'arcsin' | 'arccos' | 'arctan' | 'asin' | 'acos' | 'atan'
    | 'sinh' | 'cosh' | 'tanh'
    | 'exp' | 'ln' | 'log' | 'gcd' | 'lcm' | 'max' | 'min' | 'abs' | 'floor' | 'ceil'
    ;

fragment GREEK_NAME
    : 'alpha' | 'beta' | 'gamma' | 'delta' | 'epsilon' | 'varepsilon' | 'zeta' | 'eta'
    | 'theta' | 'vartheta' | 'iota' | 'kappa' | 'lambda' | 'mu' | 'nu' | 'xi' | 'omicron'
    | 'varpi' | 'rho' | 'varrho' | 'sigma' | 'varsigma' | 'tau' | 'upsilon' | 'phi' | 'varphi'
    | 'chi' | 'psi' | 'omega'
    | 'Gamma' | 'Delta' | 'Theta' | 'Lambda' | 'Xi' | 'Pi' | 'Sigma' | 'Upsilon' | 'Phi'
    | 'Psi' | 'Omega'
    ;
