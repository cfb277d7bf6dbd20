/** Politeness: robots.txt, per-host delays, Retry-After, backoff. */
package org.rightslens.crawler.politeness;
