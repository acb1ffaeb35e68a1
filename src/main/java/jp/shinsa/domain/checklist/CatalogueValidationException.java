package jp.shinsa.domain.checklist;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Raised when a catalogue (or model-clause file) cannot be accepted. It carries every problem
 * found, so an administrator can fix an uploaded file in one pass instead of one error per upload.
 */
public class CatalogueValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<CatalogueError> errors;

  public CatalogueValidationException(List<CatalogueError> errors) {
    super(summary(errors));
    this.errors = List.copyOf(errors);
  }

  public List<CatalogueError> errors() {
    return errors;
  }

  private static String summary(List<CatalogueError> errors) {
    return errors.size()
        + " catalogue error(s): "
        + errors.stream().map(CatalogueError::toString).collect(Collectors.joining("; "));
  }
}
