/** Measuring the tagger against laws labelled by people: {@code rightslens eval}. */
package org.rightslens.processor.evaluation;
