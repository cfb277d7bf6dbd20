package org.rightslens.app.importing;

import java.util.List;

/** What an import did: how many items were accepted, and each line rejected with its reason. */
public record ImportReport(int accepted, List<Rejection> rejected) {

  public ImportReport {
    rejected = List.copyOf(rejected);
  }

  /** A line that was not imported, numbered from 1 as in the file. */
  public record Rejection(int line, String error) {}
}
