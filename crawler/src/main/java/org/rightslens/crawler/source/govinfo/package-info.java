/** Source type {@code govinfo-billstatus}: GovInfo Bill Status XML, legacy and current formats. */
package org.rightslens.crawler.source.govinfo;
