/** The Kafka Streams topology of the processor and the runner that owns it. */
package org.rightslens.processor.topology;
