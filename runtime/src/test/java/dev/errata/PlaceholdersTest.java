package dev.errata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
  private static List<String> code(String template, String actual) {
    return Placeholders.capture(template, actual, null, null);
  }

  private static List<String> message(String template, String actual) {
    return Placeholders.capture(null, null, template, actual);
  }

  @Test
  void patternCode() {
    assertEquals(
        List.of("LoadBalancerSpec"),
        code("InvalidParameter.%s", "InvalidParameter.LoadBalancerSpec"));
    assertEquals(List.of("A.B"), code("InvalidParameter.%s", "InvalidParameter.A.B"));
    assertEquals(
        List.of(),
        code("InvalidParameter.%s", "InvalidParameter."),
        "a placeholder is never empty");
    assertEquals(List.of(), code("InvalidParameter.%s", "MissingParameter.X"));
    assertEquals(List.of(), code("CBC.5003", "CBC.5003"), "no placeholder, nothing to capture");
  }

  @Test
  void codeValuesComeBeforeMessageValuesEachOnce() {
    assertEquals(
        List.of("LoadBalancerSpec", "x"),
        Placeholders.capture(
            "InvalidParameter.%s",
            "InvalidParameter.LoadBalancerSpec",
            "The specified parameter %s is not valid: %s",
            "The specified parameter LoadBalancerSpec is not valid: x"));
  }

  @Test
  void exactCodeIsNoTemplate() {
    assertEquals(
        List.of("vm-1"),
        Placeholders.capture(null, "Foo.XXX", "server %s is locked", "server vm-1 is locked"));
  }

  @Test
  void printfForms() {
    assertEquals(
        List.of("s3.large", "c6.xlarge"),
        message(
            "Current flavor %s can not resize to flavor %s.",
            "Current flavor s3.large can not resize to flavor c6.xlarge."));
    assertEquals(List.of("12", "abc"), message("Count %d of %1$s", "Count 12 of abc"));
    assertEquals(List.of("vm-1"), message("server %(name)s is locked", "server vm-1 is locked"));
    assertEquals(
        List.of("a.b.c"),
        message(
            "Policy doesn't allow %s to be performed.",
            "Policy doesn't allow a.b.c to be performed."));
  }

  @Test
  void bracesAndWords() {
    assertEquals(
        List.of("i-123"), message("Instance {instanceId} not found", "Instance i-123 not found"));
    assertEquals(
        List.of("7F3A-22"),
        message("您已提交GUID为 XXX 的授权申请，请等待审核结果", "您已提交GUID为 7F3A-22 的授权申请，请等待审核结果"));
    assertEquals(List.of("关机", "重启"), message("设备状态为某某，不能执行某某操作", "设备状态为关机，不能执行重启操作"));
  }

  @Test
  void shortestValueUpToTheNextLiteral() {
    assertEquals(List.of("a", "b) (c"), message("%s (%s)", "a (b) (c)"));
    assertEquals(List.of("x", "yz"), message("%s%s", "xyz"));
    assertEquals(List.of("whole text"), message("XXX", "whole text"));
  }

  @Test
  void loneNIsAPlaceholderOnlyWhereTheRestMatches() {
    assertEquals(List.of("8"), message("端口号最多申请 N 个", "端口号最多申请 8 个"));
    assertEquals(List.of(), message("Not Now: N/A", "Not Now: something else"));
    assertEquals(List.of(), message("Name is required", "Name is required"));
  }

  @Test
  void mismatchesCaptureNothing() {
    assertEquals(
        List.of(), message("The flavor %s does not exist.", "A completely different message."));
    assertEquals(List.of(), message("%s ends here.", "ends here."));
    assertEquals(List.of(), message("a %s b %s c", "a x c"));
    assertEquals(List.of(), message("", "anything"));
    assertEquals(List.of(), message("x %s", null));
  }

  @Test
  void longServerMessagesDoNotBacktrack() {
    String actual = " ".repeat(60_000);
    List<String> values =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> message("%s %s %s %s.", actual));
    assertEquals(List.of(), values);
  }
}
