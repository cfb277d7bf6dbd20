package org.rightslens.crawler.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.rightslens.model.json.Json;

/** Checkpoints as one JSON file per source, replaced atomically so a crash never leaves half. */
public final class CheckpointStore {

  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]+");

  private final Path dir;

  public CheckpointStore(Path dir) {
    this.dir = dir;
  }

  public Checkpoint load(String sourceId) {
    Path file = file(sourceId);
    if (!Files.exists(file)) {
      return Checkpoint.empty(sourceId);
    }
    try {
      return Json.mapper().readValue(file.toFile(), Checkpoint.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the checkpoint " + file, e);
    }
  }

  public void save(Checkpoint checkpoint) {
    Path file = file(checkpoint.sourceId());
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, checkpoint.sourceId(), ".tmp");
      Json.mapper().writeValue(tmp.toFile(), checkpoint);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the checkpoint " + file, e);
    }
  }

  private Path file(String sourceId) {
    if (!SAFE_ID.matcher(sourceId).matches()) {
      throw new IllegalArgumentException("source id \"" + sourceId + "\" cannot name a file");
    }
    return dir.resolve(sourceId + ".json");
  }
}
