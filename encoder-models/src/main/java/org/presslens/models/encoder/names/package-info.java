/**
 * The entities analyzer's name tagger on the MiniLM encoder, a model plugin
 * ({@link org.presslens.analyzers.entities.api.NameTaggerProvider}).
 */
package org.presslens.models.encoder.names;
