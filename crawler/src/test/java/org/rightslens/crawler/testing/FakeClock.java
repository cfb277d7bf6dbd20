package org.rightslens.crawler.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.rightslens.crawler.politeness.Sleeper;

/** A clock that moves only when told to, and a sleeper that moves it instead of sleeping. */
public final class FakeClock extends Clock {

  private Instant now;

  public FakeClock(Instant start) {
    this.now = start;
  }

  public synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  public long nanos() {
    Instant i = instant();
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  public Sleeper sleeper() {
    return this::advance;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
