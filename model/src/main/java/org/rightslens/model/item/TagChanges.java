package org.rightslens.model.item;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Tag ids gained and lost by an item against its previous version. */
public record TagChanges(List<String> added, List<String> removed) {

  public TagChanges {
    added = added == null ? List.of() : List.copyOf(added);
    removed = removed == null ? List.of() : List.copyOf(removed);
  }

  public static TagChanges between(Collection<String> before, Collection<String> after) {
    Set<String> added = new TreeSet<>(after);
    added.removeAll(before);
    Set<String> removed = new TreeSet<>(before);
    removed.removeAll(after);
    return new TagChanges(List.copyOf(added), List.copyOf(removed));
  }
}
