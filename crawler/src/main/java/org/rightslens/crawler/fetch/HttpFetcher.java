package org.rightslens.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * Fetches over HTTP(S) within {@link FetchLimits}: redirects followed by hand (counted, loops
 * detected, only to http and https), gzip accepted and decompressed under the body limit,
 * conditional GET, and an honest User-Agent. A body that trickles in past the total time limit is
 * cut off.
 */
public final class HttpFetcher implements Fetcher {

  /** The product token of the User-Agent; the operator's contact is appended to it. */
  public static final String AGENT = "RightsLens";

  /** The User-Agent sent: the product, what it does, and how to reach whoever runs it. */
  public static String userAgent(String contact) {
    String who = contact == null || contact.isBlank() ? "" : "; +" + contact.strip();
    return AGENT + "/0.1 (open-source legislation monitor" + who + ")";
  }

  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "rightslens-fetch-watchdog");
            t.setDaemon(true);
            return t;
          });

  private final HttpClient client;
  private final FetchLimits limits;
  private final String userAgent;
  private final Clock clock;

  public HttpFetcher(FetchLimits limits, String userAgent, Clock clock) {
    this.limits = limits;
    this.userAgent = userAgent;
    this.clock = clock;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(limits.connectTimeout())
            .build();
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    URI url = request.url();
    Set<URI> visited = new HashSet<>();
    long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
    for (int redirects = 0; ; redirects++) {
      if (!visited.add(url)) {
        return failed(request, 0, "redirect loop at " + url, false);
      }
      HttpResponse<InputStream> response;
      try {
        response = client.send(build(request, url), HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpConnectTimeoutException e) {
        return failed(request, 0, "connect timeout after " + limits.connectTimeout(), true);
      } catch (HttpTimeoutException e) {
        return failed(request, 0, "no response within " + limits.firstByteTimeout(), true);
      } catch (IOException e) {
        return failed(request, 0, "cannot connect: " + e, true);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return failed(request, 0, "interrupted", true);
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        close(response);
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          return failed(request, status, "redirect without a Location header", false);
        }
        if (redirects >= limits.maxRedirects()) {
          return failed(
              request, status, "more than " + limits.maxRedirects() + " redirects", false);
        }
        URI next = url.resolve(location.strip());
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
          return failed(request, status, "redirect to a non-HTTP URL " + next, false);
        }
        url = next;
        continue;
      }
      return complete(request, url, response, deadline);
    }
  }

  private HttpRequest build(FetchRequest request, URI url) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url)
            .timeout(limits.firstByteTimeout())
            .header("User-Agent", userAgent)
            .header("Accept-Encoding", "gzip");
    request.headers().forEach(b::header);
    // Conditional headers only belong to the URL they were given for.
    if (url.equals(request.url())) {
      if (request.etag() != null) {
        b.header("If-None-Match", request.etag());
      }
      if (request.lastModified() != null) {
        b.header("If-Modified-Since", request.lastModified());
      }
    }
    return b.GET().build();
  }

  private FetchResult complete(
      FetchRequest request, URI finalUrl, HttpResponse<InputStream> response, long deadline) {
    int status = response.statusCode();
    if (status == 304) {
      close(response);
      return new FetchResult.NotModified(request.url());
    }
    if (status < 200 || status >= 300) {
      close(response);
      Duration retryAfter =
          RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock)
              .orElse(null);
      boolean retryable = status == 429 || status >= 500;
      return new FetchResult.Failed(
          request.url(), status, "HTTP " + status + " from " + finalUrl, retryAfter, retryable);
    }
    byte[] body;
    try {
      body = readBody(response, deadline);
    } catch (BodyTooLarge e) {
      return failed(request, status, e.getMessage(), false);
    } catch (IOException e) {
      return failed(
          request,
          status,
          System.nanoTime() > deadline
              ? "body not complete within " + limits.totalTimeout()
              : "body read failed: " + e.getMessage(),
          true);
    }
    var headers = response.headers();
    return new FetchResult.Ok(
        request.url(),
        finalUrl,
        status,
        body,
        headers.firstValue("Content-Type").orElse(null),
        headers.firstValue("ETag").orElse(null),
        headers.firstValue("Last-Modified").orElse(null));
  }

  private byte[] readBody(HttpResponse<InputStream> response, long deadline) throws IOException {
    InputStream raw = response.body();
    long remaining = Math.max(1, deadline - System.nanoTime());
    ScheduledFuture<?> watchdog =
        WATCHDOG.schedule(() -> quietClose(raw), remaining, TimeUnit.NANOSECONDS);
    try (InputStream in = decoded(response, raw)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16 * 1024];
      int n;
      while ((n = in.read(buffer)) != -1) {
        out.write(buffer, 0, n);
        if (out.size() > limits.maxBodyBytes()) {
          throw new BodyTooLarge("body larger than " + limits.maxBodyBytes() + " bytes");
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("deadline passed");
        }
      }
      return out.toByteArray();
    } finally {
      watchdog.cancel(false);
    }
  }

  private static InputStream decoded(HttpResponse<InputStream> response, InputStream raw)
      throws IOException {
    String encoding = response.headers().firstValue("Content-Encoding").orElse("");
    return encoding.equalsIgnoreCase("gzip") ? new GZIPInputStream(raw) : raw;
  }

  private static FetchResult failed(
      FetchRequest request, int status, String reason, boolean retryable) {
    return new FetchResult.Failed(request.url(), status, reason, null, retryable);
  }

  private static void close(HttpResponse<InputStream> response) {
    quietClose(response.body());
  }

  private static void quietClose(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing to do: the stream is being abandoned
    }
  }

  private static final class BodyTooLarge extends IOException {
    BodyTooLarge(String message) {
      super(message);
    }
  }
}
