/**
 * Text analysis shared by everything that matches queries against items (the tagger's rules, and
 * users' saved searches): the analyzer of each language and the field names.
 */
package org.rightslens.model.analysis;
