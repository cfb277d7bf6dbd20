/** Full-text search with filters, facets and highlights. */
package org.rightslens.indexer.search;
