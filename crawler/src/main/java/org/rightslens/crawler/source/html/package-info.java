/**
 * Source type {@code html}: any listing page of bills or acts, read with Jsoup and mapped to items
 * by the CSS selectors the source's configuration gives.
 */
package org.rightslens.crawler.source.html;
