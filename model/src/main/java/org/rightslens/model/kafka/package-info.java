/** Topic names and Kafka serdes. */
package org.rightslens.model.kafka;
