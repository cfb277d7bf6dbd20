/** The HTTP server and its central error mapping. */
package org.rightslens.app.http;
