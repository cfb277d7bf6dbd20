/**
 * EUR-Lex and CELLAR source types (Publications Office of the EU): the CELLAR ingestion
 * notification feed ({@code cellar-notifications}), Formex 4 XML of an act or its notice ({@code
 * formex}) and the XHTML of an act ({@code eurlex-xhtml}). Every item is identified by its CELEX
 * number where the document allows.
 */
package org.rightslens.crawler.source.eurlex;
