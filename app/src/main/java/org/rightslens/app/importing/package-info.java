/** Importing manual entries (JSON lines or CSV) into items.raw. */
package org.rightslens.app.importing;
