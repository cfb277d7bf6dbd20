package org.rightslens.processor.normalise;

import java.util.List;

/** An item that cannot be accepted; the message lists every problem, each naming its field. */
public class InvalidItemException extends Exception {

  private final List<String> problems;

  public InvalidItemException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
