/** Validation and normalisation of items as producers wrote them. */
package org.rightslens.processor.normalise;
