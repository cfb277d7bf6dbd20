package org.rightslens.indexer.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.rightslens.indexer.index.IndexMapping;

/**
 * Turns what a user typed into a bounded Lucene query: Lucene syntax over the searched fields of
 * {@link IndexMapping} (terms are ANDed), with the queries that could run away refused up front:
 * leading wildcards, regular expressions, ranges of words, prefixes shorter than {@value
 * #MIN_PREFIX} characters, more than {@value #MAX_CLAUSES} clauses, more than {@value #MAX_LENGTH}
 * characters.
 */
public final class UserQuery {

  public static final int MAX_LENGTH = 1_000;
  public static final int MAX_CLAUSES = 64;
  public static final int MIN_PREFIX = 2;

  private static final Pattern COLUMN = Pattern.compile("at line \\d+, column (\\d+)");

  private final Analyzer analyzer;

  public UserQuery(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Parses a user query; blank matches every item. */
  public Query parse(String text) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidSearchException(
          "q: at most " + MAX_LENGTH + " characters, got " + text.length());
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            IndexMapping.SEARCHED_FIELDS.keySet().toArray(String[]::new),
            analyzer,
            IndexMapping.SEARCHED_FIELDS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    Query query;
    try {
      // On one line, so that the parser's column is the position in the query.
      query = parser.parse(text.replaceAll("\\R", " "));
    } catch (ParseException e) {
      throw syntaxError(e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses();
    }
    Guard guard = new Guard();
    query.visit(guard);
    return query;
  }

  private static InvalidSearchException syntaxError(ParseException e) {
    String message = e.getMessage();
    // The parser's own message, without the query in it (which could contain anything).
    String own = e.getCause() != null ? e.getCause().getMessage() : message;
    Matcher column = COLUMN.matcher(own == null ? "" : own);
    Integer position = column.find() ? Integer.valueOf(column.group(1)) : null;
    int cause = message.indexOf("': ");
    String reason = cause < 0 ? message : message.substring(cause + 3);
    reason = reason.split("\\R", 2)[0].strip();
    if (message.contains("'*' or '?' not allowed as first character")) {
      return new InvalidSearchException(
          "q: a word cannot start with * or ?; write at least "
              + MIN_PREFIX
              + " letters before the wildcard");
    }
    return new InvalidSearchException(
        "q: syntax error"
            + (position == null ? "" : " at position " + position)
            + ": "
            + reason
            + " (quote phrases, balance parentheses and quotes, escape special characters with \\)",
        position);
  }

  private static InvalidSearchException tooManyClauses() {
    return new InvalidSearchException(
        "q: the query has too many clauses; use at most " + MAX_CLAUSES + " words and phrases");
  }

  /** Refuses what would be slow; counts leaves per searched field, so a word counts once. */
  private static final class Guard extends QueryVisitor {
    private int leaves;

    @Override
    public void visitLeaf(Query leaf) {
      if (leaf instanceof TermRangeQuery) {
        throw new InvalidSearchException(
            "q: ranges of words are not supported; use from and to for dates");
      }
      if (leaf instanceof RegexpQuery) {
        throw new InvalidSearchException(
            "q: regular expressions are not supported; use words, phrases or a trailing *");
      }
      if (leaf instanceof PrefixQuery prefix && prefix.getPrefix().text().length() < MIN_PREFIX) {
        throw new InvalidSearchException(
            "q: write at least " + MIN_PREFIX + " letters before a trailing *");
      }
      if (leaf instanceof WildcardQuery wildcard
          && wildcard.getTerm().text().replaceAll("[*?].*", "").length() < MIN_PREFIX) {
        throw new InvalidSearchException(
            "q: write at least " + MIN_PREFIX + " letters before a wildcard");
      }
      count();
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      count();
    }

    private void count() {
      if (++leaves > MAX_CLAUSES * IndexMapping.SEARCHED_FIELDS.size()) {
        throw tooManyClauses();
      }
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return this;
    }
  }
}
