/** The embedded Kafka broker and the creation of topics. */
package org.rightslens.app.kafka;
