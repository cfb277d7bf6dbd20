/** Starting and stopping the whole system in one process. */
package org.rightslens.app.runtime;
