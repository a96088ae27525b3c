package dev.rlvr.grader.format;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The tags found in a text, in order, with the look-ups the layout checks need.
 *
 * @param hits the tags, in order of position
 */
record TagList(List<TagHit> hits) {

  /** Copies the tags. */
  TagList {
    hits = List.copyOf(hits);
  }

  /** The first tag, of any kind. */
  Optional<TagHit> first() {
    return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
  }

  /** The first tag of a kind. */
  Optional<TagHit> first(Tag tag) {
    return hits.stream().filter(h -> h.tag() == tag).findFirst();
  }

  /** The first tag of a kind that starts at or after {@code from}. */
  Optional<TagHit> firstFrom(Tag tag, int from) {
    return hits.stream().filter(h -> h.tag() == tag && h.start() >= from).findFirst();
  }

  /** The last tag of a kind. */
  Optional<TagHit> last(Tag tag) {
    for (int i = hits.size() - 1; i >= 0; i--) {
      if (hits.get(i).tag() == tag) {
        return Optional.of(hits.get(i));
      }
    }
    return Optional.empty();
  }

  /** How many tags of a kind there are. */
  int count(Tag tag) {
    return (int) hits.stream().filter(h -> h.tag() == tag).count();
  }

  /** The tags that match. */
  TagList where(Predicate<TagHit> test) {
    return new TagList(hits.stream().filter(test).toList());
  }

  /** Tells whether any tag matches. */
  boolean any(Predicate<TagHit> test) {
    return hits.stream().anyMatch(test);
  }

  /** Tells whether there is no tag. */
  boolean isEmpty() {
    return hits.isEmpty();
  }
}
