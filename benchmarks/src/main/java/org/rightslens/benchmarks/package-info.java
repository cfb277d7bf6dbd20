/** JMH benchmarks; {@code bench/tagging} builds and runs them. */
package org.rightslens.benchmarks;
