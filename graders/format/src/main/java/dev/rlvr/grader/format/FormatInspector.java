package dev.rlvr.grader.format;

import dev.rlvr.api.Rollout;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the format checks on one rollout: picks the template, lays out the think and answer
 * blocks, then lists the misplaced tags and the hacks that fired. Immutable and thread-safe;
 * every step is a linear pass over the text.
 */
final class FormatInspector {
  private static final int ANSWER_SNIPPET = 200;
  /** How far back from the end of the prompt a prefilled {@code <think>} is looked for. */
  private static final int PROMPT_TAIL = 64;

  private final FormatOptions options;
  private final TagScanner scanner;

  FormatInspector(FormatOptions options) {
    this.options = options;
    this.scanner = new TagScanner(options.mode() == Mode.LENIENT);
  }

  /** Checks one rollout. */
  Inspection inspect(Rollout rollout) {
    String text = rollout.completion();
    int end = options.endTokens().contentEnd(text);
    TagList tags = new TagList(scanner.scan(text, 0, end));
    Template template = templateFor(rollout, tags);
    ThinkLayout think = layout(rollout, template, text, end, tags);
    AnswerLayout answer = AnswerLayout.of(think.answers(), think.rest(), options.mode());
    boolean answerTagsExpected = answer.present() || options.answerTags().requiredFor(template);
    // Without answer tags, the text after </think> is the answer; never the whole completion.
    boolean restIsAnswer = !answerTagsExpected && think.closed();
    Optional<Span> answerText = restIsAnswer ? Optional.of(think.rest()) : answer.block();
    int expected = (template == Template.R1 ? 2 : 1) + (answerTagsExpected ? 2 : 0);
    int thinkChars = think.think().visibleChars();
    return new Inspection(template, expected,
        misplaced(template, think, answer, answerTagsExpected),
        violations(rollout, think, thinkChars, answer, answerText),
        think.rest().isBlank(),
        thinkChars,
        answerText.map(span -> span.snippet(ANSWER_SNIPPET)));
  }

  private Template templateFor(Rollout rollout, TagList tags) {
    if (rollout.hasSeparateReasoning()) {
      return Template.PREFILLED;
    }
    return switch (options.template()) {
      case R1 -> Template.R1;
      case PREFILLED -> Template.PREFILLED;
      case AUTO -> thinkOpenedBeforeCompletion(rollout, tags) ? Template.PREFILLED : Template.R1;
    };
  }

  /**
   * Tells whether the think block was opened before the completion began: the prompt text ends
   * with {@code <think>}, or the templated prompt is out of sight and the completion's first
   * think tag is {@code </think>}. The templated prompt is out of sight when the record has no
   * prompt (verl passes the response alone) or gives it as chat messages, which the chat
   * template, and its {@code <think>} prefill, has not rendered yet (TRL's conversational
   * datasets). A text prompt that does not end with {@code <think>} still means r1.
   */
  private boolean thinkOpenedBeforeCompletion(Rollout rollout, TagList tags) {
    if (promptOpensThink(rollout.prompt())) {
      return true;
    }
    boolean promptUnseen = rollout.prompt().isBlank() || !rollout.promptMessages().isEmpty();
    return promptUnseen && tags.where(h -> h.tag().isThink()).first()
        .filter(h -> h.tag() == Tag.THINK_CLOSE)
        .isPresent();
  }

  /** Tells whether the prompt ends with {@code <think>} and nothing after it but whitespace. */
  private boolean promptOpensThink(String prompt) {
    int end = prompt.length();
    while (end > 0 && Character.isWhitespace(prompt.charAt(end - 1))) {
      end--;
    }
    List<TagHit> tail = scanner.scan(prompt, Math.max(0, end - PROMPT_TAIL), end);
    if (tail.isEmpty()) {
      return false;
    }
    TagHit last = tail.get(tail.size() - 1);
    return last.tag() == Tag.THINK_OPEN && last.end() == end;
  }

  private ThinkLayout layout(Rollout rollout, Template template, String text, int end, TagList tags) {
    if (rollout.hasSeparateReasoning()) {
      String reasoning = rollout.reasoning();
      return ThinkLayout.separate(
          reasoning, new TagList(scanner.scan(reasoning)), text, end, tags, options.mode());
    }
    return template == Template.R1
        ? ThinkLayout.r1(text, end, tags, options.mode())
        : ThinkLayout.prefilled(text, end, tags, options.mode());
  }

  private static List<Tag> misplaced(
      Template template, ThinkLayout think, AnswerLayout answer, boolean answerTagsExpected) {
    List<Tag> misplaced = new ArrayList<>();
    if (template == Template.R1 && !think.openWellPlaced()) {
      misplaced.add(Tag.THINK_OPEN);
    }
    if (!think.opened() || !think.closed()) {
      misplaced.add(Tag.THINK_CLOSE);
    }
    if (answerTagsExpected && !answer.openWellPlaced()) {
      misplaced.add(Tag.ANSWER_OPEN);
    }
    if (answerTagsExpected && !answer.closeWellPlaced()) {
      misplaced.add(Tag.ANSWER_CLOSE);
    }
    return misplaced;
  }

  private List<Violation> violations(
      Rollout rollout, ThinkLayout think, int thinkChars, AnswerLayout answer,
      Optional<Span> answerText) {
    Set<Violation> fired = EnumSet.noneOf(Violation.class);
    if (stoppedAtLengthLimit(rollout.metadata()) || (think.opened() && !think.closed())
        || answer.unclosed()) {
      fired.add(Violation.TRUNCATED);
    }
    if (think.multipleThink()) {
      fired.add(Violation.MULTIPLE_THINK);
    }
    if (think.answerInThink()) {
      fired.add(Violation.ANSWER_IN_THINK);
    }
    if (answer.multiple()) {
      fired.add(Violation.MULTIPLE_ANSWER);
    }
    if (think.opened() && think.closed() && thinkChars < options.minThinkChars()) {
      fired.add(Violation.EMPTY_THINK);
    }
    if (answerText.isPresent() && answerText.get().visibleChars() < options.minAnswerChars()) {
      fired.add(Violation.EMPTY_ANSWER);
    }
    if (answer.textAfter()) {
      fired.add(Violation.TEXT_AFTER_ANSWER);
    }
    return fired.stream().filter(options::enforces).toList();
  }

  /**
   * Tells whether the sampler says generation stopped at the token limit: OpenAI and vLLM's
   * {@code finish_reason} or {@code stop_reason} of {@code length} (Anthropic's
   * {@code max_tokens} too), or a {@code truncated} flag.
   */
  private static boolean stoppedAtLengthLimit(Map<String, Object> metadata) {
    for (String key : List.of("finish_reason", "stop_reason")) {
      Object reason = metadata.get(key);
      if (reason != null) {
        String value = reason.toString().trim().toLowerCase(Locale.ROOT);
        if (value.equals("length") || value.equals("max_tokens")) {
          return true;
        }
      }
    }
    Object truncated = metadata.get("truncated");
    return truncated != null && truncated.toString().trim().equalsIgnoreCase("true");
  }
}
