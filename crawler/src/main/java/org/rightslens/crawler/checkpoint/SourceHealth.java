package org.rightslens.crawler.checkpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A source's record of crawls: last attempt and success, the recent runs, consecutive failures, the
 * last error, and when something new last came. Immutable; each crawl makes a new one.
 */
public record SourceHealth(
    Instant lastAttempt,
    Instant lastSuccess,
    List<RunRecord> recentRuns,
    int consecutiveFailures,
    String lastError,
    Instant lastNewItemAt) {

  /** Runs kept. */
  public static final int RECENT_RUNS = 20;

  /** Consecutive failures that make a source FAILING. */
  public static final int FAILING_AFTER = 2;

  /** A source is STALE after this many times its usual gap between new items without one. */
  public static final int STALE_FACTOR = 3;

  public static final SourceHealth NONE = new SourceHealth(null, null, List.of(), 0, null, null);

  public SourceHealth {
    recentRuns = recentRuns == null ? List.of() : List.copyOf(recentRuns);
  }

  public SourceHealth succeeded(Instant at, int found, int published) {
    return new SourceHealth(
        at,
        at,
        append(new RunRecord(at, found, published, true)),
        0,
        null,
        published > 0 ? at : lastNewItemAt);
  }

  public SourceHealth failed(Instant at, String error) {
    return new SourceHealth(
        at,
        lastSuccess,
        append(new RunRecord(at, 0, 0, false)),
        consecutiveFailures + 1,
        error,
        lastNewItemAt);
  }

  private List<RunRecord> append(RunRecord run) {
    List<RunRecord> runs = new ArrayList<>(recentRuns);
    runs.add(run);
    return runs.size() > RECENT_RUNS ? runs.subList(runs.size() - RECENT_RUNS, runs.size()) : runs;
  }

  /**
   * The status at {@code now}. The usual cadence is the median gap between recent runs that brought
   * something new, or {@code expectedCadence} until there are two such runs.
   */
  public SourceStatus status(Instant now, Duration expectedCadence) {
    if (lastAttempt == null) {
      return SourceStatus.NEVER_RUN;
    }
    if (consecutiveFailures >= FAILING_AFTER || lastSuccess == null) {
      return SourceStatus.FAILING;
    }
    Instant since = lastNewItemAt != null ? lastNewItemAt : firstSuccess();
    Duration quiet = Duration.between(since, now);
    return quiet.compareTo(usualCadence(expectedCadence).multipliedBy(STALE_FACTOR)) > 0
        ? SourceStatus.STALE
        : SourceStatus.OK;
  }

  Duration usualCadence(Duration expected) {
    List<Instant> fruitful =
        recentRuns.stream().filter(r -> r.published() > 0).map(RunRecord::at).sorted().toList();
    if (fruitful.size() < 3) {
      return expected;
    }
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < fruitful.size(); i++) {
      gaps.add(Duration.between(fruitful.get(i - 1), fruitful.get(i)));
    }
    gaps.sort(null);
    Duration median = gaps.get(gaps.size() / 2);
    return median.compareTo(expected) > 0 ? median : expected;
  }

  private Instant firstSuccess() {
    return recentRuns.stream()
        .filter(RunRecord::succeeded)
        .map(RunRecord::at)
        .findFirst()
        .orElse(lastSuccess);
  }
}
