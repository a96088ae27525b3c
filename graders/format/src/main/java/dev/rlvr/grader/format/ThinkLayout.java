package dev.rlvr.grader.format;

import java.util.Optional;

/**
 * Where the think block of one rollout lies, what its think tags break, and what follows it.
 *
 * <p>The think block runs from the first {@code <think>} (or the start of the completion, when
 * the prompt opened it) to the <em>last</em> {@code </think>}: when {@code multiple_think} is
 * not enforced, extra think tags are just text inside one long block, and the answer is taken
 * from after the last {@code </think>}.
 *
 * @param think the reasoning; an empty span when no think block was opened
 * @param opened whether a think block was opened (by a {@code <think>} or by the prompt)
 * @param closed whether the opened block was closed
 * @param openWellPlaced r1 only: {@code <think>} comes before every other tag and, in strict
 *     mode, after nothing but whitespace
 * @param rest the text after the last {@code </think>} up to the end of the content; an
 *     empty span at the end when there is no {@code </think>}
 * @param multipleThink whether there is a think tag the template does not allow
 * @param answerInThink whether an answer tag lies inside the think block
 * @param answers the answer tags outside the think block, all in {@code rest}'s text
 */
record ThinkLayout(
    Span think,
    boolean opened,
    boolean closed,
    boolean openWellPlaced,
    Span rest,
    boolean multipleThink,
    boolean answerInThink,
    TagList answers) {

  /**
   * Reads an r1 completion: {@code <think>...</think>} then the answer.
   *
   * @param text the completion
   * @param end where its content ends (end tokens stripped)
   * @param tags the tags of {@code text[0, end)}
   * @param mode strict or lenient
   * @return the layout
   */
  static ThinkLayout r1(String text, int end, TagList tags, Mode mode) {
    boolean multiple = tags.count(Tag.THINK_OPEN) > 1 || tags.count(Tag.THINK_CLOSE) > 1;
    Optional<TagHit> open = tags.first(Tag.THINK_OPEN);
    if (open.isEmpty()) {
      Span rest = tags.last(Tag.THINK_CLOSE)
          .map(c -> new Span(text, c.end(), end))
          .orElse(Span.empty(text, end));
      return new ThinkLayout(Span.empty(text, 0), false, false, false, rest, multiple, false,
          answerTags(tags));
    }
    TagHit start = open.get();
    Optional<TagHit> close = tags.last(Tag.THINK_CLOSE).filter(c -> c.start() >= start.end());
    Span think = new Span(text, start.end(), close.map(TagHit::start).orElse(end));
    Span rest = close.map(c -> new Span(text, c.end(), end)).orElse(Span.empty(text, end));
    boolean first = !tags.any(h -> !h.tag().isThink() && h.start() < start.start());
    boolean wellPlaced = first && (mode == Mode.LENIENT || new Span(text, 0, start.start()).isBlank());
    return new ThinkLayout(think, true, close.isPresent(), wellPlaced, rest, multiple,
        tags.any(h -> !h.tag().isThink() && think.contains(h)),
        answerTags(tags).where(h -> !think.contains(h)));
  }

  /**
   * Reads a completion whose prompt ended with {@code <think>}: reasoning, {@code </think>},
   * then the answer. Any {@code <think>} is one too many, except that lenient mode tolerates
   * one at the very start (the model repeating the prefill).
   *
   * @param text the completion
   * @param end where its content ends (end tokens stripped)
   * @param tags the tags of {@code text[0, end)}
   * @param mode strict or lenient
   * @return the layout
   */
  static ThinkLayout prefilled(String text, int end, TagList tags, Mode mode) {
    int thinkStart = toleratedOpen(text, tags, mode).map(TagHit::end).orElse(0);
    int extraOpens = tags.count(Tag.THINK_OPEN) - (thinkStart > 0 ? 1 : 0);
    Optional<TagHit> close = tags.last(Tag.THINK_CLOSE);
    Span think = new Span(text, thinkStart, close.map(TagHit::start).orElse(end));
    Span rest = close.map(c -> new Span(text, c.end(), end)).orElse(Span.empty(text, end));
    return new ThinkLayout(think, true, close.isPresent(), true, rest,
        extraOpens > 0 || tags.count(Tag.THINK_CLOSE) > 1,
        tags.any(h -> !h.tag().isThink() && think.contains(h)),
        answerTags(tags).where(h -> !think.contains(h)));
  }

  /**
   * Reads a rollout whose API returned the chain of thought apart from the content: the
   * reasoning is the think block, already closed, and the whole content is the rest. A think
   * tag in the content, or in the reasoning (but for a tolerated leading {@code <think>} in
   * lenient mode), is one too many.
   *
   * @param reasoning the separate chain of thought
   * @param reasoningTags the tags of the reasoning
   * @param text the completion
   * @param end where its content ends (end tokens stripped)
   * @param tags the tags of {@code text[0, end)}
   * @param mode strict or lenient
   * @return the layout
   */
  static ThinkLayout separate(
      String reasoning, TagList reasoningTags, String text, int end, TagList tags, Mode mode) {
    int thinkStart = toleratedOpen(reasoning, reasoningTags, mode).map(TagHit::end).orElse(0);
    int thinkTags = reasoningTags.count(Tag.THINK_OPEN) + reasoningTags.count(Tag.THINK_CLOSE)
        - (thinkStart > 0 ? 1 : 0);
    boolean multiple = thinkTags > 0 || tags.any(h -> h.tag().isThink());
    return new ThinkLayout(new Span(reasoning, thinkStart, reasoning.length()), true, true, true,
        new Span(text, 0, end), multiple, reasoningTags.any(h -> !h.tag().isThink()),
        answerTags(tags));
  }

  private static Optional<TagHit> toleratedOpen(String text, TagList tags, Mode mode) {
    return tags.first()
        .filter(h -> mode == Mode.LENIENT && h.tag() == Tag.THINK_OPEN)
        .filter(h -> new Span(text, 0, h.start()).isBlank());
  }

  private static TagList answerTags(TagList tags) {
    return tags.where(h -> !h.tag().isThink());
  }
}
