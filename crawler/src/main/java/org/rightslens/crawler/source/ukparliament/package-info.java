/**
 * Source type {@code uk-parliament-bills}: the UK Parliament Bills API (bills-api.parliament.uk).
 */
package org.rightslens.crawler.source.ukparliament;
