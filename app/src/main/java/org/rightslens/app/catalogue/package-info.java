/** The bundled starter catalogue of cybersecurity laws. */
package org.rightslens.app.catalogue;
