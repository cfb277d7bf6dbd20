/** Source type {@code federal-register}: the Federal Register API v1 (federalregister.gov). */
package org.rightslens.crawler.source.federalregister;
