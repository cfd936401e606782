package dev.errata.processor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.ErrorKind;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CatalogSettings;
import dev.errata.processor.model.CatalogSettings.BodyLocation;
import dev.errata.processor.model.CodeEntry;
import dev.errata.processor.model.KindOverride;
import dev.errata.processor.model.KindOverride.Retry;
import dev.errata.processor.model.Problem;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogBuilderTest {
  private static final CatalogSettings SETTINGS = settings(Map.of());

  private static CatalogSettings settings(Map<String, KindOverride> rules) {
    return new CatalogSettings(
        "p", "Shop", "shop", "shop.tsv", TableOptions.DEFAULT, BodyLocation.AUTO_DETECT, rules);
  }

  private static TableRow row(int line, String code, String message) {
    return new TableRow(line, 400, code, message, "", "", "", "");
  }

  private static List<String> names(Catalog catalog) {
    List<String> names = new ArrayList<>();
    for (CodeEntry entry : catalog.entries()) {
      names.add(entry.constantName() + "/" + entry.className());
    }
    return names;
  }

  @Test
  void duplicateCodeKeepsFirstRowAndShowsTheOtherTexts() {
    CatalogBuilder.Result result =
        CatalogBuilder.build(
            SETTINGS,
            List.of(
                row(2, "OrderSysConstraintInvalid", "System constraint check failed."),
                row(3, "OrderSysConstraintInvalid", "The pre-verification of the order failed.")));
    CodeEntry entry = result.catalog().entries().get(0);
    assertEquals(1, result.catalog().entries().size());
    assertEquals("System constraint check failed.", entry.message());
    assertEquals(
        List.of("line 3: HTTP 400 / The pre-verification of the order failed."),
        entry.otherTexts());
    Problem warning = result.problems().get(0);
    assertEquals(3, warning.line());
    assertTrue(warning.message().contains("also on line 2"), warning.message());
  }

  @Test
  void identicalRepeatIsIgnoredWithAWarning() {
    CatalogBuilder.Result result =
        CatalogBuilder.build(SETTINGS, List.of(row(2, "A", "same"), row(9, "A", "same")));
    assertEquals(List.of(), result.catalog().entries().get(0).otherTexts());
    assertEquals(9, result.problems().get(0).line());
    assertTrue(result.problems().get(0).message().contains("repeats line 2 exactly"));
  }

  @Test
  void collidingNamesGetSuffixesInTableOrderAndNameBothRows() {
    CatalogBuilder.Result result =
        CatalogBuilder.build(
            SETTINGS,
            List.of(row(2, "Ecs.0001", "a"), row(3, "ECS_0001", "b"), row(4, "ecs-0001", "c")));
    assertEquals(
        List.of("ECS_0001/Ecs0001", "ECS_0001_2/Ecs0001_2", "ECS_0001_3/Ecs0001_3"),
        names(result.catalog()));
    Problem warning = result.problems().get(0);
    assertEquals(3, warning.line());
    assertTrue(
        warning.message().contains("'ECS_0001'")
            && warning.message().contains("'Ecs.0001' (line 2)"),
        warning.message());
  }

  @Test
  void suffixSkipsNamesThatCodesAlreadyHave() {
    CatalogBuilder.Result result =
        CatalogBuilder.build(
            SETTINGS, List.of(row(2, "A.B", "a"), row(3, "A_B_2", "b"), row(4, "a-b", "c")));
    assertEquals(List.of("A_B/AB", "A_B_2/AB2", "A_B_3/AB_2"), names(result.catalog()));
  }

  @Test
  void classNamesThatErrataUsesGetSuffixCode() {
    CatalogBuilder.Result result =
        CatalogBuilder.build(
            SETTINGS,
            List.of(
                row(2, "Unknown", "a"),
                row(3, "NotFound", "b"),
                row(4, "ShopException", "c"),
                row(5, "Unclassified", "d")));
    assertEquals(
        List.of(
            "UNKNOWN/UnknownCode",
            "NOT_FOUND/NotFoundCode",
            "SHOP_EXCEPTION/ShopExceptionCode",
            "UNCLASSIFIED/UnclassifiedCode"),
        names(result.catalog()));
    assertEquals(4, result.problems().size());
  }

  @Test
  void nameColumnGivesTheClassName() {
    CatalogBuilder.Result result =
        CatalogBuilder.build(
            SETTINGS,
            List.of(
                new TableRow(2, 400, "CBC.5003", "m", "", "", "BalanceTooLow", ""),
                new TableRow(3, 400, "CBC.5004", "m", "", "", "not a name", "")));
    assertEquals(List.of("CBC_5003/BalanceTooLow", "CBC_5004/Cbc5004"), names(result.catalog()));
    assertEquals(3, result.problems().get(0).line());
  }

  @Test
  void patternCodesAreMarked() {
    CatalogBuilder.Result result =
        CatalogBuilder.build(
            SETTINGS,
            List.of(
                row(2, "InvalidParameter.%s", "The specified field %s invalid."),
                row(3, "Plain", "x")));
    assertTrue(result.catalog().entries().get(0).isPattern());
    assertEquals(
        List.of("InvalidParameter.", ""), result.catalog().entries().get(0).pattern().literals());
    assertEquals(false, result.catalog().entries().get(1).isPattern());
  }

  @Test
  void ruleOnTheAnnotationSetsTheKind() {
    CatalogBuilder.Result result =
        CatalogBuilder.build(
            settings(
                Map.of(
                    "A",
                    new KindOverride(ErrorKind.THROTTLED, Retry.NO),
                    "Missing",
                    new KindOverride(ErrorKind.INTERNAL, Retry.FROM_KIND))),
            List.of(row(2, "A", "whatever")));
    CodeEntry entry = result.catalog().entries().get(0);
    assertEquals(ErrorKind.THROTTLED, entry.kind());
    assertEquals(false, entry.retryable());
    assertTrue(result.problems().get(0).message().contains("'Missing'"));
  }

  @Test
  void emptyTableIsAnError() {
    CatalogBuilder.Result result = CatalogBuilder.build(SETTINGS, List.of());
    assertNull(result.catalog());
    assertTrue(result.problems().get(0).isError());
  }

  @Test
  void tableBeyondTheLimitIsAnError() {
    List<TableRow> rows = new ArrayList<>();
    for (int i = 0; i <= CatalogBuilder.MAX_CODES; i++) {
      rows.add(row(i + 2, "C" + i, "m"));
    }
    CatalogBuilder.Result result = CatalogBuilder.build(SETTINGS, rows);
    assertNull(result.catalog());
    assertTrue(
        result.problems().get(0).message().contains((CatalogBuilder.MAX_CODES + 1) + " codes"));
  }

  @Test
  void unknownKindCellIsWarned() {
    CatalogBuilder.Result result =
        CatalogBuilder.build(
            SETTINGS, List.of(new TableRow(2, 400, "A", "m", "", "", "", "Sideways")));
    assertEquals(2, result.problems().get(0).line());
    assertTrue(result.problems().get(0).message().contains("'Sideways'"));
  }

  @Test
  void tableWithoutMessagesTakesTheDescriptionsAsMessages() {
    CatalogBuilder.Result result =
        CatalogBuilder.build(
            SETTINGS, List.of(new TableRow(2, 0, "FailedOperation.X", "", "操作失败。", "", "", "")));
    CodeEntry entry = result.catalog().entries().get(0);
    assertEquals("操作失败。", entry.message());
    assertEquals("操作失败。", entry.description());
  }

  @Test
  void oneRowWithoutMessageKeepsItEmpty() {
    CatalogBuilder.Result result =
        CatalogBuilder.build(
            SETTINGS,
            List.of(
                new TableRow(2, 0, "A", "", "描述", "", "", ""),
                new TableRow(3, 0, "B", "message", "", "", "", "")));
    assertEquals("", result.catalog().entries().get(0).message());
  }
}
