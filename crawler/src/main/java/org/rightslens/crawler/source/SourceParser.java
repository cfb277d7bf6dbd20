package org.rightslens.crawler.source;

/**
 * Turns one response body of a source type into items. Does no I/O; never throws for bad input:
 * whatever is not content (an error page, a bot challenge, malformed or hostile data) is a {@link
 * ParseOutcome.Rejected} with a reason a person can act on.
 */
@FunctionalInterface
public interface SourceParser {

  ParseOutcome parse(byte[] body, ParseContext context);
}
