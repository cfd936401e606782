package dev.errata.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.model.TableRow;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Error tables in the shapes other providers publish them (resources under {@code read/real/}),
 * each read in full: every row as {@code line | status | code | message | description | solution}
 * (a line break in a cell shown as {@code \n}), and no problems.
 */
class RealTablesTest {

  static TableContent read(String table) {
    return TableReader.read(
        table, SeedTablesTest.resource("read/real/" + table), TableOptions.DEFAULT);
  }

  private static void assertRows(String table, String expected) {
    TableContent content = read(table);
    assertEquals(List.of(), content.problems(), table);
    String actual =
        content.rows().stream().map(RealTablesTest::describe).collect(Collectors.joining("\n"));
    assertEquals(expected.stripTrailing(), actual, table);
  }

  private static String describe(TableRow row) {
    return (row.line()
            + " | "
            + row.httpStatus()
            + " | "
            + row.code()
            + " | "
            + row.message()
            + " | "
            + row.description()
            + " | "
            + row.solution())
        .replace("\n", "\\n")
        .stripTrailing();
  }

  @Test
  void alibabaNewStyleHttpCodeColumnAndALinkColumnThatIsIgnored() {
    assertRows(
        "alibaba-ecs-new.md",
        """
            5 | 400 | InvalidInstanceType.ValueUnauthorized | The specified InstanceType is not authorized. | 指定的实例规格未授权使用。 |
            6 | 400 | InvalidParameter.Conflict | The specified image does not support the specified instance type. | 指定的镜像不支持该实例规格。 |
            7 | 403 | InvalidAccountStatus.NotEnoughBalance | Your account does not have enough balance. | 账号余额不足，请您先充值再进行该操作。 |
            8 | 404 | InvalidRegionId.NotFound | %s | 指定的地域不存在，请检查该地域是否存在或者您是否有权限访问。 |
            9 | 500 | InternalError | The request processing has failed due to some unknown error, exception or failure. | 发生未知错误。 |
            """);
  }

  @Test
  void awsCommonErrorsCopiedFromTheRenderedPageAsTsv() {
    assertRows(
        "aws-common-errors-copied.txt",
        """
            2 | 400 | AccessDeniedException |  | You do not have sufficient access to perform this action. |
            3 | 403 | ExpiredTokenException |  | The security token included in the request is expired |
            4 | 500 | InternalFailure |  | The request processing has failed because of an unknown error, exception or failure. |
            5 | 400 | RequestExpired |  | The request reached the service more than 15 minutes after the date stamp on the request or more than 15 minutes after the request expiration date (such as for pre-signed URLs), or the date stamp on the request is more than 15 minutes in the future. |
            6 | 400 | ThrottlingException |  | The request was denied due to request throttling. |
            """);
  }

  @Test
  void awsCommonErrorsWithTheStatusInsideTheDescription() {
    assertRows(
        "aws-common-errors.md",
        """
            7 | 400 | AccessDeniedException |  | You do not have sufficient access to perform this action.\\nHTTP Status Code: 400 |
            8 | 400 | IncompleteSignature |  | The request signature does not conform to AWS standards.\\nHTTP Status Code: 400 |
            9 | 500 | InternalFailure |  | The request processing has failed because of an unknown error, exception or failure.\\nHTTP Status Code: 500 |
            10 | 400 | NotAuthorized |  | You do not have permission to perform this action.\\nHTTP Status Code: 400 |
            11 | 503 | ServiceUnavailable |  | The request has failed due to a temporary failure of the server.\\nHTTP Status Code: 503 |
            12 | 400 | ThrottlingException |  | The request was denied due to request throttling.\\nHTTP Status Code: 400 |
            """);
  }

  @Test
  void awsS3TableFromTheDocsRepositoryWithEscapedDotsAndLinks() {
    assertRows(
        "aws-s3-error-codes.md",
        """
            12 | 403 | AccessDenied |  | Access Denied |
            13 | 409 | BucketAlreadyExists |  | The requested bucket name is not available. The bucket namespace is shared by all users of the system. Select a different name and try again. |
            14 | 400 | EntityTooLarge |  | Your proposed upload exceeds the maximum allowed object size. For more information, see Amazon Simple Storage Service endpoints and quotas in the AWS General Reference. |
            15 | 400 | InvalidArgument |  | This error might occur for the following reasons: [See the AWS documentation website for more details] |
            16 | 404 | NoSuchKey |  | The specified key does not exist. |
            17 | 503 | SlowDown |  | Please reduce your request rate. |
            18 | 400 | MissingSecurityHeader |  | Your request is missing a required header. |
            19 | 501 | NotImplemented |  | A header that you provided implies functionality that is not implemented. |
            """);
  }

  @Test
  void azureRestStatusWrittenAsReasonAndNumber() {
    assertRows(
        "azure-storage-rest.md",
        """
            12 | 409 | AccountAlreadyExists | The specified account already exists. |  |
            13 | 409 | AccountBeingCreated | The specified account is in the process of being created. |  |
            14 | 403 | AuthenticationFailed | Server failed to authenticate the request. Make sure the value of the Authorization header is formed correctly including the signature. |  |
            15 | 403 | InsufficientAccountPermissions | Read operations are currently disabled. |  |
            16 | 400 | InvalidHeaderValue | The value provided for one of the HTTP headers was not in the correct format. |  |
            17 | 503 | ServerBusy | The server is currently unable to receive requests. Please retry your request. |  |
            18 | 503 | ServerBusy | Ingress is over the account limit. |  |
            """);
  }

  @Test
  void baiduCodeMessageStatusAndChineseExplanation() {
    assertRows(
        "baidu-bcc.md",
        """
            7 | 403 | AccessDenied | Access denied. | 无权限访问对应的资源 |
            8 | 400 | InappropriateJSON | The JSON you provided was well-formed and valid, but not appropriate for this operation. | 请求中的JSON格式正确，但语义上不符合要求。如缺少某个必需项，或值类型不匹配等。出于兼容性考虑，对于所有无法识别的项应直接忽略，不应该返回这个错误。 |
            9 | 500 | InternalError | We encountered an internal error. Please try again. | 所有未定义的其他错误。在有明确对应的其他类型的错误时（包括通用的和服务自定义的）不应该使用。 |
            10 | 400 | RequestExpired | Request has expired. Timestamp date is XXX. | 请求超时。XXX要改成x-bce-date的值。如果请求中只有Date，则需要将Date转换为本规范中指定的格式。 |
            11 | 404 | Instance.InstanceNotExist | The specified instance does not exist. | 实例不存在 |
            """);
  }

  @Test
  void tsvCopiedFromABrowserWithTrailingTabsAndNoBreakSpaces() {
    assertRows(
        "browser-copied.tsv",
        """
            2 | 400 | InvalidParameter | The request\u00a0parameter is invalid.  |  |
            3 | 403 | AccessDenied | Access denied. |  |
            4 | 404 | NotFound.Bucket | The bucket does not exist. |  |
            6 | 500 | InternalError | Internal error. |  |
            """);
  }

  @Test
  void csvExportWithQuotedMultiLineCells() {
    assertRows(
        "csv-export-multiline.csv",
        """
            2 | 403 | InvalidSignature | The request signature we calculated does not match the signature you provided. |  | 1. Check your secret key.\\n2. Check the string to sign.
            4 | 429 | TooManyRequests | Rate exceeded, please slow down. |  | Retry later.
            5 | 403 | QuotaExceeded | The quota for resource "instance" is exceeded. |  |
            6 | 500 | InternalError | Internal error, please retry. |  | Contact support, with the request ID.
            """);
  }

  @Test
  void fullWidthPipes() {
    assertRows(
        "fullwidth-pipes.txt",
        """
            5 | 0 | 10001 | 参数错误 |  | 请检查请求参数。
            6 | 0 | 10002 | 签名校验失败 |  | 请检查AccessKey及签名算法。
            7 | 0 | 10003 | 请求过于频繁 |  | 请稍后重试。
            """);
  }

  @Test
  void githubMarkdownWithCodeSpansBoldAndLinks() {
    assertRows(
        "gfm-inline-markup.md",
        """
            5 | 400 | InvalidParameter | The parameter name is invalid. |  | Check the value against the naming rules.
            6 | 400 | MissingParameter | A required parameter is missing. |  | See Request parameters.
            7 | 401 | Unauthorized | The access key is invalid or expired. |  | Create a new key in the console.
            8 | 404 | ResourceNotFound.Instance | The instance does not exist. |  | Check the instance ID.
            9 | 429 | Throttling.User | Request was denied due to user flow control. |  | Retry with exponential back-off.
            10 | 500 | InternalError | An internal error occurred: %s. |  | Retry later; if it persists, contact support.
            """);
  }

  @Test
  void googleCloudHttpAndGrpcColumns() {
    assertRows(
        "google-cloud-http-grpc.md",
        """
            8 | 200 | OK |  | No error. |
            9 | 400 | INVALID_ARGUMENT |  | Client specified an invalid argument. Check error message and error details for more information. |
            10 | 400 | FAILED_PRECONDITION |  | Request can not be executed in the current system state, such as deleting a non-empty directory. |
            11 | 401 | UNAUTHENTICATED |  | Request not authenticated due to missing, invalid, or expired OAuth token. |
            12 | 403 | PERMISSION_DENIED |  | Client does not have sufficient permission. This can happen because the OAuth token does not have the right scopes, the client doesn't have permission, or the API has not been enabled. |
            13 | 404 | NOT_FOUND |  | A specified resource is not found. |
            14 | 429 | RESOURCE_EXHAUSTED |  | Either out of resource quota or reaching rate limiting. The client should look for google.rpc.QuotaFailure error detail for more information. |
            15 | 503 | UNAVAILABLE |  | Service unavailable. Typically the server is down. |
            """);
  }

  @Test
  void googleRpcCodeNumberAndEnumWithTheStatusInTheDescription() {
    assertRows(
        "google-rpc-code-enum.md",
        """
            7 | 200 | OK |  | Not an error; returned on success.\\nHTTP Mapping: 200 OK |
            8 | 499 | CANCELLED |  | The operation was cancelled, typically by the caller.\\nHTTP Mapping: 499 Client Closed Request |
            9 | 400 | INVALID_ARGUMENT |  | The client specified an invalid argument. Note that this differs from FAILED_PRECONDITION.\\nHTTP Mapping: 400 Bad Request |
            10 | 404 | NOT_FOUND |  | Some requested entity (e.g., file or directory) was not found.\\nHTTP Mapping: 404 Not Found |
            11 | 429 | RESOURCE_EXHAUSTED |  | Some resource has been exhausted, perhaps a per-user quota.\\nHTTP Mapping: 429 Too Many Requests |
            12 | 503 | UNAVAILABLE |  | The service is currently unavailable.\\nHTTP Mapping: 503 Service Unavailable |
            """);
  }

  @Test
  void englishHeadersWithColonsAndANumberingColumnThenAChineseTable() {
    assertRows(
        "header-variants.md",
        """
            5 | 400 | InvalidAction | The action is not valid for this web service. |  | Check the Action parameter.
            6 | 403 | SignatureDoesNotMatch | The request signature does not match. |  | Recompute the signature.
            7 | 503 | ServiceUnavailable | The service is unavailable. |  | Retry with back-off.
            13 | 400 | 40001 | 无效的参数 |  | 请检查参数
            14 | 401 | 40101 | 认证失败 |  | 请检查 token
            """);
  }

  @Test
  void huaweiStatusCodeMessageDescriptionHandling() {
    assertRows(
        "huawei-vpc.md",
        """
            9 | 400 | VPC.0001 | Invalid parameter. | 参数错误。 | 请检查参数是否正确。
            10 | 400 | VPC.0002 | The VPC does not exist. | VPC不存在。 | 请检查VPC ID是否正确。
            11 | 400 | VPC.0003 | VPC CIDR block conflict. | VPC网段冲突。 | 请更换VPC网段。\\n如网段已被占用，请选择其他网段。
            12 | 403 | VPC.0004 | The quota is insufficient. | 配额不足。 | 请提交工单申请扩大配额。
            13 | 404 | VPC.0101 | Subnet not found. | 子网不存在。 | 请检查子网ID是否正确。
            14 | 500 | VPC.0500 | System error. | 系统错误。 | 请联系技术支持。
            """);
  }

  @Test
  void jdCloudWithANumberingColumn() {
    assertRows(
        "jdcloud-vm.md",
        """
            5 | 400 | INVALID_ARGUMENT | Invalid parameter instanceType | 参数 instanceType 不合法 |
            6 | 400 | OUT_OF_RANGE | Parameter maxCount out of range | 参数超出范围 |
            7 | 401 | UNAUTHENTICATED | Authentication failed | 认证失败 |
            8 | 403 | PERMISSION_DENIED | Permission denied | 没有权限 |
            9 | 404 | NOT_FOUND | Instance i-abc123 not found | 云主机不存在 |
            10 | 429 | RESOURCE_EXHAUSTED | Quota exceeded | 配额不足 |
            11 | 500 | INTERNAL | Internal server error | 服务内部错误 |
            """);
  }

  @Test
  void kingsoftBilingualHeadersWithFullWidthBrackets() {
    assertRows(
        "kingsoft-kec.md",
        """
            5 | 400 | InvalidParameter | The specified parameter is not valid. | 参数不合法 |
            6 | 400 | MissingParameter | The input parameter \"InstanceId\" that is mandatory for processing this request is not supplied. | 缺少必填参数 |
            7 | 404 | InstanceNotFound | The specified instance does not exist. | 实例不存在 |
            8 | 403 | QuotaExceed | The quota of instance is exceeded. | 实例配额已用完 |
            9 | 500 | InternalError | An internal error occurred. | 内部错误 |
            """);
  }

  @Test
  void qingCloudRetCodeWithAnUnknownColumn() {
    assertRows(
        "qingcloud-ret-code.md",
        """
            7 | 0 | 1100 |  | 请求格式错误 |
            8 | 0 | 1200 |  | 用户身份验证失败 |
            9 | 0 | 1300 |  | 没有访问权限 |
            10 | 0 | 2100 |  | 资源不存在 |
            11 | 0 | 2400 |  | 配额不足 |
            12 | 0 | 5000 |  | 服务器内部错误 |
            13 | 0 | 5100 |  | 服务器繁忙 |
            """);
  }

  @Test
  void tencentCommonAndBusinessTablesOnOnePage() {
    assertRows(
        "tencent-common-errors.md",
        """
            22 | 0 | ActionOffline |  | 接口已下线。 |
            23 | 0 | AuthFailure.InvalidSecretId |  | 密钥非法（不是云 API 密钥类型）。 |
            24 | 0 | AuthFailure.SignatureExpire |  | 签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。 |
            25 | 0 | RequestLimitExceeded |  | 请求的次数超过了频率限制。 |
            29 | 0 | FailedOperation.DiskNotFound |  | 未找到磁盘。 |
            30 | 0 | InvalidParameterValue.InvalidZone |  | 可用区不合法。 |
            31 | 0 | ResourceNotFound.NoSuchPolicy |  | 策略不存在。 |
            """);
  }

  @Test
  void tencentApiPageErrorSection() {
    assertRows(
        "tencent-cvm.md",
        """
            11 | 0 | AccountQualificationRestrictions |  | 该请求账户未通过资格审计。 |
            12 | 0 | FailedOperation.InquiryPriceFailed |  | 询价失败 |
            13 | 0 | FailedOperation.SecurityGroupActionFailed |  | 安全组操作失败。 |
            14 | 0 | InvalidParameterValue.InvalidImageId |  | 镜像ID不合法。 |
            15 | 0 | InvalidParameterValue.Range |  | 参数值取值范围不合法。 |
            16 | 0 | LimitExceeded.InstanceQuota |  | 实例数量超过配额限制。 |
            17 | 0 | ResourceInsufficient.SpecifiedInstanceType |  | 指定的实例类型库存不足。 |
            """);
  }

  @Test
  void tsvWithATitleRowAndANumberingColumn() {
    assertRows(
        "title-row-numbered.tsv",
        """
            4 | 0 | isv.SMS_SIGNATURE_ILLEGAL | 签名不合法 |  | 请检查签名是否已审核通过。
            5 | 0 | isv.MOBILE_NUMBER_ILLEGAL | 手机号码格式错误 |  | 请检查手机号码格式。
            6 | 0 | isv.BUSINESS_LIMIT_CONTROL | 触发业务流控 |  | 请降低发送频率。
            7 | 0 | isv.AMOUNT_NOT_ENOUGH | 账户余额不足 |  | 请充值后重试。
            """);
  }

  @Test
  void aTwoRowBilingualHeader() {
    assertRows(
        "two-row-header.md",
        """
            6 | 404 | APIG.0101 | The API does not exist or has not been published in the environment. | API不存在或未发布到环境 |
            7 | 400 | APIG.0201 | Bad request. | 请求格式错误 |
            8 | 401 | APIG.0301 | Incorrect IAM authentication information. | IAM认证信息错误 |
            9 | 429 | APIG.0308 | The throttling threshold has been reached. | 超过流控值限制 |
            """);
  }

  @Test
  void ucloudRetCodeCopiedWithTrailingTabs() {
    assertRows(
        "ucloud-retcode-copied.txt",
        """
            2 | 0 | 0 |  | 成功 |
            3 | 0 | 150 |  | 服务不可用 |
            4 | 0 | 160 |  | Action 不存在 |
            5 | 0 | 171 |  | 签名错误 |
            6 | 0 | 230 |  | 参数错误 |
            7 | 0 | 8039 |  | 资源不足 |
            8 | 0 | 230 |  | 参数错误\u00a0(Missing params) |
            """);
  }

  @Test
  void volcengineCodeStatusMessageAndExplanation() {
    assertRows(
        "volcengine-ecs.md",
        """
            7 | 400 | InvalidInstanceId.Malformed | The specified InstanceId is malformed. | 实例ID格式不正确。 |
            8 | 409 | InvalidInstanceStatus.Conflict | The request cannot be processed because the instance status is %s. | 当前实例状态不支持该操作。 |
            9 | 403 | InsufficientBalance | Your account balance is insufficient. | 账户余额不足。 |
            10 | 403 | QuotaExceeded.Instance | The instance quota has been exceeded. | 实例配额不足，请申请提升配额。 |
            11 | 500 | InternalError | The request processing has failed due to some unknown error. | 内部错误，请稍后重试。 |
            """);
  }

  @Test
  void aRawHtmlTableWithTheadAndTbody() {
    assertRows(
        "raw-html-table.html",
        """
            7 | 400 | InvalidParameter | The specified parameter is invalid. | 参数无效。 |
            8 | 403 | Forbidden.RAM | User not authorized to operate on the specified resource. | 用户无权操作该资源。 |
            """);
  }

  @Test
  void markdownInCellsRendersToItsText() {
    String[][] cases = {
      {"The parameter `name` is invalid.", "The parameter name is invalid."},
      {"``a`b``", "a`b"},
      {"`**kept**` and **bold**", "**kept** and bold"},
      {"**400**", "400"},
      {"*invalid* or _expired_", "invalid or expired"},
      {
        "INVALID_ARGUMENT, __system__server_id, 2*3*4, n-5sax****, *全部资源 *",
        "INVALID_ARGUMENT, __system__server_id, 2*3*4, n-5sax****, *全部资源 *"
      },
      {
        "See [the guide](https://example.com/a_(b) \"title\") and ![icon](i.png).",
        "See the guide and icon."
      },
      {"done\\. \\[x\\] \\*not em\\* C:\\Users \\n", "done. [x] *not em* C:\\Users \\n"},
      {"`&amp;` &amp;", "&amp; &"},
      {"an unclosed `tick and [bracket", "an unclosed `tick and [bracket"},
    };
    for (String[] each : cases) {
      assertEquals(each[1], MarkdownCells.render(each[0]), each[0]);
    }
  }

  @Test
  void escapedCellsReadBackExactly() {
    for (String text :
        List.of(
            "**400**",
            "a_b_ _c_",
            "[a](b)",
            "x\\.y",
            "`code`",
            "plain INVALID_ARGUMENT",
            "a | b\nc",
            " edge ")) {
      assertEquals(text, MarkdownCells.render(MarkdownCells.escape(text)), text);
    }
    assertEquals("plain INVALID_ARGUMENT", MarkdownCells.escape("plain INVALID_ARGUMENT"));
  }

  @Test
  void tablesOfTheSameWidthBackToBackAreTwoTables() {
    TableContent content =
        TableReaderTest.read(
            "t.md", "| 错误码 | 说明 |\n|---|---|\n| A | a |\n| 参数 | 类型 |\n|---|---|\n| x | string |\n");
    assertEquals(List.of(), content.problems());
    assertEquals(List.of(TableReaderTest.row(3, 0, "A", "", "a", "")), content.rows());
  }

  @Test
  void shuoMingIsTheDescriptionUnlessTheTableHasOne() {
    assertEquals(
        TableReaderTest.row(3, 0, "A", "", "失败", ""),
        TableReaderTest.read("t.md", "| 错误码 | 说明 |\n|-|-|\n| A | 失败 |\n").rows().get(0));
    assertEquals(
        TableReaderTest.row(3, 0, "A", "Failed.", "失败", ""),
        TableReaderTest.read("t.md", "| 错误码 | 错误信息 | 说明 |\n|-|-|-|\n| A | Failed. | 失败 |\n")
            .rows()
            .get(0));
    assertEquals(
        TableReaderTest.row(3, 0, "A", "Failed.", "失败", ""),
        TableReaderTest.read("t.md", "| 错误码 | 说明 | 描述 |\n|-|-|-|\n| A | Failed. | 失败 |\n")
            .rows()
            .get(0));
  }

  @Test
  void aNumericCodeColumnIsKeptWhenNoOtherCodeColumnHasNames() {
    assertEquals(
        List.of("3", "5"),
        TableReaderTest.read("t.md", "| Code | Description |\n|-|-|\n| 3 | bad |\n| 5 | gone |\n")
            .rows()
            .stream()
            .map(TableRow::code)
            .toList());
  }

  @Test
  void aStatusInTheTextIsUsedOnlyWithoutAStatusColumn() {
    TableContent content =
        TableReaderTest.read(
            "t.md",
            "| Status | Code | Description |\n|-|-|-|\n| - | A | HTTP Status Code: 400 |\n");
    assertEquals(0, content.rows().get(0).httpStatus());
    assertEquals(
        409,
        TableReaderTest.read("t.md", "| Code | Message |\n|-|-|\n| A | Conflict. HTTP状态码：409 |\n")
            .rows()
            .get(0)
            .httpStatus());
  }

  @Test
  void noBreakSpacesPadMarkdownCellsAndBecomeSpacesAtTheEdgesOfTsvCells() {
    TableContent markdown =
        TableReaderTest.read(
            "t.md", "| Code | Message |\n|---|---|\n|\u00a0A\u00a0|\u00a0a\u00a0b\u00a0|\n");
    assertEquals(TableReaderTest.row(3, 0, "A", "a\u00a0b", "", ""), markdown.rows().get(0));
    TableContent tsv =
        TableReaderTest.read("t.tsv", "Code\tMessage\n\u00a0A\u00a0\ta\u00a0b\u00a0\n");
    assertEquals(TableReaderTest.row(2, 0, "A", "a\u00a0b ", "", ""), tsv.rows().get(0));
  }
}
