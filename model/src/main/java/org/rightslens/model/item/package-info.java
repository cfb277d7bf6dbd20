/** The data that flows through RightsLens: items, their tags and evidence, and dead letters. */
package org.rightslens.model.item;
