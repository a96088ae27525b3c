package dev.rlvr.engine;

import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A rollout with its reference: one item of a batch.
 *
 * @param rollout the prompt and completion; never null
 * @param reference the gold answers or tests; never null
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Sample(Rollout rollout, Reference reference) {

  /** Validates. */
  public Sample {
    Objects.requireNonNull(rollout, "rollout");
    Objects.requireNonNull(reference, "reference");
  }
}
