/** The rightslens command line. */
package org.rightslens.app.cli;
