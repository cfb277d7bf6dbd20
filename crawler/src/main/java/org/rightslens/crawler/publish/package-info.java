/** Publishing items to items.raw and dead letters to items.dlq. */
package org.rightslens.crawler.publish;
