/** The item API and page. */
package org.rightslens.app.items;
