package dev.errata.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tables in the errata-spec-tables jar are the tables as providers published them. */
class SpecTablesTest {

  @ParameterizedTest
  @CsvSource({
    "idc-hosting.tsv, 000_20e611aa5e155238.txt",
    "huawei-cbc.md, 001_b39df8d42f65b026.txt",
    "alibaba-ens.md, 002_5904f100538517ad.txt",
    "huawei-ecs-page.txt, 003_f7319f2ec638e495.txt"
  })
  void tableOnClasspathIsTheSeedByteForByte(String table, String seed) throws IOException {
    byte[] resource;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("errata/tables/" + table)) {
      assertNotNull(in, "errata/tables/" + table + " is not on the classpath");
      resource = in.readAllBytes();
    }
    Path seedFile = Path.of("..", "..", "shared", "seeds", seed);
    Assumptions.assumeTrue(Files.exists(seedFile), "seeds not beside the checkout: " + seedFile);
    assertArrayEquals(Files.readAllBytes(seedFile), resource, table + " differs from " + seed);
  }
}
