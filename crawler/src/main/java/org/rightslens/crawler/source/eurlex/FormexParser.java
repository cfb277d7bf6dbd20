package org.rightslens.crawler.source.eurlex;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rightslens.crawler.source.ItemDraft;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.crawler.source.feed.FeedSupport;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Source type {@code formex}: one document of the Formex 4 XML that CELLAR serves for an act
 * ({@code Accept: application/xml;type=fmx4}) and that the OJ publication zips hold. Two kinds of
 * document carry an act: the act itself ({@code <ACT>}: bibliographic data, {@code TITLE}, {@code
 * PREAMBLE}, {@code ENACTING.TERMS}, {@code FINAL}) and its notice ({@code <DOC>}, the {@code
 * .doc.xml} file or CELLAR's {@code DOC_1} stream: {@code BIB.DOC} with the act's number, {@code
 * PUBLICATION.REF} with the OJ issue, {@code DOC.MAIN.PUB} with the legal value and the date of the
 * act, and the title). A notice yields an item without text: it has every other field.
 *
 * <p>Mapping: native id the CELEX number, from {@code NO.CELEX} when the document has one, else
 * from the act's number and year ({@code NO.DOC}) and its kind (the notice's {@code LEGAL.VALUE}
 * {@code REG}, {@code DIR}, {@code DEC}, {@code REC}, else the kind of act the title names), else
 * from the number the title gives ({@code Directive (EU) 2022/2555}); jurisdiction EU; type and
 * status from the CELEX number; title the text of {@code TITLE/TI} without footnotes; language
 * {@code LG.DOC} (else the OJ's {@code LG.OJ}); adopted the date of the act; published the OJ date
 * (notices only: an act does not carry it); url the EUR-Lex page in the document's language;
 * textUrl the CELLAR resource of the CELEX number; text the preamble, enacting terms and final
 * provisions (see {@link FormexText}).
 *
 * <p>Rejected: empty bodies, bot challenges, the CELLAR {@code 300 Multiple Choices} page, HTML
 * pages, malformed or hostile XML, other XML; an {@code <ANNEX>}, which is a part of an act and
 * does not say which act (it has neither the act's number nor its title); and an act or notice
 * without a title or from which no CELEX number can be derived.
 */
public final class FormexParser implements SourceParser {

  public static final String TYPE = "formex";

  // Where a document cites other acts rather than identifying itself.
  private static final Set<String> TEXT_PARTS =
      Set.of("TITLE", "PREAMBLE", "ENACTING.TERMS", "FINAL", "CONTENTS", "NOTE");

  @Override
  public ParseOutcome parse(byte[] body, ParseContext context) {
    Optional<String> multipleChoices = EurLex.multipleChoices(body);
    if (multipleChoices.isPresent()) {
      return rejected(multipleChoices.get());
    }
    FeedSupport.XmlBody xml = FeedSupport.readXml(body);
    if (xml.problem() != null) {
      return rejected(xml.problem());
    }
    Element root = xml.document().getDocumentElement();
    try {
      if (FeedSupport.is(root, null, "ACT")) {
        return act(root, context);
      } else if (FeedSupport.is(root, null, "DOC")) {
        return notice(root, context);
      } else if (FeedSupport.is(root, null, "ANNEX")) {
        return rejected(annex(root));
      }
      return rejected(
          "expected a Formex 4 act (<ACT>) or notice (<DOC>), got " + FeedSupport.describe(root));
    } catch (RuntimeException e) {
      // The contract is to never throw for bad input: an unforeseen shape is a rejection.
      return rejected("could not read the document: " + e);
    }
  }

  private static ParseOutcome act(Element root, ParseContext context) {
    Element bib = child(root, "BIB.INSTANCE");
    String title = FormexText.inline(child(child(root, "TITLE"), "TI"));
    if (title == null) {
      return rejected("an <ACT> without a TITLE: not an act to index");
    }
    Optional<Celex> celex = celex(root, child(bib, "NO.DOC"), ActTitles.letter(title), title);
    if (celex.isEmpty()) {
      return rejected(
          "cannot derive the CELEX number of the <ACT>: no NO.CELEX, no NO.DOC and no act number"
              + " in its title");
    }
    ItemDraft d = draft(context, celex.get(), title);
    String language = childText(bib, "LG.DOC");
    d.language =
        first(EurLex.language(first(language, childText(documentRef(bib), "LG.OJ"))), d.language);
    d.adopted = date(child(bib, "DATE"));
    d.url = celex.get().eurLexUrl(d.language);
    d.text = FormexText.of(root);
    return ParseOutcome.Parsed.of(List.of(d.build()));
  }

  private static ParseOutcome notice(Element root, ParseContext context) {
    Element main = child(child(root, "FMX"), "DOC.MAIN.PUB");
    Element publication = child(root, "PUBLICATION.REF");
    String title = FormexText.inline(child(titleOf(root), "TI"));
    if (title == null) {
      return rejected("a <DOC> notice without the act's title (no TITLE/TI): nothing to index");
    }
    String letter = letter(childText(main, "LEGAL.VALUE"));
    Optional<Celex> celex =
        celex(
            root,
            child(child(root, "BIB.DOC"), "NO.DOC"),
            first(letter, ActTitles.letter(title)),
            title);
    if (celex.isEmpty()) {
      return rejected(
          "cannot derive the CELEX number of the act of the <DOC> notice (legal value "
              + childText(main, "LEGAL.VALUE")
              + "): no NO.CELEX, no NO.DOC and no act number in its title");
    }
    ItemDraft d = draft(context, celex.get(), title);
    String language = first(childText(main, "LG.DOC"), childText(publication, "LG.OJ"));
    d.language = first(EurLex.language(language), d.language);
    d.published = date(child(publication, "DATE"));
    d.adopted = date(child(main, "DATE"));
    d.url = celex.get().eurLexUrl(d.language);
    return ParseOutcome.Parsed.of(List.of(d.build()));
  }

  private static ItemDraft draft(ParseContext context, Celex celex, String title) {
    ItemDraft d = ItemDraft.of(context, celex.value());
    d.jurisdiction = EurLex.JURISDICTION;
    d.title = title;
    d.type = first(celex.type(), d.type);
    d.status = first(celex.status(), d.status);
    d.textUrl = celex.cellarUri();
    return d;
  }

  /**
   * The CELEX number: a {@code NO.CELEX} of the document's own (not one in its text, which would
   * cite another act); else the act's number and year with the descriptor letter; else the number
   * the title gives.
   */
  private static Optional<Celex> celex(Element root, Element noDoc, String letter, String title) {
    NodeList explicit = root.getElementsByTagName("NO.CELEX");
    for (int i = 0; i < explicit.getLength(); i++) {
      if (inText(explicit.item(i))) {
        continue;
      }
      Optional<Celex> celex = Celex.parse(explicit.item(i).getTextContent());
      if (celex.isPresent()) {
        return celex;
      }
    }
    String number = childText(noDoc, "NO.CURRENT");
    String year = childText(noDoc, "YEAR");
    if (letter != null && number != null && year != null && year.matches("\\d{4}")) {
      Optional<Celex> celex = Celex.ofAct(Integer.parseInt(year), letter, number);
      if (celex.isPresent()) {
        return celex;
      }
    }
    return ActTitles.celex(title);
  }

  private static boolean inText(Node node) {
    for (Node n = node.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
      if (TEXT_PARTS.contains(e.getTagName())) {
        return true;
      }
    }
    return false;
  }

  /** The CELEX descriptor of a Formex legal value: REG, DIR, DEC, REC (and their variants). */
  private static String letter(String legalValue) {
    if (legalValue == null) {
      return null;
    }
    if (legalValue.startsWith("REG")) {
      return "R";
    } else if (legalValue.startsWith("DIR")) {
      return "L";
    } else if (legalValue.startsWith("DEC")) {
      return "D";
    } else if (legalValue.startsWith("REC")) {
      return "H";
    }
    return null;
  }

  /** Why an annex alone is not an item, naming what it is part of. */
  private static String annex(Element root) {
    String title = FormexText.inline(child(root, "TITLE"));
    Element ref = documentRef(child(root, "BIB.INSTANCE"));
    String file = ref == null ? null : FeedSupport.attr(ref, "FILE");
    return "an <ANNEX>"
        + (title == null ? "" : " (\"" + title + "\")")
        + " is part of an act"
        + (file == null ? "" : " (notice " + file + ")")
        + " and does not say which act (no CELEX, act number or act title): read the act's <ACT>"
        + " or <DOC> notice instead";
  }

  /** The act's TITLE in a notice: under PAPER (or anywhere), the first with a TI. */
  private static Element titleOf(Element root) {
    NodeList titles = root.getElementsByTagName("TITLE");
    for (int i = 0; i < titles.getLength(); i++) {
      if (titles.item(i) instanceof Element t && child(t, "TI") != null) {
        return t;
      }
    }
    return null;
  }

  private static Element documentRef(Element bib) {
    return child(bib, "DOCUMENT.REF");
  }

  private static LocalDate date(Element date) {
    if (date == null) {
      return null;
    }
    String iso = FeedSupport.attr(date, "ISO");
    return EurLex.date(iso != null ? iso : FeedSupport.text(date));
  }

  private static Element child(Element parent, String name) {
    return FeedSupport.child(parent, null, name);
  }

  private static String childText(Element parent, String name) {
    return FeedSupport.childText(parent, null, name);
  }

  private static <T> T first(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }

  private static ParseOutcome.Rejected rejected(String reason) {
    return new ParseOutcome.Rejected(TYPE + ": " + reason);
  }
}
