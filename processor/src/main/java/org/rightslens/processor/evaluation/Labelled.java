package org.rightslens.processor.evaluation;

import org.rightslens.model.item.LegislationItem;

/** A law with its expected labels. */
public record Labelled(LegislationItem item, Expected expected) {}
