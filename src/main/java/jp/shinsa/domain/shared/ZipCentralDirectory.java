package jp.shinsa.domain.shared;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists the entry names of a ZIP from its central directory without inflating anything: telling a
 * DOCX from an XLSX, or checking that a package hides no file, must not be turnable into a
 * decompression bomb.
 */
public final class ZipCentralDirectory {

  private static final int END_SIGNATURE = 0x06054b50;
  private static final int ENTRY_SIGNATURE = 0x02014b50;
  private static final int END_RECORD_SIZE = 22;
  private static final int MAX_COMMENT = 0xffff;
  private static final int MAX_ENTRIES = 10_000;

  private ZipCentralDirectory() {}

  /**
   * Entry names in directory order; empty when the central directory is missing, damaged or lists
   * more entries than any legitimate file here has.
   */
  public static Optional<List<String>> entryNames(byte[] zip) {
    int end = findEndRecord(zip);
    if (end < 0) {
      return Optional.empty();
    }
    int count = u16(zip, end + 10);
    long offset = u32(zip, end + 16);
    if (count > MAX_ENTRIES || offset > zip.length) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>(count);
    int position = (int) offset;
    for (int i = 0; i < count; i++) {
      if (position + 46 > zip.length || u32(zip, position) != ENTRY_SIGNATURE) {
        return Optional.empty();
      }
      int nameLength = u16(zip, position + 28);
      int extraLength = u16(zip, position + 30);
      int commentLength = u16(zip, position + 32);
      if (position + 46 + nameLength > zip.length) {
        return Optional.empty();
      }
      names.add(new String(zip, position + 46, nameLength, StandardCharsets.UTF_8));
      position += 46 + nameLength + extraLength + commentLength;
    }
    return Optional.of(names);
  }

  private static int findEndRecord(byte[] zip) {
    int lowest = Math.max(0, zip.length - END_RECORD_SIZE - MAX_COMMENT);
    for (int i = zip.length - END_RECORD_SIZE; i >= lowest; i--) {
      if (u32(zip, i) == END_SIGNATURE) {
        return i;
      }
    }
    return -1;
  }

  private static int u16(byte[] b, int i) {
    return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
  }

  private static long u32(byte[] b, int i) {
    return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xffffffffL;
  }
}
