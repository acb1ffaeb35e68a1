package jp.shinsa.application.demo;

import java.util.List;
import java.util.Set;
import jp.shinsa.domain.identity.Role;
import jp.shinsa.domain.organisation.OrganisationKind;

/**
 * The demo tenants and logins. Fictitious organisations; the passwords are public by design and are
 * printed at startup, which is why the seed runs only on the embedded database or when asked.
 */
public final class DemoData {

  public record DemoOrganisation(String code, String name, String nameEn, OrganisationKind kind) {}

  public record DemoLogin(
      String username, String password, String displayName, String orgCode, Set<Role> roles) {}

  public static final List<DemoOrganisation> ORGANISATIONS =
      List.of(
          new DemoOrganisation(
              "demo-agency",
              "デモ省 デジタル調達課",
              "Demo Ministry, Digital Procurement Division",
              OrganisationKind.AGENCY),
          new DemoOrganisation(
              "sakura-ai", "株式会社さくらAI", "Sakura AI K.K.", OrganisationKind.COMPANY),
          new DemoOrganisation(
              "fuji-cloud",
              "富士クラウド知能株式会社",
              "Fuji Cloud Intelligence Inc.",
              OrganisationKind.COMPANY));

  public static final List<DemoLogin> LOGINS =
      List.of(
          new DemoLogin("admin", "Admin#2026", "システム管理者", "demo-agency", Set.of(Role.ADMIN)),
          new DemoLogin("officer", "Officer#2026", "調達 花子", "demo-agency", Set.of(Role.OFFICER)),
          new DemoLogin(
              "vendor.sakura",
              "Vendor#2026",
              "佐藤 一郎 (Sakura AI)",
              "sakura-ai",
              Set.of(Role.VENDOR)),
          new DemoLogin(
              "vendor.fuji",
              "Vendor#2026",
              "Jane Smith (Fuji Cloud)",
              "fuji-cloud",
              Set.of(Role.VENDOR)),
          new DemoLogin(
              "supplier.sakura",
              "Supplier#2026",
              "鈴木 次郎 (Sakura AI)",
              "sakura-ai",
              Set.of(Role.SUPPLIER)));

  private DemoData() {}
}
