/** Fetching URLs within limits; failures are values, not exceptions. */
package org.rightslens.crawler.fetch;
