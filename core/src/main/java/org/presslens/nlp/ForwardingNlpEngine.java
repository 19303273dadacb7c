package org.presslens.nlp;

import java.util.Objects;
import java.util.Set;
import org.presslens.model.Article;

/**
 * An engine that forwards every call to another (Guava's {@code Forwarding*} pattern): extend it to decorate an
 * engine, overriding only what changes (a cache, a recorder of the documents returned).
 */
public abstract class ForwardingNlpEngine implements NlpEngine {

  private final NlpEngine delegate;

  protected ForwardingNlpEngine(NlpEngine delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /** The engine calls are forwarded to. */
  protected NlpEngine delegate() {
    return delegate;
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public Set<NlpLayer<?>> produces() {
    return delegate.produces();
  }

  @Override
  public Set<NlpLayer<?>> consumes() {
    return delegate.consumes();
  }

  @Override
  public Set<String> languages() {
    return delegate.languages();
  }

  @Override
  public NlpDocument annotate(Article article, NlpDocument input, Set<NlpLayer<?>> layers) {
    return delegate.annotate(article, input, layers);
  }

  @Override
  public void load(Set<NlpLayer<?>> layers) {
    delegate().load(layers);
  }

  @Override
  public long requiredHeapBytes(Set<NlpLayer<?>> layers) {
    return delegate.requiredHeapBytes(layers);
  }
}
