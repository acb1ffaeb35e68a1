package jp.shinsa.application.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Makes sure a catalogue is in force before the first analysis runs. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class CatalogueBootstrap {

  @Inject private CatalogueService catalogues;

  @PostConstruct
  void register() {
    catalogues.registerBundled();
  }
}
