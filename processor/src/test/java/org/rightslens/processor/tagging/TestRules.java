package org.rightslens.processor.tagging;

/** Small rules files in the real format, for tests of the engine (not of the bundled rules). */
final class TestRules {

  static final String EN =
      """
      language: en
      version: "t1"
      rules:
        - id: en.cybersecurity.systems
          tag: cybersecurity
          query: >-
            fn:maxwidth(6 fn:unordered(fn:or(security secure) fn:or(computer "information systems" network)))
          weight: 0.7
          note: cyber context
        - id: en.cybersecurity.cyber
          tag: cybersecurity
          query: cybersecurity OR cyber
          weight: 0.5
          note: the word itself
        - id: en.warrantless-access.without-warrant
          tag: warrantless-access
          query: >-
            fn:maxwidth(12 fn:ordered(fn:or(intercept interception access) fn:or("without a warrant" "without a court order")))
          weight: 0.8
          note: access without a warrant
        - id: en.judicial-authorisation.judge
          tag: judicial-authorisation
          query: '"warrant issued by a judge" OR "approved by a judicial commissioner"'
          weight: 0.8
          note: prior judicial authorisation
        - id: en.encryption-weakening.systemic-weakness
          tag: encryption-weakening
          query: >-
            fn:notWithin(fn:maxwidth(8 fn:ordered(fn:or(build introduce) "systemic weakness")) 6 fn:or(not never))
          weight: 0.9
          note: duty to build a systemic weakness
        - id: en.encryption-protection.no-systemic-weakness
          tag: encryption-protection
          query: >-
            fn:maxwidth(10 fn:ordered(fn:or(not never) fn:or(build introduce) "systemic weakness"))
          weight: 0.9
          note: bar on systemic weaknesses
        - id: en.transparency-reporting.report
          tag: transparency-reporting
          query: '"transparency report"'
          weight: 0.8
          note: transparency reports
      """;

  static final String FR =
      """
      language: fr
      version: "t1"
      rules:
        - id: fr.warrantless-access.sans-autorisation
          tag: warrantless-access
          query: '"sans autorisation du juge"'
          weight: 0.8
          note: accès sans autorisation judiciaire
      """;

  private TestRules() {}
}
