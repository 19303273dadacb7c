package org.presslens.models.encoder.names;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.presslens.analyzers.entities.api.NameTaggerProvider;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.encoder.MiniLmEncoder;
import org.presslens.nlp.encoder.ner.NerTagger;

/**
 * The model plugin {@code encoder} of the entities analyzer's name tagger: MiniLM-L6 with its upper four layers
 * fine-tuned for named-entity tagging on CoNLL-2003 {@code eng.train} (stored as float16) and a head over each word's
 * first piece and its shape ({@link NerTagger}), run by ONNX Runtime; combined with the NER layer by the weights
 * chosen on {@code eng.testa} (in the head file). It ranks above {@code none}, so it is the default ({@code auto})
 * when this jar is on the class path. One ONNX Runtime session per JVM, one thread per call.
 */
public final class EncoderNameTaggerProvider implements NameTaggerProvider {

  /** The provider's name. */
  public static final String NAME = "encoder";
  /** The class-path prefix of the shipped files ({@code .encoder.bin}, {@code .head.bin}, {@code .txt}). */
  public static final String RESOURCE = "/org/presslens/models/encoder/names/name-tagger";

  private static final AtomicInteger LOADS = new AtomicInteger();
  private static final long HEAP_MB = 256;

  /** The shipped model, loaded once per JVM on first use. */
  private static final class Shipped {
    static final Model MODEL = load();

    private static Model load() {
      LOADS.incrementAndGet();
      MiniLmEncoder encoder = MiniLmEncoder.shared(RESOURCE + ".encoder.bin", MiniLmEncoder.Options.DEFAULT);
      return new EncoderNameTagger(encoder, NerTagger.fromResource(RESOURCE + ".head.bin", MiniLmEncoder.DIMENSION));
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "MiniLM-L6 encoder, upper 4 layers fine-tuned on CoNLL-2003 eng.train, combined with the NER layer";
  }

  @Override
  public int rank() {
    return 100;
  }

  /** 256 MB, as the targeted sentiment model on the same encoder: the base graph, the replaced tensors, the batches. */
  @Override
  public long requiredHeapBytes() {
    return HEAP_MB << 20;
  }

  @Override
  public Set<NlpLayer<?>> requires() {
    return Set.of(NlpLayer.NER);
  }

  @Override
  public Model load() {
    return Shipped.MODEL;
  }

  /** How many times the shipped model was loaded in this JVM (0 or 1; for tests). */
  static int loads() {
    return LOADS.get();
  }
}
