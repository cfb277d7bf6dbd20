/**
 * legislation.gov.uk source types: its Atom feeds ({@code legislation-gov-uk}) and the CLML XML of
 * one item ({@code legislation-gov-uk-clml}).
 */
package org.rightslens.crawler.source.legislationgovuk;
