package org.presslens.encoder.training;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/** Adam with decoupled weight decay (AdamW) over DJL arrays that require gradients; zeroes the gradients it used. */
public final class Adam {

  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float EPS = 1e-8f;

  private record Slot(NDArray param, NDArray m, NDArray v, float lr, float decay) {
  }

  private final List<Slot> slots = new ArrayList<>();
  private int step;

  /** Adds a parameter (it is made to require gradients) with its learning rate and weight decay. */
  public void add(NDArray param, float lr, float decay) {
    param.setRequiresGradient(true);
    slots.add(new Slot(param, param.zerosLike(), param.zerosLike(), lr, decay));
  }

  /** One update with {@code scale} times each learning rate (for warm-up and decay). */
  public void step(float scale) {
    step++;
    float c1 = 1 - (float) Math.pow(BETA1, step);
    float c2 = 1 - (float) Math.pow(BETA2, step);
    for (Slot s : slots) {
      try (NDArray g = s.param().getGradient(); NDArray g1 = g.mul(1 - BETA1); NDArray g2 = g.square()) {
        s.m().muli(BETA1).addi(g1);
        s.v().muli(BETA2).addi(g2.muli(1 - BETA2));
        g.muli(0);
      }
      float lr = s.lr() * scale;
      if (s.decay() > 0) {
        s.param().muli(1 - lr * s.decay());
      }
      try (NDArray vhat = s.v().div(c2); NDArray denom = vhat.sqrt(); NDArray update = s.m().div(c1)) {
        denom.addi(EPS);
        update.divi(denom).muli(lr);
        s.param().subi(update);
      }
    }
  }
}
