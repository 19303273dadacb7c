/**
 * The sentiment analyzer's sentence sentiment model on the shared MiniLM encoder layer, a model plugin
 * ({@link org.presslens.analyzers.sentiment.api.SentenceSentimentModelProvider}).
 */
package org.presslens.models.encoder.sentiment;
