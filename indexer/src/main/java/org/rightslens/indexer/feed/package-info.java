/** The consumer that feeds items.tagged into the index. */
package org.rightslens.indexer.feed;
