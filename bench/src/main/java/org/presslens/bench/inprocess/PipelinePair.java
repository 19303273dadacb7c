package org.presslens.bench.inprocess;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.presslens.pipeline.Pipeline;

/**
 * One presslens pipeline and the bare CoreNLP pipeline it is compared with.
 *
 * @param label the row's name
 * @param pipeline the presslens side
 * @param bare the CoreNLP side
 * @param annotators the CoreNLP side's annotators
 */
record PipelinePair(String label, Pipeline pipeline, StanfordCoreNLP bare, String annotators) {
}
