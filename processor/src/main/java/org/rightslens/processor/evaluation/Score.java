package org.rightslens.processor.evaluation;

/**
 * How a tagger did on one label: counts, and precision, recall and F1 (null where undefined:
 * precision when the label was never claimed, recall when it never applied, F1 when neither).
 */
public record Score(
    String label,
    int truePositives,
    int falsePositives,
    int falseNegatives,
    Double precision,
    Double recall,
    Double f1) {

  public static Score of(String label, int truePositives, int falsePositives, int falseNegatives) {
    Double precision = ratio(truePositives, truePositives + falsePositives);
    Double recall = ratio(truePositives, truePositives + falseNegatives);
    int f1Whole = 2 * truePositives + falsePositives + falseNegatives;
    Double f1 = f1Whole == 0 ? null : round(2.0 * truePositives / f1Whole);
    return new Score(label, truePositives, falsePositives, falseNegatives, precision, recall, f1);
  }

  /** How many items really have the label. */
  public int support() {
    return truePositives + falseNegatives;
  }

  private static Double ratio(int part, int whole) {
    return whole == 0 ? null : round((double) part / whole);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
