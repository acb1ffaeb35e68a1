package jp.shinsa.infrastructure.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The quick check an upload gets before it is acknowledged: within the size and page limits, a real
 * PDF, not password-protected, not broken beyond opening. Costs one parse of the document structure
 * (no text extraction), so a bad file is refused in the request with a clear reason and nothing is
 * stored.
 */
public final class ContractFileInspector {

  private final PdfTextExtractor extractor;

  public ContractFileInspector(IngestionLimits limits) {
    this.extractor = new PdfTextExtractor(limits);
  }

  /**
   * @return the page count
   * @throws InvalidContractFileException with the reason the file cannot be accepted
   */
  public int inspect(byte[] pdf) {
    try (PDDocument doc = extractor.open(pdf)) {
      return doc.getNumberOfPages();
    } catch (IOException e) {
      throw new InvalidContractFileException(
          InvalidContractFileException.Code.CORRUPT,
          "The PDF cannot be read: " + e.getMessage(),
          e);
    }
  }
}
