/**
 * Source type {@code congress-gov}: the Congress.gov API v3, and the bill keys shared with GovInfo.
 */
package org.rightslens.crawler.source.congressgov;
