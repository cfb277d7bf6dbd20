/** The shared JSON mapper. */
package org.rightslens.model.json;
