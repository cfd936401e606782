package dev.errata.processor.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.ErrorKind;
import dev.errata.processor.model.TableRow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindClassifierTest {

  private static TableRow row(
      int status, String code, String message, String description, String solution, String kind) {
    return new TableRow(1, status, code, message, description, solution, "", kind);
  }

  /** The rules alone: these tests check what each rule does. */
  private static Classification classify(
      int status, String code, String message, String description, String solution) {
    return inNoTable(row(status, code, message, description, solution, ""), null);
  }

  @Test
  void theLearnedModelSpeaksOnlyWhereNoRuleDoes() {
    Classification ruled =
        KindClassifier.classify(row(0, "OrderNotFound", "", "", "", ""), KindRule.NONE);
    assertEquals("code word \"NotFound\"", ruled.kindEvidence());
    KindModel.Trainer trainer = new KindModel.Trainer();
    for (int i = 0; i < 5; i++) {
      trainer.add(
          row(0, "card_declined_" + i, "", "", "", ""),
          TableStatuses.NONE,
          ErrorKind.PERMISSION_DENIED);
      trainer.add(
          row(0, "order_missing_" + i, "", "", "", ""), TableStatuses.NONE, ErrorKind.NOT_FOUND);
    }
    Classification learned =
        KindClassifier.classify(
            row(0, "pickup_card", "", "", "", ""),
            KindRule.NONE,
            TableStatuses.NONE,
            KindModel.read(trainer.write()));
    assertEquals(ErrorKind.PERMISSION_DENIED, learned.kind());
    assertTrue(
        learned.kindEvidence().startsWith("learned from labelled tables, words \"card\""),
        learned.kindEvidence());
    Classification nothing = KindClassifier.classify(row(0, "9009", "", "", "", ""), KindRule.NONE);
    assertEquals(
        new Classification(ErrorKind.UNKNOWN, "no evidence", false, "UNKNOWN is not retryable"),
        nothing);
  }

  @Test
  void emptyRowIsUnknownWithNoEvidence() {
    Classification c =
        KindClassifier.classify(
            new TableRow(1, 0, null, null, null, null, null, null), KindRule.NONE);
    assertEquals(
        new Classification(ErrorKind.UNKNOWN, "no evidence", false, "UNKNOWN is not retryable"), c);
  }

  @Test
  void nullRuleMeansNoRule() {
    assertEquals(
        ErrorKind.NOT_FOUND, KindClassifier.classify(row(404, "X", "", "", "", ""), null).kind());
  }

  @ParameterizedTest
  @CsvSource({
    "NOT_FOUND, NOT_FOUND",
    "NotFound, NOT_FOUND",
    "not-found, NOT_FOUND",
    "' not found ', NOT_FOUND",
    "insufficientFunds, INSUFFICIENT_FUNDS",
    "THROTTLED, THROTTLED",
  })
  void parseKindAcceptsAnyCaseAndSeparator(String cell, ErrorKind expected) {
    assertEquals(Optional.of(expected), KindClassifier.parseKind(cell));
  }

  @ParameterizedTest
  @CsvSource({"''", "'   '", "NOTFOUNDX", "missing", "404", "_-_"})
  void parseKindRejectsWhatIsNoKind(String cell) {
    assertEquals(Optional.empty(), KindClassifier.parseKind(cell));
  }

  @Test
  void parseKindOfNullIsEmpty() {
    assertEquals(Optional.empty(), KindClassifier.parseKind(null));
  }

  // --- precedence: kind column > rule > status > code words > message/description > solution

  @Test
  void kindColumnBeatsEverything() {
    TableRow r = row(429, "OrderNotFound", "Insufficient balance.", "余额不足", "", "conflict");
    Classification c = KindClassifier.classify(r, new KindRule(ErrorKind.TIMEOUT, null));
    assertEquals(ErrorKind.CONFLICT, c.kind());
    assertEquals("kind column", c.kindEvidence());
  }

  @Test
  void unparsableKindColumnIsIgnored() {
    Classification c = KindClassifier.classify(row(404, "", "", "", "", "Gone-ish"), KindRule.NONE);
    assertEquals(ErrorKind.NOT_FOUND, c.kind());
    assertEquals("HTTP 404", c.kindEvidence());
  }

  @Test
  void ruleBeatsStatusAndWords() {
    Classification c =
        KindClassifier.classify(
            row(404, "OrderNotFound", "Not found.", "", "", ""),
            new KindRule(ErrorKind.FAILED_PRECONDITION, null));
    assertEquals(ErrorKind.FAILED_PRECONDITION, c.kind());
    assertEquals("rule on @ErrorCatalog", c.kindEvidence());
  }

  @Test
  void specificStatusBeatsCodeWords() {
    Classification c = classify(404, "Forbidden.User", "", "", "");
    assertEquals(ErrorKind.NOT_FOUND, c.kind());
    assertEquals("HTTP 404", c.kindEvidence());
  }

  @Test
  void theMostSpecificWordingNarrowsAnyStatus() {
    Classification c =
        classify(404, "", "", "The request is too frequent. Flow control is being performed.", "");
    assertEquals(ErrorKind.THROTTLED, c.kind());
    assertEquals("HTTP 404, narrowed by matched \"too frequent\" in description", c.kindEvidence());
  }

  /** Rules alone here, as in the next test: a model that is fairly sure overrules weak evidence. */
  @Test
  void aStatusCommonInTheTableSaysLittle() {
    List<TableRow> table = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      table.add(row(403, "Code" + i, "", "", "", ""));
    }
    table.add(row(404, "Missing", "", "", "", ""));
    TableStatuses statuses = TableStatuses.of(table);
    TableRow cannot = row(404, "Code2", "Not permitted.", "", "", "");
    assertEquals(ErrorKind.NOT_FOUND, inNoTable(cannot, null).kind());
    List<TableRow> common404 = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      common404.add(row(404, "Code" + i, "", "", "", ""));
    }
    Classification inTable =
        KindClassifier.classify(cannot, KindRule.NONE, TableStatuses.of(common404), null);
    assertEquals(ErrorKind.PERMISSION_DENIED, inTable.kind());
    assertEquals("matched \"Not permitted\" in message", inTable.kindEvidence());
    Classification bare =
        KindClassifier.classify(row(403, "Code1", "", "", "", ""), KindRule.NONE, statuses);
    assertEquals(ErrorKind.PERMISSION_DENIED, bare.kind());
    assertEquals("HTTP 403 (most of the table's codes)", bare.kindEvidence());
    Classification rare =
        KindClassifier.classify(
            row(404, "Missing", "Access denied.", "", "", ""), KindRule.NONE, statuses);
    assertEquals(ErrorKind.NOT_FOUND, rare.kind());
    assertEquals("HTTP 404", rare.kindEvidence());
  }

  /** {@code copies} codes named after {@code word} ({@code word_0}, {@code word_1} ...). */
  private record Codes(int copies, int status, String word, ErrorKind kind) {}

  /** A model trained on these codes alone. */
  private static KindModel trained(Codes... codes) {
    KindModel.Trainer trainer = new KindModel.Trainer();
    for (Codes c : codes) {
      for (int i = 0; i < c.copies(); i++) {
        trainer.add(
            row(c.status(), c.word() + "_" + i, "", "", "", ""), TableStatuses.NONE, c.kind());
      }
    }
    return KindModel.read(trainer.write());
  }

  /** How sure {@code model} is of its guess for {@code row}, seen alone. */
  private static double sureness(KindModel model, TableRow row) {
    return model.guess(row, TableStatuses.NONE).orElseThrow().probability();
  }

  /** {@code row} classified as a row of no table, with {@code model} or the rules alone. */
  private static Classification inNoTable(TableRow row, KindModel model) {
    return KindClassifier.classify(row, KindRule.NONE, TableStatuses.NONE, model);
  }

  @Test
  void aModelThatIsFairlySureOverrulesWeakEvidenceButNotStrongWords() {
    KindModel model =
        trained(
            new Codes(15, 400, "quux", ErrorKind.CONFLICT),
            new Codes(5, 400, "quux", ErrorKind.INVALID_ARGUMENT),
            new Codes(20, 400, "bad", ErrorKind.INVALID_ARGUMENT));
    TableRow quux = row(400, "quux", "", "", "", "");
    assertTrue(sureness(model, quux) >= KindClassifier.MODEL_OVER_WEAK, "" + sureness(model, quux));
    assertTrue(sureness(model, quux) < KindClassifier.MODEL_OVER_WORDS, "" + sureness(model, quux));
    Classification weak = inNoTable(quux, model);
    assertEquals(ErrorKind.CONFLICT, weak.kind());
    assertEquals("learned from labelled tables, words \"quux\"", weak.kindEvidence());
    assertEquals("HTTP 400 (weak)", inNoTable(quux, null).kindEvidence());
    Classification strong =
        inNoTable(row(400, "quux", "The order does not exist.", "", "", ""), model);
    assertEquals(ErrorKind.NOT_FOUND, strong.kind());
  }

  @Test
  void aModelThatIsSureNarrowsARareStatusToAKindTheStatusAllows() {
    KindModel model =
        trained(
            new Codes(40, 409, "zorp", ErrorKind.ALREADY_EXISTS),
            new Codes(40, 400, "glim", ErrorKind.TIMEOUT));
    Classification taken = inNoTable(row(409, "zorp", "", "", "", ""), model);
    assertEquals(ErrorKind.ALREADY_EXISTS, taken.kind());
    assertEquals(
        "HTTP 409, narrowed by learned from labelled tables, words \"zorp\"", taken.kindEvidence());
    Classification notAllowed = inNoTable(row(409, "glim", "", "", "", ""), model);
    assertEquals(ErrorKind.CONFLICT, notAllowed.kind(), "409 may not become TIMEOUT");
    assertEquals("HTTP 409", notAllowed.kindEvidence());
  }

  @Test
  void aModelThatIsSureOverrulesCodeWordsAndARareStatus() {
    KindModel model =
        trained(
            new Codes(40, 0, "zorp", ErrorKind.TIMEOUT),
            new Codes(30, 0, "blip", ErrorKind.TIMEOUT),
            new Codes(10, 0, "blip", ErrorKind.NOT_FOUND),
            new Codes(40, 0, "glim", ErrorKind.NOT_FOUND));
    TableRow sure = row(404, "ZorpNotFound", "", "", "", "");
    assertEquals(ErrorKind.NOT_FOUND, inNoTable(sure, null).kind());
    assertTrue(
        sureness(model, sure) >= KindClassifier.MODEL_OVER_WORDS, "" + sureness(model, sure));
    Classification byStatus = inNoTable(sure, model);
    assertEquals(ErrorKind.TIMEOUT, byStatus.kind(), byStatus.kindEvidence());
    Classification byCode = inNoTable(row(0, "ZorpNotFound", "", "", "", ""), model);
    assertEquals(ErrorKind.TIMEOUT, byCode.kind(), byCode.kindEvidence());
    TableRow unsure = row(404, "BlipNotFound", "", "", "", "");
    assertTrue(sureness(model, unsure) < KindClassifier.MODEL_OVER_WORDS);
    assertEquals(ErrorKind.NOT_FOUND, inNoTable(unsure, model).kind(), "a word of two kinds");
    TableRow money = row(0, "ZorpFailed", "Insufficient balance.", "", "", "");
    assertTrue(sureness(model, money) >= KindClassifier.MODEL_OVER_WORDS);
    Classification funds = inNoTable(money, model);
    assertEquals(ErrorKind.INSUFFICIENT_FUNDS, funds.kind(), "words of the most specific ranks");
    assertEquals("matched \"Insufficient balance\" in message", funds.kindEvidence());
  }

  /** Rules alone. */
  @Test
  void aServerStatusGivenToManyCodesSaysOnlyThatTheProviderFailed() {
    List<TableRow> table = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      table.add(row(400, "Bad" + i, "", "", "", ""));
    }
    for (int i = 0; i < 8; i++) {
      table.add(row(503, "Server" + i, "", "", "", ""));
    }
    table.add(row(504, "Gateway", "", "", "", ""));
    TableStatuses statuses = TableStatuses.of(table);
    Classification decoder =
        KindClassifier.classify(
            row(503, "Server1", "decode error", "", "", ""), KindRule.NONE, statuses, null);
    assertEquals(ErrorKind.INTERNAL, decoder.kind());
    assertEquals(
        "HTTP 503 (weak: the table's answer for many server failures)", decoder.kindEvidence());
    Classification database =
        KindClassifier.classify(
            row(503, "Server2", "connect to db error", "", "", ""), KindRule.NONE, statuses);
    assertEquals(ErrorKind.UNAVAILABLE, database.kind());
    Classification gateway =
        KindClassifier.classify(row(504, "Gateway", "", "", "", ""), KindRule.NONE, statuses);
    assertEquals(ErrorKind.TIMEOUT, gateway.kind());
  }

  @ParameterizedTest
  @CsvSource({
    "InvalidRegionId.NotFound, NOT_FOUND, NotFound",
    "LimitExceeded.Cpu, QUOTA_EXCEEDED, Exceeded",
    "InvalidParameter.Conflict, INVALID_ARGUMENT, InvalidParameter",
    "InvalidParameterValue.LimitExceeded, INVALID_ARGUMENT, InvalidParameter",
    "InvalidParameter.RewriteAlreadyExist, ALREADY_EXISTS, AlreadyExist",
    "InvalidDisk.NotSupported, UNSUPPORTED, NotSupported",
    "InvalidDiskCategory.ValueNotSupported, INVALID_ARGUMENT, ValueNotSupported",
    "AuthFailure.SignatureExpire, UNAUTHENTICATED, Signature",
    "ResourceInUse.DiskMigrating, CONFLICT, Migrating",
    "UnsupportedOperation.InstanceNotStopped, FAILED_PRECONDITION, NotStopped",
  })
  void theLastSegmentThatNamesAFailureDecides(String code, ErrorKind kind, String word) {
    Classification c = classify(0, code, "", "", "");
    assertEquals(kind, c.kind());
    assertEquals("code word \"" + word + "\"", c.kindEvidence());
  }

  @Test
  void textIsReadLikeCodeWords() {
    assertEquals(ErrorKind.NOT_FOUND, classify(0, "", "", "NoSuchKey", "").kind());
    assertEquals(ErrorKind.TIMEOUT, classify(0, "", "Request Time-out", "", "").kind());
    assertEquals(ErrorKind.INVALID_ARGUMENT, classify(0, "UnsupportedHeader", "", "", "").kind());
    assertEquals(ErrorKind.NOT_FOUND, classify(0, "", "指定されたリソースが見つかりません。", "", "").kind());
  }

  @Test
  void aStateInTheTextBeatsAnUnsupportedOperationInTheCode() {
    Classification state =
        classify(400, "UnsupportedOperation.ModifyDisk", "资源当前状态不支持该操作。", "", "");
    assertEquals(ErrorKind.FAILED_PRECONDITION, state.kind());
    assertEquals("matched \"状态\" in message", state.kindEvidence());
    Classification shared =
        classify(400, "UnsupportedOperation.SnapHasShared", "该快照已经共享，请先解除共享。", "", "");
    assertEquals(ErrorKind.FAILED_PRECONDITION, shared.kind());
    assertEquals(
        ErrorKind.UNSUPPORTED,
        classify(400, "UnsupportedOperation.DetachPod", "暂不支持从EKS上卸载云硬盘。", "", "").kind());
  }

  @Test
  void codeWordsBeatText() {
    Classification c = classify(400, "OrderNotFound", "Invalid parameter.", "参数错误", "");
    assertEquals(ErrorKind.NOT_FOUND, c.kind());
    assertEquals("code word \"NotFound\"", c.kindEvidence());
  }

  @Test
  void messageAndDescriptionBeatSolution() {
    Classification c = classify(0, "201020", "", "设备不存在", "请联系客服, 账户余额不足时请充值");
    assertEquals(ErrorKind.NOT_FOUND, c.kind());
    assertEquals("matched \"不存在\" in description", c.kindEvidence());
  }

  @Test
  void solutionSpeaksWhenNothingElseDoes() {
    Classification c = classify(0, "201009", "", "操作系统不可选", "操作系统不存在，请选择其它系统");
    assertEquals(ErrorKind.NOT_FOUND, c.kind());
    assertEquals("matched \"不存在\" in solution", c.kindEvidence());
  }

  @Test
  void genericStatusIsWeakerThanWords() {
    assertEquals(
        ErrorKind.INSUFFICIENT_FUNDS,
        classify(400, "CBC.5003", "Insufficient balance.", "", "").kind());
    assertEquals(
        ErrorKind.ALREADY_EXISTS,
        classify(500, "CBC.5012", "The account name already exists.", "", "").kind());
    assertEquals(ErrorKind.QUOTA_EXCEEDED, classify(200, "CBC.3141", "", "云服务配额或容量不足", "").kind());
  }

  @Test
  void genericStatusSpeaksLast() {
    Classification internal = classify(500, "E1", "Something.", "", "");
    assertEquals(ErrorKind.INTERNAL, internal.kind());
    assertEquals("HTTP 500 (weak)", internal.kindEvidence());
    Classification badRequest = classify(400, "E2", "Something.", "", "");
    assertEquals(ErrorKind.INVALID_ARGUMENT, badRequest.kind());
    assertEquals("HTTP 400 (weak)", badRequest.kindEvidence());
    assertEquals(ErrorKind.UNKNOWN, classify(200, "E3", "Something.", "", "").kind());
  }

  @Test
  void weakWordsSpeakOnlyWhenNoStrongWordDoes() {
    Classification weak = classify(400, "OrderFailed", "Order failed.", "", "");
    assertEquals(ErrorKind.INTERNAL, weak.kind());
    assertEquals("code word \"Failed\"", weak.kindEvidence());
    Classification strong =
        classify(0, "QueryFailed", "Failed to find instance information.", "", "");
    assertEquals(ErrorKind.NOT_FOUND, strong.kind());
  }

  @Test
  void specificStatusIsNarrowedByWording() {
    Classification funds = classify(403, "Ecs.0067", "Insufficient account balance.", "余额不足受限", "");
    assertEquals(ErrorKind.INSUFFICIENT_FUNDS, funds.kind());
    assertEquals(
        "HTTP 403, narrowed by matched \"Insufficient account balance\" in message",
        funds.kindEvidence());
    assertEquals(
        ErrorKind.THROTTLED,
        classify(503, "Common.1503", "Api flow control Error.", "", "").kind());
    assertEquals(ErrorKind.ALREADY_EXISTS, classify(409, "BucketAlreadyExists", "", "", "").kind());
    // but not to a kind the status contradicts, unless the wording is of the most specific ranks
    assertEquals(ErrorKind.NOT_FOUND, classify(404, "X", "Permission denied.", "", "").kind());
    assertEquals(
        ErrorKind.INSUFFICIENT_FUNDS, classify(404, "X", "Insufficient balance.", "", "").kind());
    // and not by the solution
    assertEquals(
        ErrorKind.PERMISSION_DENIED,
        classify(403, "Ecs.0003", "", "账户受限", "请检查是否余额不足,账号被冻结等").kind());
  }

  /**
   * Rules alone: what has expired is a state, an expiration or an incomplete value is input; a
   * dependency down for a while is unavailable; a code that reports success is no failure; what a
   * rule keeps from being deleted is a state, what could not be deleted a failure; a full store is
   * a quota; the common Spanish and Portuguese words for a bad value, a refusal and no reason.
   */
  @ParameterizedTest
  @CsvSource({
    "The coupon has expired., FAILED_PRECONDITION",
    "Invalid expiration month., INVALID_ARGUMENT",
    "The card expiry date is wrong., INVALID_ARGUMENT",
    "The address is incomplete., INVALID_ARGUMENT",
    "The card issuer is temporarily not reachable., UNAVAILABLE",
    "Settlement unavailable., UNAVAILABLE",
    "The device is offline., UNAVAILABLE",
    "The client could not connect to the broker., UNAVAILABLE",
    "Parameters checked with partial success., UNKNOWN",
    "The image cannot be deleted while a server uses it., FAILED_PRECONDITION",
    "The disk could not be deleted: internal error., INTERNAL",
    "The mailbox is full., QUOTA_EXCEEDED",
    "El campo Ds_Merchant_Amount no es numérico, INVALID_ARGUMENT",
    "Formato de fecha erróneo, INVALID_ARGUMENT",
    "Número do cartão incorreto, INVALID_ARGUMENT",
    "Operación denegada por el emisor, PERMISSION_DENIED",
    "Transação não autorizada, PERMISSION_DENIED",
    "Error genérico, UNKNOWN"
  })
  void wordingDecides(String message, ErrorKind kind) {
    Classification c = classify(0, "E1", message, "", "");
    assertEquals(kind, c.kind(), c.kindEvidence());
    assertTrue(c.kindEvidence().startsWith("matched "), c.kindEvidence());
  }

  // --- every kind is reachable, in English and in Chinese

  @ParameterizedTest
  @CsvSource({
    "INVALID_ARGUMENT, The specified field name is invalid., 参数格式错误",
    "UNAUTHENTICATED, Invalid or expired token., 签名校验不通过",
    "PERMISSION_DENIED, Permission denied., 没有足够的权限",
    "NOT_FOUND, The instance does not exist., 实例不存在",
    "ALREADY_EXISTS, The account name already exists., 手机号码已存在",
    "CONFLICT, Concurrent operation causes failure., 订单正在处理中",
    "FAILED_PRECONDITION, The image is not in Active state., 订单状态不允许取消",
    "QUOTA_EXCEEDED, Insufficient ECS quota., 云硬盘配额不足",
    "THROTTLED, Your IP has been throttled., 请求流控",
    "INSUFFICIENT_FUNDS, Your balance is insufficient., 账户欠费",
    "UNAVAILABLE, Service temporarily unavailable., 系统繁忙",
    "TIMEOUT, The request timed out., 调用询价接口超时",
    "INTERNAL, A system exception occurred., 后端系统错误",
    "UNSUPPORTED, Currency not supported., 该产品不支持续费",
  })
  void everyKindIsReachableInEnglishAndChinese(ErrorKind kind, String english, String chinese) {
    Classification byEnglish = classify(0, "", english, "", "");
    assertEquals(kind, byEnglish.kind(), byEnglish.kindEvidence());
    assertTrue(byEnglish.kindEvidence().endsWith("in message"), byEnglish.kindEvidence());
    Classification byChinese = classify(0, "", "", chinese, "");
    assertEquals(kind, byChinese.kind(), byChinese.kindEvidence());
    assertTrue(byChinese.kindEvidence().endsWith("in description"), byChinese.kindEvidence());
  }

  @ParameterizedTest
  @CsvSource({
    "invalid_user_password, '', UNAUTHENTICATED",
    "AuthenticationSessionMissing, '', UNAUTHENTICATED",
    "invalid_grant, '', UNAUTHENTICATED",
    "E1, The authentication key is invalid., UNAUTHENTICATED",
    "E2, Password expired., UNAUTHENTICATED",
    "E3, Missing password., INVALID_ARGUMENT",
    "E4, The password must contain a digit., INVALID_ARGUMENT",
  })
  void whateverIsWrongWithPasswordOrAuthenticationIsACredentialError(
      String code, String message, ErrorKind kind) {
    Classification c = classify(400, code, message, "", "");
    assertEquals(kind, c.kind(), c.kindEvidence());
  }

  /** A row with {@code message} alone, classified as a row of no table, by the rules alone. */
  private static Classification byRulesAlone(String message) {
    return KindClassifier.classify(row(0, "", message, "", "", ""), KindRule.NONE, null, null);
  }

  @ParameterizedTest
  @CsvSource({
    "'MyBank: communication with the buyer''s Bank failed', UNAVAILABLE",
    "Payment processor communications error., UNAVAILABLE",
    "Failed due to no connection, UNAVAILABLE",
    "与支付网关通信失败, UNAVAILABLE",
    "Order failed., INTERNAL",
    "The disk cannot be resized., UNKNOWN",
  })
  void aFailedCommunicationIsUnavailableAndCannotSaysNothing(String message, ErrorKind kind) {
    Classification c = byRulesAlone(message);
    assertEquals(kind, c.kind(), c.kindEvidence());
  }

  @ParameterizedTest
  @CsvSource({
    "INVALID_ARGUMENT, Неверный формат даты",
    "UNAUTHENTICATED, Ошибка авторизации: неверный токен",
    "PERMISSION_DENIED, Доступ запрещён",
    "NOT_FOUND, Счёт не найден",
    "ALREADY_EXISTS, Пользователь с таким email уже существует",
    "QUOTA_EXCEEDED, Превышен лимит на количество товаров",
    "THROTTLED, Слишком много запросов",
    "INSUFFICIENT_FUNDS, Недостаточно средств на счёте",
    "UNAVAILABLE, Сервис временно недоступен",
    "TIMEOUT, Истекло время ожидания ответа",
    "INTERNAL, Внутренняя ошибка сервера",
    "UNSUPPORTED, Метод не поддерживается",
    "NOT_FOUND, Pedido no encontrado",
    "NOT_FOUND, Cliente não encontrado",
    "NOT_FOUND, Ressource introuvable",
    "NOT_FOUND, Konto nicht gefunden",
    "NOT_FOUND, Üye işyeri bulunamadı",
    "INVALID_ARGUMENT, Parámetro inválido",
    "INVALID_ARGUMENT, Ungültiger Wert",
    "INVALID_ARGUMENT, Geçersiz kart numarası",
    "INSUFFICIENT_FUNDS, Saldo insuficiente",
    "ALREADY_EXISTS, El usuario ya existe",
    "THROTTLED, Zu viele Anfragen",
    "UNSUPPORTED, Méthode non pris en charge",
  })
  void theCommonKindsAreReadInRussianAndOtherAlphabetsToo(ErrorKind kind, String message) {
    Classification c = byRulesAlone(message);
    assertEquals(kind, c.kind(), c.kindEvidence());
    assertTrue(c.kindEvidence().startsWith("matched"), c.kindEvidence());
  }

  @Test
  void everyKindHasAWordRule() {
    Set<ErrorKind> covered = new HashSet<>();
    KindRules.WORDS.forEach(rule -> covered.add(rule.kind()));
    assertEquals(EnumSet.allOf(ErrorKind.class), covered);
  }

  @Test
  void aGerundNamesAnOperationUnderWayInACodeOnly() {
    Classification code = classify(0, "ResourceInUse.DiskMigrating", "", "", "");
    assertEquals(ErrorKind.CONFLICT, code.kind());
    assertEquals("code word \"Migrating\"", code.kindEvidence());
    assertNotEquals(
        ErrorKind.CONFLICT, classify(0, "E1", "Error creating the session.", "", "").kind());
    assertEquals(
        ErrorKind.CONFLICT, classify(0, "E2", "The disk is still creating.", "", "").kind());
  }

  @ParameterizedTest
  @CsvSource({
    "The requested path was not found., INVALID_ARGUMENT",
    "Sender not found in the request body., INVALID_ARGUMENT",
    "The order was not found., NOT_FOUND",
  })
  void aWrongPathOrAFieldMissingFromTheRequestIsTheRequestsFault(String message, ErrorKind kind) {
    assertEquals(kind, classify(0, "E1", message, "", "").kind());
  }

  @Test
  void whatTheCallerCancelledAndAnUnknownErrorAreUnknown() {
    assertEquals(
        ErrorKind.UNKNOWN,
        classify(0, "PAYMENT_CANCELED", "", "The payment was canceled by the customer.", "")
            .kind());
    assertEquals(ErrorKind.UNKNOWN, classify(0, "E1", "An unknown error occurred.", "", "").kind());
    assertEquals(ErrorKind.NOT_FOUND, classify(0, "10003", "Unknown channel", "", "").kind());
    assertEquals(
        ErrorKind.INVALID_ARGUMENT, classify(0, "E2", "Unknown parameter: colour", "", "").kind());
  }

  @Test
  void ranksAreDistinctSoNoTwoKindsTie() {
    assertEquals(
        KindRules.WORDS.size(), KindRules.WORDS.stream().map(WordRule::rank).distinct().count());
  }

  @ParameterizedTest
  @CsvSource({
    "Throttling.User, THROTTLED, Throttling",
    "PayInsufficientBalance, INSUFFICIENT_FUNDS, InsufficientBalance",
    "OrderArrearage, INSUFFICIENT_FUNDS, Arrearage",
    "InvalidParameter.%s, INVALID_ARGUMENT, InvalidParameter",
    "SystemUnSupportOperationType, UNSUPPORTED, UnSupport",
    "QuotaExceeded.Instance, QUOTA_EXCEEDED, Quota",
    "Forbidden.RAM, PERMISSION_DENIED, Forbidden",
    "PriceHSFTimeoutError, TIMEOUT, Timeout",
    "ResourceAlreadyExists, ALREADY_EXISTS, AlreadyExists",
    "DuplicateName, ALREADY_EXISTS, Duplicate",
    "SystemConcurrentOperate, CONFLICT, Concurrent",
    "OrderQueryInstanceNotExists, NOT_FOUND, NotExists",
  })
  void codeWordsAreSplitFromCamelCaseAndDots(String code, ErrorKind kind, String word) {
    Classification c = classify(400, code, "", "", "");
    assertEquals(kind, c.kind());
    assertEquals("code word \"" + word + "\"", c.kindEvidence());
  }

  // --- negation and conflicts

  @ParameterizedTest
  @CsvSource({
    "요청한 리소스를 찾을 수 없습니다., NOT_FOUND",
    "이미 존재하는 이름입니다., ALREADY_EXISTS",
    "권한이 없습니다., PERMISSION_DENIED",
    "인증에 실패했습니다., UNAUTHENTICATED",
    "파라미터 값이 유효하지 않습니다., INVALID_ARGUMENT",
    "이름의 길이가 최대 길이를 초과했습니다., INVALID_ARGUMENT",
    "인스턴스 생성 한도를 초과했습니다., QUOTA_EXCEEDED",
    "요청 시간 초과, TIMEOUT",
    "요청이 너무 많습니다., THROTTLED",
    "지원하지 않는 기능입니다., UNSUPPORTED",
    "내부 오류가 발생했습니다., INTERNAL",
  })
  void commonKoreanFormsAreRead(String message, ErrorKind kind) {
    assertEquals(kind, classify(0, "", message, "", "").kind());
  }

  @Test
  void supportedIsNotUnsupported() {
    assertEquals(
        ErrorKind.UNSUPPORTED,
        classify(0, "", "The flavor does not support automatic recovery.", "", "").kind());
    assertFalse(
        classify(0, "", "Renewal is only supported for primary resources.", "", "").kind()
            == ErrorKind.UNSUPPORTED);
    assertFalse(classify(0, "", "", "仅支持包年包月", "").kind() == ErrorKind.UNSUPPORTED);
  }

  @Test
  void existsIsNotNotExists() {
    assertEquals(
        ErrorKind.ALREADY_EXISTS,
        classify(0, "", "The mobile number already exists.", "", "").kind());
    assertEquals(
        ErrorKind.NOT_FOUND, classify(0, "", "The mobile number does not exist.", "", "").kind());
    assertEquals(ErrorKind.NOT_FOUND, classify(0, "", "", "手机号不存在", "").kind());
    assertEquals(ErrorKind.ALREADY_EXISTS, classify(0, "", "", "手机号已存在", "").kind());
  }

  @Test
  void sufficientIsNotInsufficient() {
    assertFalse(
        classify(0, "", "Check whether your account balance is sufficient for the order.", "", "")
                .kind()
            == ErrorKind.INSUFFICIENT_FUNDS);
  }

  @Test
  void wordsMatchWholeWordsOnly() {
    // "state" inside "statement", "lock" inside "block", "time" inside "times"
    assertEquals(
        ErrorKind.UNKNOWN, classify(0, "", "The statement blocks a clock.", "", "").kind());
    assertEquals(
        ErrorKind.QUOTA_EXCEEDED,
        classify(0, "", "The number of sending times has reached the upper limit.", "", "").kind());
  }

  @Test
  void specificFailureBeatsGeneralOneInTheSameText() {
    Classification c = classify(0, "", "", "账本不存在 账户余额不足,请充值后重试", "");
    assertEquals(ErrorKind.INSUFFICIENT_FUNDS, c.kind());
    assertEquals("matched \"余额不足\" in description", c.kindEvidence());
    assertEquals(
        ErrorKind.CONFLICT,
        classify(0, "", "Operation not supported. There is an order in progress.", "", "").kind());
  }

  @Test
  void messageAndDescriptionAreWeighedTogether() {
    Classification c = classify(0, "", "A system exception occurred.", "访问OpenStack超时", "");
    assertEquals(ErrorKind.TIMEOUT, c.kind());
    assertEquals("matched \"超时\" in description", c.kindEvidence());
  }

  @Test
  void hostileTextIsJustText() {
    String nasty = "*/ \\u000a@deprecated <b>$1 (unclosed [ \\Q \\E .* ^$";
    Classification c = classify(0, nasty, nasty, nasty, nasty);
    assertEquals(ErrorKind.UNKNOWN, c.kind());
    String huge = "x".repeat(200_000) + " not found";
    assertEquals(ErrorKind.NOT_FOUND, classify(0, "", huge, "", "").kind());
  }

  // --- retryable

  @Test
  void retryableFollowsTheKind() {
    Classification throttled = classify(429, "", "", "", "");
    assertTrue(throttled.retryable());
    assertEquals("THROTTLED is retryable", throttled.retryEvidence());
    Classification notFound = classify(404, "", "", "", "");
    assertFalse(notFound.retryable());
    assertEquals("NOT_FOUND is not retryable", notFound.retryEvidence());
  }

  @Test
  void retryWordingMakesTransientKindsRetryable() {
    Classification english =
        classify(
            0, "", "Failed to query the ECS. Try again later or contact customer service.", "", "");
    assertEquals(ErrorKind.INTERNAL, english.kind());
    assertTrue(english.retryable());
    assertEquals("matched \"Try again later\" in message", english.retryEvidence());
    Classification chinese = classify(0, "", "", "最近的订单正在处理中,请稍候重试", "");
    assertEquals(ErrorKind.CONFLICT, chinese.kind());
    assertTrue(chinese.retryable());
    assertEquals("matched \"稍候重试\" in description", chinese.retryEvidence());
    assertTrue(classify(0, "", "", "", "当前已有其他命令执行,请稍后1分钟重试").retryable());
  }

  @Test
  void retryWordingDoesNotMakeAClientErrorRetryable() {
    Classification c = classify(400, "", "Invalid parameter. Try again later.", "", "");
    assertEquals(ErrorKind.INVALID_ARGUMENT, c.kind());
    assertFalse(c.retryable());
    assertEquals(
        "INVALID_ARGUMENT is not retryable (ignored matched \"Try again later\" in message)",
        c.retryEvidence());
  }

  @Test
  void retryAfterAnActionIsNotATransientRetry() {
    assertFalse(
        classify(0, "", "Payment failed, please retry after recharging.", "", "").retryable());
    assertFalse(classify(0, "", "", "", "支付失败,请充值后重试").retryable());
    assertFalse(
        classify(0, "", "Order failed. Please recharge and try again.", "", "").retryable());
    assertFalse(classify(0, "", "Operation failed. Contact customer service.", "", "").retryable());
    assertFalse(
        classify(0, "", "Failed. Select a valid disk type and try again.", "", "").retryable());
    Classification doNot =
        classify(
            0,
            "",
            "Payment is being processed. Please do not attempt to make the payment again.",
            "",
            "");
    assertFalse(doNot.retryable());
    assertEquals(
        "matched \"do not attempt to make the payment again\" in message", doNot.retryEvidence());
  }

  @Test
  void plainPleaseRetryIsARetry() {
    assertTrue(classify(0, "", "Order failed, please try again.", "", "").retryable());
    assertTrue(classify(0, "", "", "支付失败,请重试或提交工单反馈", "").retryable());
  }

  @Test
  void ruleOverridesRetryable() {
    Classification forced =
        KindClassifier.classify(row(429, "", "", "", "", ""), new KindRule(null, false));
    assertEquals(ErrorKind.THROTTLED, forced.kind());
    assertFalse(forced.retryable());
    assertEquals("rule on @ErrorCatalog", forced.retryEvidence());
    Classification lifted =
        KindClassifier.classify(row(404, "", "", "", "", ""), new KindRule(null, true));
    assertTrue(lifted.retryable());
    assertEquals("HTTP 404", lifted.kindEvidence());
  }

  @Test
  void kindFromRuleCarriesItsRetryDefault() {
    Classification c =
        KindClassifier.classify(
            row(400, "", "", "", "", ""), new KindRule(ErrorKind.UNAVAILABLE, null));
    assertTrue(c.retryable());
    assertEquals("UNAVAILABLE is retryable", c.retryEvidence());
  }
}
