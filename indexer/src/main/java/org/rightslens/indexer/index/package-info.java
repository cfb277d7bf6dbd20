/** The Lucene index on disk and the mapping of items to documents. */
package org.rightslens.indexer.index;
