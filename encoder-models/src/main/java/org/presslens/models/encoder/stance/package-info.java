/**
 * The stance analyzer's topic stance model on the shared MiniLM encoder layer, a model plugin
 * ({@link org.presslens.analyzers.stance.api.TopicStanceModelProvider}).
 */
package org.presslens.models.encoder.stance;
