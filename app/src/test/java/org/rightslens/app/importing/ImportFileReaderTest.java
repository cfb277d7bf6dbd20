package org.rightslens.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportFileReaderTest {

  @Test
  void jsonLinesAreNumberedAsInTheFileSkippingBlankLines() {
    List<ImportLine> lines =
        ImportFileReader.read("{\"id\":\"a:1\"}\n\n{broken\n[1]\n", ImportFormat.JSON_LINES);
    assertThat(lines).extracting(ImportLine::line).containsExactly(1, 3, 4);
    assertThat(lines.get(0).item().get("id").asText()).isEqualTo("a:1");
    assertThat(lines.get(1).error()).startsWith("not JSON");
    assertThat(lines.get(2).error()).isEqualTo("expected a JSON object");
  }

  @Test
  void csvRowsBecomeItemsWithDatesAndSubjectsAndKeepTheirLineNumbers() {
    String csv =
        "id,title,jurisdiction,dates.adopted,published,subjects,text\n"
            + "a:1,First,KE,2018-05-16,,cybercrime; hacking,\"two\nlines\"\n"
            + "a:2,Second,GH,,2020-12-29,,plain\n";
    List<ImportLine> lines = ImportFileReader.read(csv, ImportFormat.CSV);
    assertThat(lines).extracting(ImportLine::line).containsExactly(2, 4);
    assertThat(lines.get(0).item().get("dates").get("adopted").asText()).isEqualTo("2018-05-16");
    assertThat(lines.get(0).item().get("subjects").get(1).asText()).isEqualTo("hacking");
    assertThat(lines.get(0).item().get("text").asText()).isEqualTo("two\nlines");
    assertThat(lines.get(1).item().get("dates").get("published").asText()).isEqualTo("2020-12-29");
    assertThat(lines.get(1).item().has("subjects")).isFalse();
  }

  @Test
  void csvWithUnknownColumnsIsRefusedAsAWhole() {
    assertThatThrownBy(() -> ImportFileReader.read("id,titel\na:1,x\n", ImportFormat.CSV))
        .isInstanceOf(InvalidImportException.class)
        .hasMessageContaining("unknown columns [titel]");
  }

  @Test
  void formatIsDetectedFromTheNameThenTheContent() {
    assertThat(ImportFormat.detect("x.csv", "{")).isEqualTo(ImportFormat.CSV);
    assertThat(ImportFormat.detect("x.jsonl", "id,title")).isEqualTo(ImportFormat.JSON_LINES);
    assertThat(ImportFormat.detect("x.txt", "  {\"id\":1}")).isEqualTo(ImportFormat.JSON_LINES);
    assertThat(ImportFormat.detect("x.txt", "id,title")).isEqualTo(ImportFormat.CSV);
  }
}
