package org.rightslens.crawler.politeness;

import java.time.Duration;

/** Waits; injected so that politeness is tested with a fake clock instead of real sleeps. */
@FunctionalInterface
public interface Sleeper {

  Sleeper REAL = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
