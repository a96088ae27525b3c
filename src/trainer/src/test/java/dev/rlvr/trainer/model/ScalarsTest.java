package dev.rlvr.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalarsTest {

  // Between the forward pass and backward, collect garbage and reuse direct memory: a scalar
  // operand kept by autograd in a Java buffer would then be read after it was freed.
  @Test
  void gradientThroughAScalarSurvivesGarbageCollectionBeforeBackward() {
    try (NDManager manager = NDManager.newBaseManager(ai.djl.Device.cpu())) {
      for (int round = 0; round < 20; round++) {
        NDArray w = manager.ones(new Shape(4));
        w.setRequiresGradient(true);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
          NDArray y = w.mul(Scalars.of(manager, 0.5f)).sum();
          churnDirectMemory();
          collector.backward(y);
        }
        assertThat(w.getGradient().toFloatArray()).containsExactly(0.5f, 0.5f, 0.5f, 0.5f);
      }
    }
  }

  @Test
  void holdsTheValueAsAZeroDimensionalFloat() {
    try (NDManager manager = NDManager.newBaseManager(ai.djl.Device.cpu())) {
      NDArray s = Scalars.of(manager, 0.25f);
      assertThat(s.getShape().dimension()).isZero();
      assertThat(s.getFloat()).isEqualTo(0.25f);
    }
  }

  private static void churnDirectMemory() {
    List<ByteBuffer> garbage = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      System.gc();
      for (int j = 0; j < 64; j++) {
        ByteBuffer b = ByteBuffer.allocateDirect(4);
        b.putFloat(0, -1e30f);
        garbage.add(b);
      }
    }
    garbage.clear();
  }
}
