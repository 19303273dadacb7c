/**
 * Frozen heads over the encoder's token states: {@link org.presslens.models.encoder.heads.SentenceSummary} (what a head
 * reads of one sentence), {@link org.presslens.models.encoder.heads.Pooling} (sentences to one feature vector) and
 * {@link org.presslens.models.encoder.heads.LinearHead} (a softmax layer read from an encoder weights file).
 */
package org.presslens.models.encoder.heads;
