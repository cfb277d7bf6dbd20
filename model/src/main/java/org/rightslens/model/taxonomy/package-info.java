/** The FOC recommendations and the taxonomy of concerns and safeguards mapped to them. */
package org.rightslens.model.taxonomy;
