package org.rightslens.crawler.source.congressgov;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatestActionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Became Public Law No: 117-103.|enacted",
        "Became Private Law No: 115-1.|enacted",
        "Signed by President.|enacted",
        "Vetoed by President.|vetoed",
        "Pocket Vetoed by President.|vetoed",
        "Presented to President.|to-president",
        "Failed of passage in House by the Yeas and Nays: 2/3 required.|failed",
        "Passed Senate without amendment by Voice Vote.|passed-senate",
        "Received in the House.|passed-senate",
        "Passed/agreed to in House: On passage Passed by recorded vote.|passed-house",
        "Received in the Senate and Read twice and referred to the Committee.|passed-house",
        "Ordered to be Reported by Voice Vote.|reported",
        "Placed on the Union Calendar, Calendar No. 54.|reported",
        "Referred to the House Committee on Ways and Means.|introduced",
        "Motion to reconsider laid on the table Agreed to without objection.|introduced"
      })
  void statusFromLatestAction(String text, String status) {
    assertThat(LatestAction.status(text, false)).isEqualTo(status);
  }

  @Test
  void aLawSettlesTheStatus() {
    assertThat(LatestAction.status("Referred to the Subcommittee.", true)).isEqualTo("enacted");
    assertThat(LatestAction.status(null, false)).isEqualTo("introduced");
  }
}
