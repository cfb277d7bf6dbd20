/** Crawling from the app: assembly, source health API and page, the import sink. */
package org.rightslens.app.sources;
