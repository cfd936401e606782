package dev.errata.examples;

/** The errata demo: typed exceptions for four providers, decoded from a local HTTP server. */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) {
    System.out.println("errata demo: not yet — the generated provider packages arrive with the examples.");
  }
}
