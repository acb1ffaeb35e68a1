package jp.shinsa.infrastructure.pdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Caps how far PDFBox may inflate any one stream. PDFBox 3 decodes a stream wholly into heap
 * buffers whatever the stream cache setting, and it does so while loading (object and xref streams)
 * before Shinsa sees the document; one 50 KB FlateDecode stream can inflate to 512 MB and exhaust
 * the heap. The expanding filters (Flate, LZW, RunLength) are therefore wrapped, once per JVM, so
 * that their output stops with a {@link StreamTooLargeException} past {@link #MAX_BYTES}.
 *
 * <p>PDFBox offers no hook for this, so the wrappers replace entries of {@link FilterFactory}'s
 * private map by reflection. Should a PDFBox upgrade remove the map, installation logs a warning
 * and ingestion still works, unbounded as before.
 */
final class DecodeLimit {

  /** Larger than any real stream of a contract (a 600 dpi A4 colour scan in Flate is ~105 MB). */
  static final long MAX_BYTES = 128L << 20;

  private static final Logger LOG = Logger.getLogger(DecodeLimit.class.getName());
  private static final AtomicBoolean INSTALLED = new AtomicBoolean();

  private DecodeLimit() {}

  /** A decoded stream went past the cap; ingestion reports the file as too large. */
  static final class StreamTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    StreamTooLargeException(long limit) {
      super("A stream in the PDF unpacks to more than " + (limit >> 20) + " MB.");
    }
  }

  static void install() {
    if (!INSTALLED.compareAndSet(false, true)) {
      return;
    }
    try {
      Field field = FilterFactory.class.getDeclaredField("filters");
      field.setAccessible(true);
      @SuppressWarnings("unchecked")
      Map<COSName, Filter> filters = (Map<COSName, Filter>) field.get(FilterFactory.INSTANCE);
      for (COSName name :
          new COSName[] {
            COSName.FLATE_DECODE,
            COSName.FLATE_DECODE_ABBREVIATION,
            COSName.LZW_DECODE,
            COSName.LZW_DECODE_ABBREVIATION,
            COSName.RUN_LENGTH_DECODE,
            COSName.RUN_LENGTH_DECODE_ABBREVIATION
          }) {
        Filter original = filters.get(name);
        if (original != null && !(original instanceof Bounded)) {
          filters.put(name, new Bounded(original, MAX_BYTES));
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.WARNING, "PDFBox stream decoding could not be bounded", e);
    }
  }

  /** Delegates to PDFBox's own filter with an output that refuses to grow past the limit. */
  private static final class Bounded extends Filter {
    private final Filter delegate;
    private final long limit;

    Bounded(Filter delegate, long limit) {
      this.delegate = delegate;
      this.limit = limit;
    }

    @Override
    public DecodeResult decode(
        InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
        throws IOException {
      return delegate.decode(encoded, new Capped(decoded, limit), parameters, index);
    }

    @Override
    public DecodeResult decode(
        InputStream encoded,
        OutputStream decoded,
        COSDictionary parameters,
        int index,
        DecodeOptions options)
        throws IOException {
      return delegate.decode(encoded, new Capped(decoded, limit), parameters, index, options);
    }

    @Override
    protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters)
        throws IOException {
      delegate.encode(input, encoded, parameters, 0);
    }
  }

  /** Passes bytes through until {@code limit}, then fails. */
  static final class Capped extends FilterOutputStream {
    private final long limit;
    private long written;

    Capped(OutputStream out, long limit) {
      super(out);
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      count(1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count(len);
      out.write(b, off, len);
    }

    long written() {
      return written;
    }

    private void count(int n) throws IOException {
      written += n;
      if (written > limit) {
        throw new StreamTooLargeException(limit);
      }
    }
  }
}
