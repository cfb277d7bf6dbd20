/** The typed, validated sources configuration. */
package org.rightslens.crawler.config;
