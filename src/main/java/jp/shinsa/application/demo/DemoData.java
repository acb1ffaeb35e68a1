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

  /**
   * A demo login. {@code passwordHash} is {@code password} hashed once, off-line, in the format and
   * with the parameters of the portal's PBKDF2 hasher (algorithm:iterations:salt:hash): the
   * passwords are public by design, so a precomputed salted hash protects them no less than a fresh
   * one, and the first start is spared five 210,000-iteration PBKDF2 runs (about 1.3 s of the
   * cold-start path). {@code DemoDataTest} checks every hash against its password.
   */
  public record DemoLogin(
      String username,
      String password,
      String passwordHash,
      String displayName,
      String orgCode,
      Set<Role> roles) {}

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
          new DemoLogin(
              "admin",
              "Admin#2026",
              "PBKDF2WithHmacSHA256:210000:nUCQK0wqVD/gMeN39RCFzJWJaIsbFWeY/fPS5EDxcL8=:L/rZwIR1Q077ePSokI+0fy3iSc/7V0F+4VBrDltgmQQ=",
              "システム管理者",
              "demo-agency",
              Set.of(Role.ADMIN)),
          new DemoLogin(
              "officer",
              "Officer#2026",
              "PBKDF2WithHmacSHA256:210000:wxDx2iormQQkFSaRUAy3UEDzV7TVfmXyvLWGh9p1isI=:jOfmC3+ICo1Lg64f6/Y1YyrWRLf29gUvdFgAxQv9klI=",
              "調達 花子",
              "demo-agency",
              Set.of(Role.OFFICER)),
          new DemoLogin(
              "vendor.sakura",
              "Vendor#2026",
              "PBKDF2WithHmacSHA256:210000:5OUb9MMSl3+TwqyQv7kfLwxTJWgsSbNOrHGdbUBGnzk=:g/rdJuMepxuXFf44ZuXLh0EFsoYp1bs884Ig2RUpX0M=",
              "佐藤 一郎 (Sakura AI)",
              "sakura-ai",
              Set.of(Role.VENDOR)),
          new DemoLogin(
              "vendor.fuji",
              "Vendor#2026",
              "PBKDF2WithHmacSHA256:210000:cRxs+NFtafAsO7OfRAQ/GC9RLWItm4B/Iid51PdkXWU=:/et0wLYR2AE3ivQZzt5/VaZoIwmvifk76/TApiT0DQc=",
              "Jane Smith (Fuji Cloud)",
              "fuji-cloud",
              Set.of(Role.VENDOR)),
          new DemoLogin(
              "supplier.sakura",
              "Supplier#2026",
              "PBKDF2WithHmacSHA256:210000:IubItRrgW7+sQzP10dJfHUK6AZby0nz7ZL86TO2beag=:qEONTWb1JTTmHLU0gH1ZCHluFOSrzG2TA2337l7SXtI=",
              "鈴木 次郎 (Sakura AI)",
              "sakura-ai",
              Set.of(Role.SUPPLIER)));

  private DemoData() {}
}
