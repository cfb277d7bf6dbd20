/** The seam through which items are read against the FOC recommendations. */
package org.rightslens.processor.tagging;
