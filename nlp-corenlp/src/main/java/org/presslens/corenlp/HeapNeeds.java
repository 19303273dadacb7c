package org.presslens.corenlp;

/**
 * The smallest maximum heap with which each annotator set loads and annotates, as measured on this project's
 * machine (OpenJDK 17, G1) with {@code presslens bench pipeline --sections memory} (4 articles on 2 threads, -Xmx by
 * bisection in 64 MB steps): {@code tokenize} (lexicon sentiment) at most 128 MB, {@code tokenize,pos,parse,sentiment}
 * (CoreNLP sentiment) 864 MB, {@code tokenize,pos,lemma,ner,parse,sentiment} (entities; all analyzers) 1,088 MB; and
 * with {@code CoreNlpBenchmark NER} (one thread) {@code tokenize,pos,lemma,ner} 400 MB. A set with the parser but
 * without sentiment counts as the set with both (the shift-reduce parser takes about 550 MB, the sentiment model
 * little); {@code pos} or {@code lemma} without NER or the parser count as {@code tokenize} (not measured: the check
 * should never refuse a heap that might work). See docs/performance.md.
 */
final class HeapNeeds {

  static final long TOKENIZE_MB = 128;
  static final long NER_MB = 400;
  static final long PARSE_MB = 864;
  static final long NER_AND_PARSE_MB = 1_088;

  private HeapNeeds() {
  }

  /** The smallest -Xmx, in MiB, that loads and runs {@code plan}; 0 for an empty plan. */
  static long megabytes(AnnotatorPlan plan) {
    if (plan.isEmpty()) {
      return 0;
    }
    boolean ner = plan.annotators().contains(AnnotatorPlan.NER);
    boolean parses = plan.parses();
    if (ner && parses) {
      return NER_AND_PARSE_MB;
    }
    if (parses) {
      return PARSE_MB;
    }
    return ner ? NER_MB : TOKENIZE_MB;
  }
}
