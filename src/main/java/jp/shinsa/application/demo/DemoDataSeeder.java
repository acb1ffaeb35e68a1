package jp.shinsa.application.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import jp.shinsa.application.identity.AccountService;
import jp.shinsa.domain.organisation.Organisation;
import jp.shinsa.domain.organisation.OrganisationRepository;
import jp.shinsa.infrastructure.persistence.DatabaseMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo organisations and logins on first start, and prints where the portal is and how to
 * sign in. {@code shinsa.demo.seed}: {@code auto} (only on the embedded database), {@code true} or
 * {@code false}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoDataSeeder {

  private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

  @Inject private DatabaseMigration database;
  @Inject private OrganisationRepository organisations;
  @Inject private AccountService accountService;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "shinsa.demo.seed", defaultValue = "auto")
  private String seedSetting;

  @Inject
  @ConfigProperty(name = "shinsa.public-url", defaultValue = "http://localhost:8080/")
  private String publicUrl;

  @PostConstruct
  void seed() {
    boolean wanted =
        "true".equalsIgnoreCase(seedSetting)
            || ("auto".equalsIgnoreCase(seedSetting) && database.isEmbedded());
    boolean seededNow = false;
    if (wanted && organisations.findByCode(DemoData.ORGANISATIONS.get(0).code()).isEmpty()) {
      Map<String, Organisation> byCode = new HashMap<>();
      for (DemoData.DemoOrganisation o : DemoData.ORGANISATIONS) {
        byCode.put(
            o.code(),
            organisations.save(
                new Organisation(o.code(), o.name(), o.nameEn(), o.kind(), clock.instant())));
      }
      for (DemoData.DemoLogin l : DemoData.LOGINS) {
        accountService.createWithHash(
            l.username(), l.displayName(), l.passwordHash(), byCode.get(l.orgCode()), l.roles());
      }
      seededNow = true;
    }
    printBanner(wanted, seededNow);
  }

  private void printBanner(boolean demo, boolean seededNow) {
    StringBuilder sb = new StringBuilder();
    sb.append("\n==============================================================\n");
    sb.append(" Shinsa (審査) is starting on ").append(database.databaseProduct()).append('\n');
    sb.append(" Portal: ").append(publicUrl).append('\n');
    if (demo) {
      sb.append(seededNow ? " Demo data seeded. Logins:\n" : " Demo logins:\n");
      for (DemoData.DemoLogin l : DemoData.LOGINS) {
        sb.append(
            "   %-16s %-14s %s%n"
                .formatted(l.username(), l.password(), l.roles().iterator().next()));
      }
    }
    sb.append("==============================================================");
    LOG.info(sb::toString);
  }
}
