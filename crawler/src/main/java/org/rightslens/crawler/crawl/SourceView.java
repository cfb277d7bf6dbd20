package org.rightslens.crawler.crawl;

import java.time.Instant;
import java.util.List;
import org.rightslens.crawler.checkpoint.RunRecord;
import org.rightslens.crawler.checkpoint.SourceStatus;

/** A source as the health page shows it. */
public record SourceView(
    String id,
    String type,
    String url,
    boolean enabled,
    SourceStatus status,
    Instant lastAttempt,
    Instant lastSuccess,
    Instant lastNewItemAt,
    int consecutiveFailures,
    String lastError,
    List<RunRecord> recentRuns) {}
