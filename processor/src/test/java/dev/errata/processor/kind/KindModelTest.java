package dev.errata.processor.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.ErrorKind;
import dev.errata.processor.model.TableRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Trains {@link KindModel} from the tuning part of the labelled corpus (never the test part) and
 * checks that the shipped counts are exactly what training gives. After a change to the corpus or
 * the features, {@code ERRATA_MODEL_UPDATE=true mvn -B -q -pl processor -am test
 * -Dtest=KindModelTest -Dsurefire.failIfNoSpecifiedTests=false} rewrites the resource.
 */
class KindModelTest {
  private static final Path SHIPPED =
      Path.of("src", "main", "resources", "dev", "errata", "processor", "kind", KindModel.RESOURCE);

  static String train() throws IOException {
    KindModel.Trainer trainer = new KindModel.Trainer();
    for (LabeledCodesTest.Table table : LabeledCodesTest.corpus()) {
      if (table.part() == LabeledCodesTest.Part.TUNE) {
        table.labeled().forEach(l -> trainer.add(l.row(), table.statuses(), l.kind()));
      }
    }
    return trainer.write();
  }

  @Test
  void shippedModelIsWhatTheTuningPartTrains() throws IOException {
    String trained = train();
    if (Boolean.parseBoolean(System.getenv("ERRATA_MODEL_UPDATE"))) {
      Files.writeString(SHIPPED, trained, StandardCharsets.UTF_8);
    }
    assertEquals(
        trained,
        Files.readString(SHIPPED, StandardCharsets.UTF_8),
        SHIPPED + " is not what the tuning part trains; rerun with ERRATA_MODEL_UPDATE=true");
  }

  @Test
  void aWordOfOneKindDecidesAndUnknownWordsSayNothing() {
    KindModel.Trainer trainer = new KindModel.Trainer();
    for (int i = 0; i < 5; i++) {
      trainer.add(
          new TableRow(1, 0, "card_declined_" + i, "", "", "", "", ""),
          TableStatuses.NONE,
          ErrorKind.PERMISSION_DENIED);
      trainer.add(
          new TableRow(1, 0, "order_missing_" + i, "", "", "", "", ""),
          TableStatuses.NONE,
          ErrorKind.NOT_FOUND);
    }
    KindModel model = KindModel.read(trainer.write());
    Optional<KindModel.Guess> guess =
        model.guess(new TableRow(1, 0, "pickup_card", "", "", "", "", ""), TableStatuses.NONE);
    assertTrue(guess.isPresent());
    assertEquals(ErrorKind.PERMISSION_DENIED, guess.get().kind());
    assertEquals(List.of("card"), guess.get().because());
    assertEquals(
        Optional.empty(),
        model.guess(new TableRow(1, 0, "xyz", "", "", "", "", ""), TableStatuses.NONE));
  }

  @Test
  void aModelTrainedOnNoRowsGuessesNothing() {
    KindModel model = KindModel.read(new KindModel.Trainer().write());
    assertEquals(
        Optional.empty(),
        model.guess(
            new TableRow(1, 404, "Order.NotFound", "", "", "", "", ""), TableStatuses.NONE));
  }

  @Test
  void aRowsRepeatedWordsCountOnce() {
    TableRow row = new TableRow(1, 0, "Card.Card", "card card declined", "card", "", "", "");
    List<String> features = KindModel.features(row, TableStatuses.NONE);
    assertEquals(features.stream().distinct().toList(), features);
    assertTrue(features.contains("text:card"), features.toString());
  }

  @Test
  void theShippedResourceReadsTheSameWithWindowsLineEnds() throws IOException {
    String shipped = train();
    KindModel unix = KindModel.read(shipped);
    KindModel windows = KindModel.read(shipped.replace("\n", "\r\n"));
    TableRow row = new TableRow(1, 403, "Quota.Exceeded", "Too many instances", "", "", "", "");
    TableStatuses statuses = TableStatuses.NONE;
    assertTrue(unix.guess(row, statuses).isPresent());
    assertEquals(unix.guess(row, statuses), windows.guess(row, statuses));
  }
}
