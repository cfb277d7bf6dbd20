/**
 * Generic feed source types ({@code rss}, {@code atom}) for parliaments and gazettes that publish
 * feeds, and the helpers every XML feed parser shares.
 */
package org.rightslens.crawler.source.feed;
