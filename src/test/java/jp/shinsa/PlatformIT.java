package jp.shinsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import jp.shinsa.application.identity.AccountService;
import jp.shinsa.application.identity.LoginResult;
import jp.shinsa.application.identity.LoginService;
import jp.shinsa.domain.identity.Role;
import jp.shinsa.domain.organisation.OrganisationRepository;
import jp.shinsa.infrastructure.persistence.DatabaseMigration;
import jp.shinsa.testsupport.Deployments;
import jp.shinsa.testsupport.Http;
import jp.shinsa.testsupport.IntegrationDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform in a real Payara Micro: migrations, login and roles, lockout, organisation scoping,
 * health, metrics and OpenAPI. One class so that Payara boots once.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  private static final String OFFICER = Http.basic("officer", "Officer#2026");
  private static final String VENDOR_FUJI = Http.basic("vendor.fuji", "Vendor#2026");
  private static final String ADMIN = Http.basic("admin", "Admin#2026");

  @Deployment
  static WebArchive deployment() {
    return Deployments.shippedWar();
  }

  @ArquillianResource URL base;

  @Inject DatabaseMigration database;
  @Inject LoginService loginService;
  @Inject AccountService accountService;
  @Inject OrganisationRepository organisations;

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  // ---- in the container -------------------------------------------------------------------

  @Test
  void everyMigrationInTheWarHasBeenAppliedSuccessfully() {
    MigrationInfoService info =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .info();
    assertTrue(info.all().length > 0, "the WAR ships migrations");
    assertEquals(0, info.pending().length, "nothing left pending");
    assertEquals(info.all().length, info.applied().length);
    for (var m : info.applied()) {
      assertTrue(
          m.getState().isApplied() && !m.getState().isFailed(),
          m.getVersion() + " " + m.getState());
    }
  }

  @Test
  void runsOnTheDatabaseTheTestRunChose() {
    String expected =
        System.getProperty("shinsa.db.url", "").startsWith("jdbc:postgresql") ? "PostgreSQL" : "H2";
    assertEquals(expected, database.databaseProduct());
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() {
    var agency = organisations.findByCode("demo-agency").orElseThrow();
    String name = "lock-test-" + System.nanoTime();
    accountService.create(
        name, "Lock Test", "Right#2026".toCharArray(), agency, Set.of(Role.OFFICER));

    for (int i = 0; i < 4; i++) {
      assertEquals(
          LoginResult.Status.INVALID, loginService.attempt(name, "wrong".toCharArray()).status());
    }
    assertEquals(
        LoginResult.Status.LOCKED, loginService.attempt(name, "wrong".toCharArray()).status());
    assertEquals(
        LoginResult.Status.LOCKED, loginService.attempt(name, "Right#2026".toCharArray()).status());
    assertTrue(loginService.isLocked(name));
  }

  @Test
  void passwordsAreStoredAsPbkdf2HashesNeverAsPlainText() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT password_hash FROM user_account WHERE username = 'officer'")) {
      assertTrue(rs.next());
      String hash = rs.getString(1);
      assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:"), hash);
      assertFalse(hash.contains("Officer#2026"));
    }
  }

  // ---- as a client --------------------------------------------------------------------------

  @Test
  @RunAsClient
  void readinessReportsTheDatabaseAndTheMigratedSchema() {
    Http http = new Http(root());
    HttpResponse<String> r = http.get("health/ready", null);
    assertEquals(200, r.statusCode(), r.body());
    JsonObject db =
        json(r.body()).getJsonArray("checks").stream()
            .map(v -> v.asJsonObject())
            .filter(o -> o.getString("name").equals("database"))
            .findFirst()
            .orElseThrow();
    assertEquals("UP", db.getString("status"));
    assertEquals(
        System.getProperty(IntegrationDatabase.PRODUCT_PROPERTY),
        db.getJsonObject("data").getString("product"));
    assertEquals(200, http.get("health/live", null).statusCode());
  }

  @Test
  @RunAsClient
  void metricsAndOpenApiAreServed() {
    Http http = new Http(root());
    assertEquals(200, http.get("metrics", null).statusCode());
    HttpResponse<String> openapi = http.get("openapi", null);
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("/api/v1/organisations"), "OpenAPI documents the REST API");
  }

  @Test
  @RunAsClient
  void restWithoutCredentialsGetsProblemJson401NotALoginPage() {
    HttpResponse<String> r = new Http(base).get("api/v1/me", null);
    assertEquals(401, r.statusCode());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertEquals(401, json(r.body()).getInt("status"));
  }

  @Test
  @RunAsClient
  void wrongPasswordIsRejected() {
    assertEquals(401, new Http(base).get("api/v1/me", Http.basic("officer", "nope")).statusCode());
  }

  @Test
  @RunAsClient
  void eachDemoUserSignsInWithTheirRoleAndOrganisation() {
    Http http = new Http(base);
    JsonObject officer = json(http.get("api/v1/me", OFFICER).body());
    assertEquals("demo-agency", officer.getString("organisationCode"));
    assertEquals("OFFICER", officer.getJsonArray("roles").getString(0));
    JsonObject vendor = json(http.get("api/v1/me", VENDOR_FUJI).body());
    assertEquals("fuji-cloud", vendor.getString("organisationCode"));
    assertEquals("VENDOR", vendor.getJsonArray("roles").getString(0));
  }

  @Test
  @RunAsClient
  void aVendorSeesOnlyItsOwnOrganisation() {
    Http http = new Http(base);
    JsonArray visible = jsonArray(http.get("api/v1/organisations", VENDOR_FUJI).body());
    assertEquals(1, visible.size());
    assertEquals("fuji-cloud", visible.getJsonObject(0).getString("code"));

    long sakuraId =
        jsonArray(http.get("api/v1/organisations", OFFICER).body()).stream()
            .map(v -> v.asJsonObject())
            .filter(o -> o.getString("code").equals("sakura-ai"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> other = http.get("api/v1/organisations/" + sakuraId, VENDOR_FUJI);
    assertEquals(
        404, other.statusCode(), "another tenant's organisation is indistinguishable from none");
    assertEquals(200, http.get("api/v1/organisations/" + sakuraId, OFFICER).statusCode());
  }

  @Test
  @RunAsClient
  void pagesNeedALoginAndAdminPagesNeedTheAdminRole() {
    Http http = new Http(base);
    HttpResponse<String> anonymous = http.get("app/dashboard.xhtml", null);
    assertEquals(302, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    assertEquals(403, http.get("app/admin/index.xhtml", VENDOR_FUJI).statusCode());
    assertEquals(403, http.get("app/admin/index.xhtml", OFFICER).statusCode());
    assertEquals(200, http.get("app/admin/index.xhtml", ADMIN).statusCode());
    assertEquals(200, http.get("login.xhtml", null).statusCode());
  }

  @Test
  @RunAsClient
  void anAdministratorLoadsARevisedCatalogueOnlyWhenTheWholeFileIsValid() {
    Http http = new Http(base);
    JsonObject active = json(http.get("api/v1/catalogue", OFFICER).body());
    int versionsBefore = jsonArray(http.get("api/v1/catalogue/versions", ADMIN).body()).size();

    // Two problems at once: a duplicated item ID and a missing Japanese title.
    var items = Json.createArrayBuilder(active.getJsonArray("items"));
    JsonObject first = active.getJsonArray("items").getJsonObject(0);
    items.add(
        Json.createObjectBuilder(first)
            .add("title", Json.createObjectBuilder().add("en", "Only English")));
    String broken =
        Json.createObjectBuilder(active)
            .add("version", "it-broken")
            .add("items", items)
            .build()
            .toString();
    HttpResponse<String> rejected = http.send(post("api/v1/catalogue", ADMIN, broken, http));
    assertEquals(422, rejected.statusCode(), rejected.body());
    assertTrue(
        rejected
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    JsonArray errors = json(rejected.body()).getJsonArray("errors");
    assertTrue(errors.size() >= 2, rejected.body());
    assertTrue(rejected.body().contains("title.ja"), rejected.body());
    assertEquals(
        versionsBefore,
        jsonArray(http.get("api/v1/catalogue/versions", ADMIN).body()).size(),
        "nothing half-loaded");

    String revised =
        Json.createObjectBuilder(active)
            .add("version", "it-revised-" + System.nanoTime())
            .build()
            .toString();
    assertEquals(403, http.send(post("api/v1/catalogue", OFFICER, revised, http)).statusCode());
    HttpResponse<String> loaded = http.send(post("api/v1/catalogue", ADMIN, revised, http));
    assertEquals(201, loaded.statusCode(), loaded.body());
    assertTrue(json(loaded.body()).getBoolean("active"));
    assertEquals(
        json(revised).getString("version"),
        json(http.get("api/v1/catalogue", VENDOR_FUJI).body()).getString("version"));
  }

  private static java.net.http.HttpRequest post(String path, String auth, String body, Http http) {
    return java.net.http.HttpRequest.newBuilder(http.uri(path))
        .header("Authorization", auth)
        .header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** Health, metrics and OpenAPI live at the server root, outside the application's context. */
  private URL root() {
    try {
      return new URL(base.getProtocol(), base.getHost(), base.getPort(), "/");
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  static JsonArray jsonArray(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }
}
