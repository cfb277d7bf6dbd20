/** The health of the pipeline: components, index size and lag. */
package org.rightslens.app.health;
