package dev.errata.processor.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes a table file as strict UTF-8: a leading BOM is dropped, bad bytes and NUL are errors. */
final class TextDecoder {
  private TextDecoder() {}

  /** The decoded text, or empty after an error naming the byte offset and line. */
  static Optional<SourceText> decode(byte[] content, ProblemSink problems) {
    int start = hasBom(content) ? 3 : 0;
    for (int i = start; i < content.length; i++) {
      if (content[i] == 0) {
        return failure(
            problems, content, i, "NUL byte at byte offset " + i + ": this is not a text table");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
    CharBuffer out = CharBuffer.allocate(content.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      return failure(
          problems,
          content,
          offset,
          String.format(
              "invalid UTF-8 at byte offset %d (byte 0x%02X): save the table as UTF-8",
              offset, content[offset] & 0xFF));
    }
    return Optional.of(SourceText.of(out.flip().toString()));
  }

  private static boolean hasBom(byte[] content) {
    return content.length >= 3
        && (content[0] & 0xFF) == 0xEF
        && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF;
  }

  private static Optional<SourceText> failure(
      ProblemSink problems, byte[] content, int offset, String message) {
    problems.error(lineAtByte(content, offset), message);
    return Optional.empty();
  }

  /** Lines counted the way {@link SourceText} counts them, on the raw bytes. */
  private static int lineAtByte(byte[] content, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (content[i] == '\n'
          || (content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
