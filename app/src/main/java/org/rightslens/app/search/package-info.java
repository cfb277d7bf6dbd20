/** The search API. */
package org.rightslens.app.search;
