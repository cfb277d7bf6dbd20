/** Safe XML parsing for every source. */
package org.rightslens.crawler.xml;
