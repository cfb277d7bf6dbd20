/** Per-source checkpoints and health, kept across restarts. */
package org.rightslens.crawler.checkpoint;
