/**
 * The entities analyzer's targeted sentiment model on the MiniLM encoder, a model plugin
 * ({@link org.presslens.analyzers.entities.api.TargetSentimentModelProvider}).
 */
package org.presslens.models.encoder.entities;
