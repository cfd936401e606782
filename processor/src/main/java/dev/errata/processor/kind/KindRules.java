package dev.errata.processor.kind;

import static dev.errata.ErrorKind.ALREADY_EXISTS;
import static dev.errata.ErrorKind.CONFLICT;
import static dev.errata.ErrorKind.FAILED_PRECONDITION;
import static dev.errata.ErrorKind.INSUFFICIENT_FUNDS;
import static dev.errata.ErrorKind.INTERNAL;
import static dev.errata.ErrorKind.INVALID_ARGUMENT;
import static dev.errata.ErrorKind.NOT_FOUND;
import static dev.errata.ErrorKind.PERMISSION_DENIED;
import static dev.errata.ErrorKind.QUOTA_EXCEEDED;
import static dev.errata.ErrorKind.THROTTLED;
import static dev.errata.ErrorKind.TIMEOUT;
import static dev.errata.ErrorKind.UNAUTHENTICATED;
import static dev.errata.ErrorKind.UNAVAILABLE;
import static dev.errata.ErrorKind.UNKNOWN;
import static dev.errata.ErrorKind.UNSUPPORTED;

import dev.errata.ErrorKind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data {@link KindClassifier} decides with: word rules, what a specific HTTP status may be
 * narrowed to, and retry wording. {@code docs/kinds.md} shows these tables; a test keeps it in
 * step.
 */
public final class KindRules {
  private KindRules() {}

  /**
   * Rules below this rank are weak: words like "cannot" or "failed" say only that something went
   * wrong, so they speak after every field has been searched for stronger words.
   */
  public static final int WEAK_RANK = 20;

  /**
   * Weak words of at least this rank ("cannot") speak before a status that the table gives to most
   * of its codes; weaker ones ("failed") after it.
   */
  public static final int BEFORE_COMMON_STATUS = 10;

  /** Word rules, highest rank first. English phrases also match the words of the code. */
  public static final List<WordRule> WORDS =
      sortedByRank(
          List.of(
              rule(
                  INSUFFICIENT_FUNDS,
                  90,
                  List.of(
                      "fondos insuficientes",
                      "saldo insuficiente",
                      "fonds insuffisants",
                      "solde insuffisant",
                      "yetersiz bakiye",
                      "bakiye yetersiz",
                      "nicht genügend guthaben",
                      "недостаточно средств",
                      "недостаточно денег",
                      "пополн*",
                      "задолженност*",
                      "insufficient … balance",
                      "insufficient … budget",
                      "insufficient … fund*",
                      "insufficient credit",
                      "balance is insufficient",
                      "balance is not enough",
                      "balance insufficient",
                      "not enough balance",
                      "amount … insufficient",
                      "amount not enough",
                      "not enough money",
                      "arrear*",
                      "overdue",
                      "recharg*",
                      "top up",
                      "payment required"),
                  List.of(
                      "余额不足", "欠费", "预算不足", "资金不足", "资金配额不足", "额度不足", "金额不足", "充值", "信用额度", "残高不足",
                      "잔액 부족", "잔액이 부족", "残高が不足", "餘額不足")),
              rule(
                  THROTTLED,
                  85,
                  List.of(
                      "demasiadas (solicitudes|peticiones)",
                      "muitas (requisições|solicitações)",
                      "trop de requêtes",
                      "zu viele anfragen",
                      "çok fazla istek",
                      "слишком много запросов",
                      "слишком часто",
                      "слишком частые",
                      "частота запросов",
                      "throttl*",
                      "flow control",
                      "flow limit*",
                      "flow over limit",
                      "rate limit*",
                      "rate exceeded",
                      "too many requests",
                      "too many attempts",
                      "too frequent*",
                      "frequent*",
                      "frequency (limit*|exceed*|too high|check*)",
                      "(call|request|requests|access|send|sending) frequency",
                      "request control",
                      "(request|requests|api|call|calls) … limit exceed*",
                      "(per|each|a) (second|minute)",
                      "slow down"),
                  List.of(
                      "流控",
                      "限流",
                      "流量控制",
                      "频繁",
                      "频率",
                      "请求过多",
                      "并发过高",
                      "请求次数超过",
                      "リクエストが多すぎ",
                      "頻繁",
                      "レート制限",
                      "スロットリング",
                      "요청이 너무 많",
                      "빈번")),
              rule(
                  TIMEOUT,
                  80,
                  List.of(
                      "tiempo de espera agotado",
                      "tempo limite",
                      "délai dépassé",
                      "zeitüberschreitung",
                      "zaman aşımı",
                      "тайм аут",
                      "время ожидания",
                      "истекло время",
                      "time out",
                      "timed out",
                      "deadline exceeded"),
                  List.of("超时", "超時", "逾時", "タイムアウト", "時間切れ", "시간 초과", "시간이 초과", "타임아웃")),
              rule(
                  PERMISSION_DENIED,
                  78,
                  List.of(
                      "(no|not|without) real name",
                      "(account|user|tenant|container|application) … disabled",
                      "real name … (failed|not completed|required)",
                      "frozen",
                      "suspended",
                      "restricted",
                      "blacklist*",
                      "whitelist*",
                      "allowlist*",
                      "(illegal|sensitive|prohibited|banned) (content|word*)",
                      "risk control"),
                  List.of(
                      "未实名",
                      "实名认证失败",
                      "冻结",
                      "受限",
                      "黑名单",
                      "白名单",
                      "非法内容",
                      "敏感词",
                      "违禁",
                      "风控",
                      "风险控制",
                      "违规",
                      "(账号|账户|用户|应用)…(禁用|停用)",
                      "封禁",
                      "禁言",
                      "凍結",
                      "ブラックリスト",
                      "차단")),
              rule(
                  INVALID_ARGUMENT,
                  76,
                  List.of(
                      "(pagination|page|revision|continuation|next|idempotency) token",
                      "(notification|push|device|card|account|save|upload|download|share|invite|invitation|payment) token",
                      "token already used",
                      "invalid … (parameter|field|value|argument)",
                      "(parameter|field|value|argument) … (is|are) (invalid|not valid)"),
                  List.of()),
              rule(
                  UNAUTHENTICATED,
                  75,
                  List.of(
                      "ошибка (авторизации|аутентификации)",
                      "не (авторизован*|аутентифицирован*)",
                      "(неверн*|недействительн*|истек*) (токен*|ключ*|подпис*|пароль|логин)",
                      "unauthenticated",
                      "token",
                      "signature",
                      "credential*",
                      "access key",
                      "authentication (fail*|info*)",
                      "auth failure",
                      "mfa",
                      "request expired",
                      "skewed",
                      "not authenticated",
                      "(api|secret|app) key",
                      "appkey",
                      "app secret",
                      "(incorrect|wrong) password",
                      "password (incorrect|wrong|error|mismatch)",
                      "not logged in",
                      "login required",
                      "jwt",
                      "(session|login) (expired|timed out)",
                      "expired (session|login)",
                      "(invalid|incorrect|wrong|bad|expired|revoked|invalidated) … (password|authentication|auth|authinfo)",
                      "(password|authentication|auth|authinfo) … (invalid|incorrect|wrong|expired|revoked|invalidated|mismatch)",
                      "(authentication|authinfo) … missing",
                      "missing (authentication|authinfo)",
                      "invalid grant"),
                  List.of(
                      "签名",
                      "未登录",
                      "登录失效",
                      "密码错误",
                      "密码不正确",
                      "密码有误",
                      "身份验证失败",
                      "认证失败",
                      "密钥",
                      "認証に失敗",
                      "인증에 실패",
                      "인증 실패",
                      "인증되지 않",
                      "署名",
                      "未认证",
                      "令牌",
                      "请登录",
                      "認証情報",
                      "認証エラー",
                      "認証されていません",
                      "トークン",
                      "APIキー",
                      "アクセスキー",
                      "ログインしていません",
                      "ログインが必要",
                      "토큰",
                      "인증키",
                      "로그인이 필요")),
              rule(
                  PERMISSION_DENIED,
                  70,
                  List.of(
                      "acceso denegado",
                      "acesso negado",
                      "accès refusé",
                      "zugriff verweigert",
                      "keine berechtigung",
                      "sin permiso*",
                      "sem permissão",
                      "denegad*",
                      "denegación",
                      "(no|não) autorizad*",
                      "доступ запрещ*",
                      "нет прав*",
                      "недостаточно прав",
                      "нет доступа",
                      "отказано в доступе",
                      "запрещ*",
                      "заблокирован*",
                      "permission*",
                      "access denied",
                      "denied",
                      "forbid*",
                      "not authori*",
                      "no authori*",
                      "unauthori* operation",
                      "not allowed to",
                      "prohibited",
                      "privilege*",
                      "reject*",
                      "blocked",
                      "declin*",
                      "fraud*",
                      "do not honor",
                      "call issuer",
                      "revocation",
                      "security violation",
                      "(lost|stolen) card"),
                  List.of(
                      "权限", "鉴权", "无授权", "未授权", "拒绝", "拒接", "禁止访问", "无权", "權限", "拒絕", "権限",
                      "アクセスが拒否", "拒否", "禁止されて", "권한", "접근이 거부", "거부", "금지")),
              rule(
                  UNAVAILABLE,
                  67,
                  List.of(
                      "(server|service|system|network) … busy",
                      "upstream … (unavailable|connection|timeout)"),
                  List.of("系统繁忙", "服务繁忙")),
              rule(FAILED_PRECONDITION, 69, List.of("no pending"), List.of()),
              rule(INTERNAL, 68, List.of("(processing|process) (error|failure)"), List.of()),
              rule(CONFLICT, 81, List.of("lock … (timeout|time out)"), List.of()),
              rule(
                  CONFLICT,
                  65,
                  List.of(
                      "уже выполняется",
                      "в процессе (обработки|выполнения)",
                      "одновременн*",
                      "concurren*",
                      "conflict*",
                      "in progress",
                      "(is|are) being",
                      "being (processed|executed|used)",
                      "(is|are|still|currently) (processing|running)",
                      "locked",
                      "lock",
                      "busy",
                      "pending",
                      "system in use",
                      "in use by … system",
                      "(is|are|still|currently) (creating|deleting|migrating|copying|updating|modifying|attaching|detaching|rehydrating)",
                      "occupied",
                      "other commands",
                      "another operation",
                      "abort*"),
                  List.of(
                      "正在", "处于…中", "处理中", "进行中", "并发", "锁定", "冲突", "占用", "処理中", "実行中", "進行中", "競合",
                      "ロック", "진행 중", "처리 중", "충돌", "잠금", "잠겨")),
              rule(
                  INVALID_ARGUMENT,
                  61,
                  List.of(
                      "(url|uri|path|endpoint|route|method|action) … (not found|not exist*|does not exist)",
                      "not found in (the|a) (request|body|payload|xml|json|file|sheet|document|formula)",
                      "not found in (request|body|payload|xml|json)"),
                  List.of("(接口|方法|路径|操作)不存在", "メソッドが存在しない")),
              rule(
                  NOT_FOUND,
                  60,
                  List.of(
                      "no encontrad*",
                      "não encontrad*",
                      "introuvable",
                      "nicht gefunden",
                      "bulunamad*",
                      "не найден*",
                      "не существует",
                      "не обнаружен*",
                      "not found",
                      "not exist*",
                      "no such",
                      "(cannot|can not|can't) find",
                      "not be found",
                      "(unable|failed) to find",
                      "been deleted",
                      "(resource|resources) deleted",
                      "resource missing"),
                  List.of(
                      "不存在", "找不到", "没有找到", "未找到", "无法找到", "未发现", "查不到", "未查询到", "无法查到", "已被删除",
                      "見つかりません", "見つからない", "存在しません", "存在しない", "존재하지 않", "찾을 수 없", "찾지 못")),
              rule(
                  ALREADY_EXISTS,
                  66,
                  List.of(
                      "ya existe",
                      "já existe",
                      "existe déjà",
                      "existiert bereits",
                      "zaten mevcut",
                      "уже существует",
                      "уже зарегистрирован*",
                      "already exist*",
                      "exists already",
                      "already owned",
                      "already present"),
                  List.of("已存在", "已经存在", "既に存在", "すでに存在", "이미 존재")),
              rule(
                  ALREADY_EXISTS,
                  55,
                  List.of(
                      "дублир*",
                      "дубликат*",
                      "duplicat*",
                      "repeatedly",
                      "already … (created|registered|activated|submitted|attached)",
                      "(name|key|address|email|mobile|phone|number|username|alias|domain) … been used",
                      "already taken",
                      "(have|has) activated"),
                  List.of("重复", "已开通", "已提交", "已挂载", "已注册", "重複", "既に登録", "すでに登録", "중복", "이미 등록")),
              rule(
                  FAILED_PRECONDITION,
                  56,
                  List.of(
                      "already (captured|refunded|processed|verified|paid|canceled|cancelled|closed|completed|broken)",
                      "(cannot|can not|can't) be (deleted|removed)"),
                  List.of()),
              rule(
                  FAILED_PRECONDITION,
                  52,
                  List.of(
                      "(time|deadline|period) … (passed|exceeded|reached|expired)",
                      "(exceeds|exceeded|past|passed) … (time|deadline)",
                      "resource (unavailable|not available)"),
                  List.of("超过…(时间|期限|有效期)", "(时间|期限|有效期)…(已过|过期)")),
              rule(
                  INVALID_ARGUMENT,
                  51,
                  List.of(
                      "слишком (длинн*|коротк*)",
                      "too (large|long|big|short|small)",
                      "(size|length) … exceed*",
                      "exceed* … (size|length)",
                      "maximum (size|length)",
                      "size limit",
                      "(within|in) the range",
                      "out of range",
                      "(request|query|queried|page|batch|body) … (too many|exceed*|upper limit)",
                      "too many … (in|per) … (request|page|batch|query)"),
                  List.of(
                      "长度…(超过|超出|超限)",
                      "(超过|超出)…长度",
                      "(大小|字段|内容|字符|字节|文件|时长)…(超过|超出)",
                      "(超过|超出)…(字符|字节|个字)",
                      "(不能|不得|不可)超过…(字|字节|KB|MB|M|秒|位)",
                      "一次…(超过|最多)",
                      "(文字数|サイズ)…超え",
                      "크기…초과",
                      "过长",
                      "超出范围",
                      "超出取值范围",
                      "長すぎ",
                      "短すぎ",
                      "大きすぎ",
                      "範囲外",
                      "文字数",
                      "길이…초과",
                      "범위를 벗어")),
              rule(
                  QUOTA_EXCEEDED,
                  50,
                  List.of(
                      "превыш*",
                      "лимит*",
                      "квот*",
                      "quota*",
                      "exceed*",
                      "over limit",
                      "upper limit",
                      "limit reached",
                      "reached the … limit",
                      "maximum (number|allowed|limit)",
                      "too many",
                      "not enough",
                      "insufficient",
                      "sold out",
                      "out of stock",
                      "no stock",
                      "out of inventory",
                      "max",
                      "exhausted",
                      "capacity",
                      "(is|are|was|disk|storage|mailbox|queue|buffer|space) full",
                      "overflow"),
                  List.of(
                      "配额", "超过", "超出", "上限", "超限", "售罄", "不足", "容量", "无可分配", "最多", "最大值", "最大限制",
                      "库存", "配額", "超過", "上限に達", "超えて", "クォータ", "在庫", "초과", "한도", "할당량")),
              rule(
                  UNAVAILABLE,
                  45,
                  List.of(
                      "no disponible",
                      "indisponível",
                      "indisponible",
                      "nicht verfügbar",
                      "kullanılamıyor",
                      "недоступ*",
                      "временно",
                      "технические работы",
                      "ошибка (сети|соединения|связи)",
                      "нет связи",
                      "service … unavailable",
                      "(temporarily|currently) unavailable",
                      "service … not available",
                      "overloaded",
                      "not available",
                      "connectivity",
                      "maintenance",
                      "network (exception|error|problem)",
                      "unreachable",
                      "connection (refused|failed|reset|error)",
                      "connect to … (error|fail*)",
                      "socket (error|exception)",
                      "broken pipe",
                      "(failed|unable) to (access|connect|reach)",
                      "communicat* … (fail*|error*|problem*|exception*)",
                      "(fail*|error) … communicat*",
                      "no connection",
                      "temporarily",
                      "unavailable",
                      "offline",
                      "disconnect*",
                      "(cannot|can not|could not|unable to|failed to|fail to) (be connected|connect)",
                      "not reachable"),
                  List.of(
                      "(通信|通讯)(失败|异常|错误|故障)",
                      "通信エラー",
                      "통신 오류",
                      "服务不可用",
                      "暂时不可用",
                      "繁忙",
                      "网络异常",
                      "网络错误",
                      "网络状态异常",
                      "连接失败",
                      "服务暂不可用",
                      "系统维护",
                      "维护中",
                      "混雑",
                      "メンテナンス",
                      "利用できません",
                      "서비스를 사용할 수 없",
                      "일시적으로 사용할 수 없",
                      "점검")),
              rule(
                  INVALID_ARGUMENT,
                  41,
                  List.of(
                      "un supported (header|query parameter|parameter|xml node|argument|field|media type|value)",
                      "(header|parameter|argument|field|value) … not supported"),
                  List.of("参数…不支持", "不支持…参数")),
              rule(
                  FAILED_PRECONDITION,
                  37,
                  List.of(
                      "(reset|upgrade|approval|confirmation|verification|action|acceptance|consent|activation|setup|onboarding) required",
                      "terms of service",
                      "(invalid|incorrect|wrong|bad) (configuration|config|setup|settings)",
                      "misconfigur*",
                      "not configured"),
                  List.of("未配置", "配置错误", "配置有误")),
              rule(
                  INVALID_ARGUMENT,
                  36,
                  List.of(
                      "(invalid|incorrect|wrong) (expir*|date)",
                      "validation",
                      "(parse|parsing) … fail*",
                      "fail* … pars*"),
                  List.of()),
              rule(
                  UNSUPPORTED,
                  40,
                  List.of(
                      "no soportad*",
                      "não suportad*",
                      "non pris en charge",
                      "nicht unterstützt",
                      "desteklenmiyor",
                      "не поддерживает*",
                      "not support*",
                      "un support*",
                      "not implemented",
                      "unimplemented",
                      "method not allowed",
                      "invalid operation",
                      "incompatible"),
                  List.of(
                      "不支持",
                      "不支援",
                      "未开放",
                      "未开启",
                      "不提供",
                      "禁止",
                      "サポートされていません",
                      "サポートしていません",
                      "対応していません",
                      "未対応",
                      "지원하지 않",
                      "지원되지 않")),
              rule(
                  FAILED_PRECONDITION,
                  35,
                  List.of(
                      "status",
                      "state",
                      "expired*",
                      "released",
                      "unsubscribed",
                      "been (used|canceled|cancelled|recycled|refunded|processed)",
                      "unpaid",
                      "(not|to) be paid",
                      "pending payment",
                      "not … (activated|enabled|completed|effective)",
                      "not taken effect",
                      "uncompleted",
                      "inactive",
                      "disabled",
                      "no longer",
                      "not empty",
                      "not ready",
                      "in use",
                      "closed",
                      "disputed",
                      "unverified",
                      "not verified",
                      "verif* fail*",
                      "not entitled",
                      "opt in",
                      "condition not met",
                      "precondition",
                      "(please|must) … first",
                      "not (stopped|running|started|shut down|powered off|mounted|attached)",
                      "(has|have|already) (shared|bound|binded)"),
                  List.of(
                      "请先",
                      "未关机",
                      "未挂载",
                      "已共享",
                      "状态",
                      "过期",
                      "已释放",
                      "已退订",
                      "已退款",
                      "回收",
                      "已下架",
                      "未下架",
                      "未开通",
                      "未完善",
                      "未生效",
                      "待支付",
                      "未支付",
                      "不满足",
                      "已作废",
                      "已使用",
                      "未完成",
                      "已处理",
                      "使用中",
                      "状態",
                      "有効期限",
                      "期限切れ",
                      "完了していません",
                      "有効になっていません",
                      "상태",
                      "만료",
                      "사용 중",
                      "활성화되지 않")),
              rule(
                  INTERNAL,
                  32,
                  List.of(
                      "error interno",
                      "erro interno",
                      "erreur interne",
                      "interner fehler",
                      "sistem hatası",
                      "внутренняя ошибка",
                      "ошибка сервера",
                      "системная ошибка",
                      "техническая ошибка",
                      "system (error|exception)",
                      "internal … error",
                      "server error",
                      "(exception|error) occurred",
                      "unexpected",
                      "fault",
                      "internal (failure|exception)",
                      "data loss",
                      "backend",
                      "system was broken",
                      "database (error|exception|failure)"),
                  List.of(
                      "系统错误", "系统异常", "内部错误", "系统内部", "后端", "处理请求异常", "服务器异常", "出现异常", "发生异常",
                      "数据库", "内部エラー", "システムエラー", "サーバーエラー", "予期しない", "내부 오류", "서버 오류", "시스템 오류",
                      "예기치 않은")),
              rule(
                  INVALID_ARGUMENT,
                  30,
                  List.of(
                      "inválid*",
                      "(no|não) (es|é) válid*",
                      "(no|não) válid*",
                      "incorrect*",
                      "incorret*",
                      "erróne*",
                      "errad*",
                      "formato",
                      "longitud",
                      "comprimento",
                      "parámetro*",
                      "parâmetro*",
                      "campo*",
                      "(debe|deve) ser",
                      "invalide",
                      "ungültig*",
                      "geçersiz",
                      "hatalı",
                      "obligatori*",
                      "obrigatóri*",
                      "requis",
                      "erforderlich",
                      "zorunlu",
                      "неверн*",
                      "некорректн*",
                      "недопустим*",
                      "неправильн*",
                      "невалидн*",
                      "обязательн*",
                      "не указан*",
                      "не заполнен*",
                      "формат*",
                      "параметр*",
                      "должен быть",
                      "должна быть",
                      "должно быть",
                      "пуст*",
                      "invalid",
                      "illegal",
                      "malformed",
                      "param*",
                      "argument*",
                      "format",
                      "required",
                      "missing",
                      "incomplete",
                      "must (be|not)",
                      "(cannot|can not) (be null|be empty|contain|exceed|be set)",
                      "at the same time",
                      "need … (header|parameter|argument|field)",
                      "(type|header|value) error",
                      "only accept*",
                      "(bigger|greater|larger|smaller|less|later|earlier) than",
                      "(cannot|can't|can not) be the same",
                      "empty",
                      "blank",
                      "wrong",
                      "mismatch*",
                      "not match",
                      "inconsistent",
                      "bad request",
                      "unrecogni*",
                      "not valid",
                      "request error",
                      "request data error"),
                  List.of(
                      "参数",
                      "非法",
                      "格式",
                      "不正确",
                      "不合法",
                      "无效",
                      "必填",
                      "为空",
                      "有误",
                      "不匹配",
                      "不一致",
                      "校验失败",
                      "必须",
                      "不得",
                      "应高于",
                      "应在",
                      "应是",
                      "请求…错误",
                      "參數",
                      "無效",
                      "不正確",
                      "不正",
                      "無効",
                      "パラメータ",
                      "パラメーター",
                      "引数",
                      "形式",
                      "必須",
                      "指定されていません",
                      "一致しません",
                      "正しくありません",
                      "誤り",
                      "유효하지 않",
                      "잘못된",
                      "올바르지 않",
                      "필수",
                      "파라미터",
                      "매개변수",
                      "형식",
                      "일치하지 않",
                      "누락")),
              rule(
                  UNKNOWN,
                  64,
                  List.of(
                      "(cancel*|closed|aborted) by (the|a) (user|customer|buyer|payer|caller)",
                      "(cancel*|closed|aborted) by (user|customer|buyer|payer|caller)",
                      "(user|customer|buyer|payer|caller) (cancel*|closed)",
                      "success*",
                      "succeeded"),
                  List.of("用户取消", "用户已取消")),
              rule(
                  UNKNOWN,
                  33,
                  List.of(
                      "неизвестная ошибка",
                      "unknown (error|exception|failure|reason)",
                      "generic error",
                      "(error|erro) genéric*"),
                  List.of("未知错误", "未知异常")),
              rule(NOT_FOUND, 25, List.of("unknown"), List.of()),
              rule(
                  PERMISSION_DENIED,
                  16,
                  List.of("не разрешен*", "не допускается", "not allowed", "not permitted"),
                  List.of("許可されていません", "허용되지 않")),
              rule(INTERNAL, 14, List.of("unable to"), List.of()),
              rule(
                  INTERNAL,
                  5,
                  List.of("не удалось", "сбой*", "fail*"),
                  List.of("失败", "出错", "失敗", "실패")),
              rule(
                  INTERNAL,
                  3,
                  List.of(
                      "обратитесь в (поддержку|службу поддержки)",
                      "свяжитесь с (поддержкой|службой поддержки)",
                      "contact (customer service|technical support|support)"),
                  List.of("联系技术支持", "联系客服", "サポートに連絡", "お問い合わせ", "고객센터", "문의"))));

  /**
   * Word rules read in the words of a code only: a code segment that is a gerund names an operation
   * under way ({@code ResourceInUse.DiskMigrating}), where "creating" in a message mostly names the
   * operation that failed ("Error creating the session").
   */
  public static final List<WordRule> CODE_WORDS =
      List.of(
          rule(
              CONFLICT,
              65,
              List.of(
                  "(creating|deleting|migrating|copying|updating|modifying|attaching|detaching|rehydrating|processing)"),
              List.of()));

  /**
   * The kinds a specific HTTP status may be narrowed to by the code and message wording: providers
   * answer 403 for an account in arrears and for stock, quota, region and state errors alike (its
   * wording always narrows it), 503 for flow control, 409 when a name is taken.
   */
  public static final Map<ErrorKind, Set<ErrorKind>> STATUS_REFINEMENTS =
      Map.of(
          PERMISSION_DENIED,
              Set.of(
                  INVALID_ARGUMENT,
                  UNAUTHENTICATED,
                  NOT_FOUND,
                  ALREADY_EXISTS,
                  CONFLICT,
                  FAILED_PRECONDITION,
                  QUOTA_EXCEEDED,
                  THROTTLED,
                  INSUFFICIENT_FUNDS,
                  UNAVAILABLE,
                  TIMEOUT,
                  UNSUPPORTED),
          UNAUTHENTICATED, Set.of(PERMISSION_DENIED),
          UNAVAILABLE, Set.of(THROTTLED, TIMEOUT),
          TIMEOUT, Set.of(UNAVAILABLE),
          CONFLICT, Set.of(ALREADY_EXISTS, FAILED_PRECONDITION, INVALID_ARGUMENT),
          THROTTLED, Set.of(QUOTA_EXCEEDED),
          NOT_FOUND, Set.of(INVALID_ARGUMENT, UNSUPPORTED, CONFLICT, FAILED_PRECONDITION),
          INVALID_ARGUMENT,
              Set.of(NOT_FOUND, ALREADY_EXISTS, CONFLICT, FAILED_PRECONDITION, QUOTA_EXCEEDED));

  /**
   * Wording of at least this rank narrows any specific status: a 404 that says "flow control is
   * being performed" is throttling, whatever the status was meant to say.
   */
  public static final int NARROWS_ANY_STATUS = 78;

  /**
   * Kinds that a later segment names and a leading parameter category ({@link #PARAMETER_CATEGORY})
   * turns into INVALID_ARGUMENT: in {@code InvalidParameter.Conflict} the parameters contradict
   * each other, {@code InvalidParameterValue.LimitExceeded} is a value above what the field allows,
   * {@code InvalidParameter.InvalidClientToken} is a malformed value, not a bad credential.
   */
  public static final Set<ErrorKind> CATEGORY_KEEPS =
      Set.of(CONFLICT, QUOTA_EXCEEDED, UNAUTHENTICATED);

  /** A leading code segment that names a parameter category ({@code InvalidParameterValue}). */
  public static final Phrases PARAMETER_CATEGORY =
      Phrases.of(
          List.of("(invalid|missing|unknown|unsupported) (parameter*|argument*)"), List.of());

  /** Wording that says a retry will not help, whatever the kind; checked before {@link #RETRY}. */
  public static final Phrases NO_RETRY =
      Phrases.of(
          List.of(
              "do not (retry|try again)",
              "don't retry",
              "do not attempt … again",
              "retry after recharg*",
              "recharg* and (retry|try again)"),
          List.of("请勿重试", "不要重试", "勿重复", "不要重复", "不可重复", "充值后重试"));

  /** Wording that says the same request may succeed a little later. */
  public static final Phrases RETRY =
      Phrases.of(
          List.of(
              "try again later",
              "retry later",
              "try later",
              "(try|retry) … (later|shortly)",
              "please (try again|retry)",
              "wait … (try again|retry)",
              "retry in a (moment|while|few)",
              "can (try again|retry)",
              "retryable",
              "retry the (operation|request|call)",
              "try (your|the) request again",
              "(repeat|resend) the (request|payment|call) later",
              "try again after some time",
              "retry using",
              "back off",
              "exponential back off",
              "retry can fix",
              "transient (error|failure)",
              "temporar*"),
          List.of(
              "稍(后|候)…(重试|再试|重新)",
              "尝试重新",
              "重新尝试",
              "可重试",
              "多次重试",
              "重新调用",
              "再调用",
              "请重试",
              "请稍后",
              "稍後再試",
              "請稍後",
              "暂时",
              "しばらくして",
              "時間をおいて",
              "再試行してください",
              "再度お試し",
              "もう一度お試し",
              "잠시 후 다시",
              "다시 시도",
              "일시적"));

  /** Kinds a failure can leave by itself, so that wording may make them retryable. */
  public static final Set<ErrorKind> MAY_PASS =
      Set.of(CONFLICT, FAILED_PRECONDITION, INTERNAL, UNKNOWN, NOT_FOUND, PERMISSION_DENIED);

  /**
   * Wording of an operation under way, which ends by itself: a CONFLICT that says it is retryable
   * whether or not the row asks to try again.
   */
  public static final Phrases UNDER_WAY =
      Phrases.of(
          List.of(
              "in progress",
              "being (created|deleted|migrated|copied|rehydrated|updated|modified|initialized|restored|resized)",
              "processing",
              "pending",
              "busy",
              "concurren*",
              "in use",
              "(creating|deleting|migrating|copying|updating|modifying|attaching|detaching|rehydrating)",
              "lock … (timeout|time out)",
              "other commands",
              "another operation",
              "transient state",
              "not (completed|ready|finished) yet",
              "currently being"),
          List.of("正在", "处理中", "进行中", "并发", "中，请稍", "忙"));

  private static WordRule rule(
      ErrorKind kind, int rank, List<String> english, List<String> chinese) {
    return new WordRule(kind, rank, Phrases.of(english, chinese));
  }

  private static List<WordRule> sortedByRank(List<WordRule> rules) {
    return rules.stream().sorted(Comparator.comparingInt(WordRule::rank).reversed()).toList();
  }
}
