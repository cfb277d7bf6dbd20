package org.rightslens.crawler.source.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.crawler.source.SourceSettings;

/**
 * The bodies every XML source type must reject, with a reason, and never throw on: bot challenges,
 * HTML pages, malformed XML, entity expansion and external entities, and the wrong document kind. A
 * parser's test class extends this and says how its documents start.
 */
public abstract class SourceParserRejections {

  /** Real payloads recorded by others, read in place: they are not copied into the project. */
  public static final Path PAYLOADS = Path.of("../../shared/payloads");

  protected static final Instant FETCHED_AT = Instant.parse("2031-03-25T09:00:00Z");

  /** The parser under test. */
  protected abstract SourceParser parser();

  /** The source type name, which starts every rejection reason. */
  protected abstract String type();

  /** The root start tag of the parser's documents, without brackets, e.g. {@code rss}. */
  protected abstract String rootStartTag();

  /** A document of another kind, and what its rejection reason must say. */
  protected abstract String wrongKindDocument();

  protected abstract String wrongKindReason();

  protected ParseContext context(String baseUrl) {
    return new ParseContext(
        "test-source", URI.create(baseUrl), "application/xml", FETCHED_AT, SourceSettings.NONE);
  }

  protected ParseOutcome parse(byte[] body) {
    return parser().parse(body, context("https://example.org/feed"));
  }

  protected ParseOutcome parse(String body) {
    return parse(body.getBytes(StandardCharsets.UTF_8));
  }

  /** A fixture from {@code src/test/resources/fixtures/}. */
  public static byte[] fixture(String path) {
    try (InputStream in = SourceParserRejections.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A payload from {@code ../../shared/payloads/}. */
  public static byte[] payload(String path) {
    try {
      return Files.readAllBytes(PAYLOADS.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected String rejection(ParseOutcome outcome) {
    assertThat(outcome).isInstanceOf(ParseOutcome.Rejected.class);
    String reason = ((ParseOutcome.Rejected) outcome).reason();
    assertThat(reason).startsWith(type() + ": ");
    return reason;
  }

  private String rootName() {
    return rootStartTag().split("\\s", 2)[0];
  }

  @Test
  void rejectsTheEurLexWafChallengePage() {
    byte[] page = payload("eurlex/eurlex-legal-content-aws-waf-challenge.html");

    assertThat(rejection(parse(page))).contains("bot challenge page (AWS WAF)");
  }

  @Test
  void rejectsAnHtmlErrorPage() {
    String page =
        """
        <!DOCTYPE html>
        <html lang="en"><head><title>503 Service Unavailable</title></head>
        <body><h1>Service Unavailable</h1><p>Please try again later.</p></body></html>
        """;

    assertThat(rejection(parse(page))).contains("an HTML page, not XML data");
  }

  @Test
  void rejectsAnXhtmlErrorPageBehindAnXmlDeclarationAsHtmlRatherThanAsHostile() {
    String page =
        """
        \uFEFF<?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>404 Not Found</title></head>
        <body><p>Not found</p></body></html>
        """;

    assertThat(rejection(parse(page))).contains("an HTML page, not XML data");
  }

  @Test
  void rejectsEmptyAndBlankBodies() {
    assertThat(rejection(parse(new byte[0]))).contains("empty response body");
    assertThat(rejection(parse(" \n\t "))).contains("blank response body");
  }

  @Test
  void rejectsMalformedXmlNamingTheLine() {
    String body =
        "<?xml version=\"1.0\"?>\n<" + rootStartTag() + ">\n<title>unclosed\n</" + rootName() + ">";

    assertThat(rejection(parse(body))).contains("malformed XML at line 4");
  }

  @Test
  void rejectsJsonAsMalformedXml() {
    assertThat(rejection(parse("{\"results\": []}"))).contains("malformed XML");
  }

  @Test
  void rejectsABillionLaughsDocumentWithoutExpandingIt() {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      String previous = "&lol" + (i - 1) + ";";
      dtd.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(previous.repeat(10))
          .append("\">\n");
    }
    String body =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE "
            + rootName()
            + " [\n"
            + dtd
            + "]>\n<"
            + rootStartTag()
            + "><title>&lol9;</title></"
            + rootName()
            + ">";

    ParseOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(body));

    assertThat(rejection(outcome)).contains("hostile XML").contains("DOCTYPE");
  }

  @Test
  void rejectsAnExternalEntityDocumentWithoutReadingTheFile(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "XXE-SECRET-7f3a");
    String body =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE "
            + rootName()
            + " [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<"
            + rootStartTag()
            + "><title>&xxe;</title></"
            + rootName()
            + ">";

    ParseOutcome outcome = parse(body);

    assertThat(rejection(outcome))
        .contains("hostile XML")
        .contains("DOCTYPE")
        .doesNotContain("XXE-SECRET-7f3a");
  }

  @Test
  void rejectsADocumentNestedDeepEnoughToExhaustTheStack() {
    int depth = 200_000;
    String body =
        "<"
            + rootStartTag()
            + "><title>"
            + "<div>".repeat(depth)
            + "deep"
            + "</div>".repeat(depth)
            + "</title></"
            + rootName()
            + ">";

    assertThat(rejection(parse(body))).contains("hostile XML: elements nested more than 500 deep");
  }

  @Test
  void acceptsNestingAsDeepAsTheLimit() {
    // The root, its title and 498 divs: 500 levels below the document.
    String body =
        "<"
            + rootStartTag()
            + "><title>"
            + "<div>".repeat(498)
            + "</div>".repeat(498)
            + "</title></"
            + rootName()
            + ">";

    assertThat(parse(body)).isNotNull();
    if (parse(body) instanceof ParseOutcome.Rejected rejected) {
      assertThat(rejected.reason()).doesNotContain("nested");
    }
  }

  @Test
  void rejectsADocumentOfAnotherKind() {
    assertThat(rejection(parse(wrongKindDocument()))).isEqualTo(type() + ": " + wrongKindReason());
  }
}
