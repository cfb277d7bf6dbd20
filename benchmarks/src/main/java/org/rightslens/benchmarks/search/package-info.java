/** Search latency over a large generated index. */
package org.rightslens.benchmarks.search;
