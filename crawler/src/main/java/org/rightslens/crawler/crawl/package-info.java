/** Crawling a source: fetch, parse, publish what is new, checkpoint. */
package org.rightslens.crawler.crawl;
