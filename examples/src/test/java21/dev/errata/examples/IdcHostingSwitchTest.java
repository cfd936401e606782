package dev.errata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errata.examples.idc.IdcHostingErrors;
import dev.errata.examples.idc.IdcHostingException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdcHostingSwitchTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      200 | {"code":201042,"msg":"续费失败，余额不足"} | Please top up your balance: 续费失败，余额不足
      200 | {"code":201041,"msg":"机柜无可分配端口号"}  | No capacity left on this line: 机柜无可分配端口号
      200 | {"code":201052,"msg":"操作执行失败"}        | The resource pool failed; we are on it (201052)
      200 | {"code":201009,"msg":"操作系统不可用"}      | It no longer exists: 操作系统不可用
      200 | {"code":201043,"msg":"该线路暂停购买"}      | Not possible in the current state: 该线路暂停购买
      502 | <html>Bad Gateway</html>                   | Unexpected answer (HTTP 502)
      """)
  void everyGroupHasItsReply(int status, String body, String reply) {
    IdcHostingException e = IdcHostingErrors.INSTANCE.decode(status, body).orElseThrow();
    assertEquals(reply, IdcHostingSwitch.reply(e));
  }
}
