package dev.rlvr.grader.format;

import java.util.Optional;

/**
 * What the answer tags outside the think block say.
 *
 * <p>The answer is the content of the <em>last</em> {@code <answer>} up to the first
 * {@code </answer>} after it; when {@code multiple_answer} is not enforced, earlier blocks are
 * ignored.
 *
 * @param present whether there is any answer tag outside the think block
 * @param multiple whether there is more than one {@code <answer>} or {@code </answer>}
 * @param unclosed whether the last {@code <answer>} is never closed
 * @param block the answer's content, when an {@code <answer>} is closed
 * @param openWellPlaced the first {@code <answer>} follows {@code </think>} with, in strict
 *     mode, nothing but whitespace between them
 * @param closeWellPlaced a {@code </answer>} closes the last {@code <answer>} (whether text
 *     follows it is the {@code text_after_answer} check's business)
 * @param textAfter whether visible text follows the last {@code </answer>}
 */
record AnswerLayout(
    boolean present,
    boolean multiple,
    boolean unclosed,
    Optional<Span> block,
    boolean openWellPlaced,
    boolean closeWellPlaced,
    boolean textAfter) {

  /**
   * Reads the answer tags.
   *
   * @param answers the answer tags outside the think block, in {@code rest}'s text
   * @param rest the text after {@code </think>}
   * @param mode strict or lenient
   * @return the layout
   */
  static AnswerLayout of(TagList answers, Span rest, Mode mode) {
    String text = rest.text();
    Optional<TagHit> lastOpen = answers.last(Tag.ANSWER_OPEN);
    Optional<TagHit> blockClose =
        lastOpen.flatMap(open -> answers.firstFrom(Tag.ANSWER_CLOSE, open.end()));
    Optional<Span> block = blockClose.map(close -> new Span(text, lastOpen.get().end(), close.start()));
    boolean openWellPlaced = answers.first(Tag.ANSWER_OPEN)
        .filter(rest::contains)
        .filter(open -> mode == Mode.LENIENT || rest.until(open.start()).isBlank())
        .isPresent();
    boolean textAfter = answers.last(Tag.ANSWER_CLOSE)
        .filter(close -> !new Span(text, close.end(), rest.end()).isBlank())
        .isPresent();
    return new AnswerLayout(
        !answers.isEmpty(),
        answers.count(Tag.ANSWER_OPEN) > 1 || answers.count(Tag.ANSWER_CLOSE) > 1,
        lastOpen.isPresent() && blockClose.isEmpty(),
        block,
        openWellPlaced,
        block.isPresent(),
        textAfter);
  }
}
