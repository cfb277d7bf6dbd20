package org.rightslens.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightslens.indexer.TestItems.item;
import static org.rightslens.indexer.TestItems.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightslens.model.item.TaggedItem;

class ItemIndexTest {

  @TempDir Path dir;

  @Test
  void newVersionReplacesTheCurrentDocumentAndKeepsHistory() throws Exception {
    try (ItemIndex index = new ItemIndex(dir)) {
      TaggedItem v1 = sample().get(0);
      TaggedItem v2 =
          item(
              "t:ipa",
              "GB",
              "en",
              "in-force",
              "Investigatory Powers Act 2016",
              "Amended text.",
              LocalDate.of(2016, 11, 29),
              2,
              List.of());
      index.apply(List.of(v1), Map.of());
      index.apply(List.of(v2, v2), Map.of());
      index.apply(List.of(v1), Map.of()); // a replay of version 1 adds no document
      assertThat(index.count()).isEqualTo(1);
      assertThat(index.versions("t:ipa")).extracting(v -> v.item().version()).containsExactly(1, 2);
    }
  }

  @Test
  void offsetsAreCommittedWithTheDocumentsAndSurviveReopening() throws Exception {
    try (ItemIndex index = new ItemIndex(dir)) {
      index.apply(
          sample().subList(0, 2),
          Map.of("rightslens.items.tagged/0", 2L, "rightslens.items.tagged/1", 7L));
      index.apply(sample().subList(2, 3), Map.of("rightslens.items.tagged/1", 8L));
    }
    try (ItemIndex reopened = new ItemIndex(dir)) {
      assertThat(reopened.count()).isEqualTo(3);
      assertThat(reopened.committedOffsets())
          .containsEntry("rightslens.items.tagged/0", 2L)
          .containsEntry("rightslens.items.tagged/1", 8L);
      assertThat(reopened.find("t:nis2"))
          .get()
          .extracting(t -> t.item().title())
          .isEqualTo("NIS 2 Directive");
      assertThat(reopened.find("t:none")).isEmpty();
    }
  }

  @Test
  void anIndexWrittenWithAnotherMappingIsEmptiedSoThatItIsRebuiltFromKafka() throws Exception {
    try (ItemIndex index = new ItemIndex(dir)) {
      index.apply(sample(), Map.of("rightslens.items.tagged/0", 3L));
    }
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter old =
            new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      old.setLiveCommitData(Map.of("mapping.version", "0", "kafka.offset.x/0", "3").entrySet());
      old.commit();
    }
    try (ItemIndex reopened = new ItemIndex(dir)) {
      assertThat(reopened.count()).isZero();
      assertThat(reopened.committedOffsets()).isEmpty();
      reopened.apply(sample(), Map.of("rightslens.items.tagged/0", 3L));
    }
    try (ItemIndex same = new ItemIndex(dir)) {
      assertThat(same.count()).isEqualTo(3);
      assertThat(same.committedOffsets()).containsEntry("rightslens.items.tagged/0", 3L);
    }
  }
}
