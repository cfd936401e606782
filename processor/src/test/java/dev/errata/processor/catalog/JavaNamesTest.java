package dev.errata.processor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.lang.model.SourceVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JavaNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CBC.5003                        | CBC_5003                          | Cbc5003",
        "OrderNotFound                   | ORDER_NOT_FOUND                   | OrderNotFound",
        "InvalidParameter.%s             | INVALID_PARAMETER                 | InvalidParameter",
        "201001                          | CODE_201001                       | Code201001",
        "Ecs.0001                        | ECS_0001                          | Ecs0001",
        "ECS_0001                        | ECS_0001                          | Ecs0001",
        "ecs-0001                        | ECS_0001                          | Ecs0001",
        "SaleControl.VerificationFailed  | SALE_CONTROL_VERIFICATION_FAILED  | SaleControlVerificationFailed",
        "APIGW.0301                      | APIGW_0301                        | Apigw0301",
        "HTTPServerError                 | HTTP_SERVER_ERROR                 | HttpServerError",
        "Invalid.{name}.Value            | INVALID_VALUE                     | InvalidValue",
        "class                           | CLASS                             | Class",
        "错误.不存在                      | 错误_不存在                        | 错误不存在",
      })
  void namesFromCodes(String code, String constant, String className) {
    assertEquals(constant, JavaNames.constantName(code));
    assertEquals(className, JavaNames.className(code));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "%s", "...", "—", "😀", "0", "__", "\u0000", "a b", "null", "true", "_"})
  void everyCodeGivesValidNames(String code) {
    String constant = JavaNames.constantName(code);
    String className = JavaNames.className(code);
    assertTrue(SourceVersion.isName(constant), constant);
    assertTrue(SourceVersion.isName(className), className);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "%s", "—"})
  void codeWithoutWordsIsNamedByItsHash(String code) {
    assertEquals("CODE_" + JavaNames.hash(code), JavaNames.constantName(code));
    assertEquals("Code" + JavaNames.hash(code), JavaNames.className(code));
  }

  @org.junit.jupiter.api.Test
  void longNamesAreCutAndStayDistinct() {
    String a = "Word".repeat(100) + ".A";
    String b = "Word".repeat(100) + ".B";
    assertEquals(JavaNames.MAX_LENGTH, JavaNames.constantName(a).length());
    assertEquals(JavaNames.MAX_LENGTH, JavaNames.className(a).length());
    assertFalse(JavaNames.className(a).equals(JavaNames.className(b)));
  }

  @ParameterizedTest
  @CsvSource({
    "HuaweiCbc, huawei-cbc",
    "IdcHosting, idc-hosting",
    "AlibabaENS, alibaba-ens",
    "Aws, aws"
  })
  void providerIds(String provider, String id) {
    assertEquals(id, JavaNames.providerId(provider));
  }

  @ParameterizedTest
  @CsvSource({
    "OrderMissing, true",
    "orderMissing, false",
    "Order Missing, false",
    "1Order, false",
    "Order$, true",
    "_, false",
    "'', false"
  })
  void usableClassNames(String name, boolean usable) {
    assertEquals(usable, JavaNames.isUsableClassName(name));
  }
}
