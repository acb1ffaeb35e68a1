package jp.shinsa.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import jp.shinsa.testsupport.Browser;
import jp.shinsa.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a person sees, in real headless Chromium against a real Payara Micro. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.shippedWar();
  }

  @ArquillianResource URL base;

  @Test
  void officerOnAJapaneseBrowserSignsInInJapaneseAndSwitchesToEnglishAndBack() {
    try (Browser b = Browser.open("ja")) {
      b.get(base + "app/dashboard.xhtml");
      b.waitUntil(d -> d.getCurrentUrl().contains("login.xhtml"));
      assertEquals("ログイン — 審査 Shinsa", b.driver().getTitle());

      b.type("#login\\:username", "officer");
      b.type("#login\\:password", "wrong-password");
      b.click("#login\\:submit");
      b.waitForText("#login\\:messages", "ユーザー名またはパスワードが正しくありません");

      b.type("#login\\:username", "officer");
      b.type("#login\\:password", "Officer#2026");
      b.click("#login\\:submit");
      b.waitForText("h1.shinsa-title", "ダッシュボード");
      assertTrue(b.text("#welcome").contains("調達 花子"));
      assertTrue(b.text("#nav").contains("デモ省"), "organisation shown in Japanese");

      b.click("#nav\\:langEn");
      b.waitForText("h1.shinsa-title", "Dashboard");
      assertTrue(b.text("#welcome").startsWith("Welcome"));
      assertTrue(b.text("#nav").contains("Demo Ministry"), "organisation shown in English");

      b.click("#nav\\:langJa");
      b.waitForText("h1.shinsa-title", "ダッシュボード");
    }
  }

  @Test
  void anEnglishBrowserGetsEnglishAndAnExpiredSessionIsExplained() {
    try (Browser b = Browser.open("en-US")) {
      b.get(base + "login.xhtml?expired=true");
      assertEquals("Sign in — Shinsa", b.driver().getTitle());
      b.waitForText("#login\\:messages", "Your session has expired");
    }
  }
}
