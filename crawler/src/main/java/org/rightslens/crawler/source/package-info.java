/** The seam between a response body and items: one parser per source type, no I/O. */
package org.rightslens.crawler.source;
