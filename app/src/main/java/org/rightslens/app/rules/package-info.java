/** The tagging rules at run time: publishing rules files to the rules topic, and the CLI. */
package org.rightslens.app.rules;
