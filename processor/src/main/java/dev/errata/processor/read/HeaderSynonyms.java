package dev.errata.processor.read;

import static dev.errata.processor.model.Column.CODE;
import static dev.errata.processor.model.Column.DESCRIPTION;
import static dev.errata.processor.model.Column.KIND;
import static dev.errata.processor.model.Column.MESSAGE;
import static dev.errata.processor.model.Column.NAME;
import static dev.errata.processor.model.Column.SOLUTION;
import static dev.errata.processor.model.Column.STATUS;

import dev.errata.processor.model.Column;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The header texts errata recognises, in English and Chinese and the headers of other languages
 * providers publish in (German, French, Spanish, Portuguese, Japanese, Korean, Russian). A header
 * matches after {@link #normalize}; a bilingual header ({@code 错误码(Error Code)}, {@code 错误码 /
 * Code}) matches when a part of it does, and an English plural when its singular does.
 */
final class HeaderSynonyms {
  private HeaderSynonyms() {}

  /**
   * A header and the columns it can mean, in order of preference. A firm synonym names exactly one
   * column and is assigned first; a loose one takes the first of its columns still free.
   */
  record Synonym(String header, boolean firm, List<Column> columns) {}

  private static final List<Synonym> SYNONYMS = new ArrayList<>();

  static {
    firm(
        STATUS,
        "HTTP status code",
        "HTTP status",
        "HTTP code",
        "HTTP",
        "Status",
        "Status code",
        "HTTP response code",
        "HTTP return code",
        "HTTP状态码",
        "状态码",
        "HTTP返回码",
        "HTTP响应码",
        "HTTP错误码",
        "HTTP状态",
        "响应状态码",
        "返回状态码",
        "状态",
        "HTTP mapping",
        "HTTP响应状态码");
    firm(
        CODE,
        "Error code",
        "Code",
        "Err code",
        "Error code name",
        "Result code",
        "Return code",
        "错误码",
        "返回码",
        "错误代码",
        "错误编码",
        "错误编号",
        "错误码编号",
        "业务错误码",
        "服务错误码",
        "API错误码",
        "结果码",
        "异常码",
        "异常代码",
        "Ret code",
        "Errno",
        "gRPC",
        "gRPC code",
        "错误号");
    firm(
        MESSAGE,
        "Error message",
        "Message",
        "Msg",
        "Error msg",
        "ErrMsg",
        "User message",
        "Error info",
        "错误信息",
        "错误码信息",
        "错误消息",
        "错误提示",
        "错误提示信息",
        "提示信息",
        "返回信息",
        "返回消息",
        "报错信息",
        "异常信息",
        "英文描述",
        "英文错误信息",
        "英文信息",
        "解释");
    firm(
        DESCRIPTION,
        "Description",
        "Error description",
        "Desc",
        "Details",
        "Detail",
        "Cause",
        "Possible cause",
        "Meaning",
        "Remarks",
        "Remark",
        "描述",
        "错误码描述",
        "错误说明",
        "错误码说明",
        "描述信息",
        "中文描述",
        "中文解释",
        "中文说明",
        "详细描述",
        "详细说明",
        "错误原因",
        "原因",
        "可能原因",
        "原因分析",
        "问题描述",
        "备注");
    firm(
        SOLUTION,
        "Solution",
        "Suggestion",
        "Recommendation",
        "Recommended action",
        "Recommend",
        "Resolution",
        "Action",
        "Fix",
        "How to fix",
        "Remedy",
        "Troubleshooting",
        "Workaround",
        "Handling",
        "解决方案",
        "处理措施",
        "处理建议",
        "解决方法",
        "解决办法",
        "解决建议",
        "解决措施",
        "处理方法",
        "处理方式",
        "处理办法",
        "建议",
        "操作建议",
        "建议操作",
        "排查建议",
        "排查方法",
        "修复建议",
        "应对措施",
        "处理方案",
        "Suggested action");
    firm(NAME, "Name", "Class name", "Exception name", "Java name");
    firm(KIND, "Kind", "Error kind");
    firm(
        STATUS,
        "Statut",
        "Code de statut",
        "Code HTTP",
        "Estado",
        "Código de estado",
        "Código HTTP",
        "Estado HTTP",
        "Código de status",
        "ステータス",
        "ステータスコード",
        "HTTPステータス",
        "HTTPステータスコード",
        "상태",
        "상태 코드",
        "HTTP 상태 코드",
        "Статус",
        "Код состояния",
        "Код HTTP");
    firm(
        CODE,
        "Código",
        "Código de error",
        "Codigo",
        "Code d'erreur",
        "Code erreur",
        "Fehlercode",
        "Código de erro",
        "コード",
        "エラーコード",
        "코드",
        "에러 코드",
        "오류 코드",
        "Код",
        "Код ошибки",
        "代码");
    firm(
        MESSAGE,
        "Mensaje",
        "Mensagem",
        "Nachricht",
        "Meldung",
        "Fehlermeldung",
        "Message d'erreur",
        "Mensaje de error",
        "Mensagem de erro",
        "メッセージ",
        "エラーメッセージ",
        "메시지",
        "에러 메시지",
        "오류 메시지",
        "Сообщение",
        "Сообщение об ошибке",
        "错误内容",
        "消息");
    firm(
        DESCRIPTION,
        "Descripción",
        "Descrição",
        "Beschreibung",
        "Bedeutung",
        "Signification",
        "説明",
        "詳細",
        "意味",
        "설명",
        "의미",
        "Описание",
        "Значение");
    firm(SOLUTION, "Solución", "Solução", "Lösung", "対処", "対処方法", "해결 방법", "조치", "Решение");
    loose("错误描述", DESCRIPTION, MESSAGE);
    loose("含义", DESCRIPTION, MESSAGE);
    loose("错误含义", DESCRIPTION, MESSAGE);
    loose("释义", DESCRIPTION, MESSAGE);
    loose("Explanation", DESCRIPTION, MESSAGE);
    loose("说明", DESCRIPTION, MESSAGE);
    loose("Error", CODE);
    loose("Enum", CODE);
    loose("Exception", CODE);
    loose("Reason", CODE, DESCRIPTION);
    loose("에러", CODE);
    loose("오류", CODE);
    loose("Ошибка", CODE);
    loose("Fehler", CODE);
    loose("Erreur", CODE);
  }

  private static final Map<String, Synonym> BY_NORMALIZED = new LinkedHashMap<>();

  static {
    for (Synonym synonym : SYNONYMS) {
      BY_NORMALIZED.putIfAbsent(normalize(synonym.header()), synonym);
    }
  }

  private static void firm(Column column, String... headers) {
    for (String header : headers) {
      SYNONYMS.add(new Synonym(header, true, List.of(column)));
    }
  }

  private static void loose(String header, Column... columns) {
    SYNONYMS.add(new Synonym(header, false, List.of(columns)));
  }

  /** Every synonym in declaration order, for documentation. */
  static List<Synonym> all() {
    return List.copyOf(SYNONYMS);
  }

  /**
   * Lower case, without white space (including the ideographic space) and without the punctuation
   * headers are decorated with ({@code _ - * : ： .} and the Markdown {@code **}).
   */
  static String normalize(String header) {
    StringBuilder normalized = new StringBuilder(header.length());
    header
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(
            c ->
                !Character.isWhitespace(c) && !Character.isSpaceChar(c) && "_-*:：.`".indexOf(c) < 0)
        .forEach(normalized::appendCodePoint);
    return normalized.toString();
  }

  /** The synonym a header cell matches, trying the whole text, then its parts. */
  static Optional<Synonym> match(String header) {
    for (String candidate : candidates(header)) {
      String normalized = normalize(candidate);
      Synonym synonym = BY_NORMALIZED.get(normalized);
      if (synonym == null && normalized.length() > 3 && normalized.endsWith("s")) {
        synonym = BY_NORMALIZED.get(normalized.substring(0, normalized.length() - 1));
      }
      if (synonym != null) {
        return Optional.of(synonym);
      }
    }
    return Optional.empty();
  }

  private static final Pattern PARENTHESIZED = Pattern.compile("[(（][^()（）]*[)）]");
  private static final Pattern PART_SEPARATOR = Pattern.compile("[()（）/／\n、]");

  private static List<String> candidates(String header) {
    List<String> candidates = new ArrayList<>();
    candidates.add(header);
    if (header.length() > 100) {
      return candidates;
    }
    candidates.add(PARENTHESIZED.matcher(header).replaceAll(""));
    for (String part : PART_SEPARATOR.split(header)) {
      if (!part.isBlank()) {
        candidates.add(part);
      }
    }
    return candidates;
  }
}
