package jp.shinsa.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.shinsa.application.catalogue.CatalogueService;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.domain.checklist.CatalogueError;
import jp.shinsa.domain.checklist.CatalogueValidationException;
import jp.shinsa.domain.checklist.StoredCatalogue;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Loading a revised catalogue file, and the list of versions loaded so far. */
@Named
@ViewScoped
public class AdminCatalogueBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CatalogueService catalogues;
  @Inject private CurrentUser currentUser;

  private List<CatalogueError> errors = List.of();

  public void upload(FileUploadEvent event) {
    try {
      StoredCatalogue stored =
          catalogues.upload(event.getFile().getContent(), currentUser.getUsername());
      errors = List.of();
      Messages.info("admin.catalogue.loaded", stored.getVersion(), stored.getItemCount());
    } catch (CatalogueValidationException e) {
      errors = e.errors();
      Messages.error("admin.catalogue.invalid", e.errors().size());
    }
  }

  public StreamedContent getDownload() {
    byte[] json = catalogues.activeJson().getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("shinsa-catalogue-" + catalogues.active().version() + ".json")
        .contentType("application/json")
        .contentLength((long) json.length)
        .stream(() -> new java.io.ByteArrayInputStream(json))
        .build();
  }

  public List<StoredCatalogue> getVersions() {
    return catalogues.versions();
  }

  public List<CatalogueError> getErrors() {
    return errors;
  }
}
