package io.worklane.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.worklane.it.support.AdminKeys;
import io.worklane.it.support.ItDirectories;
import io.worklane.it.support.KeycloakServer;
import io.worklane.it.support.StaticSite;
import io.worklane.it.support.WorklaneServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The reference web app (frontends/web/app) in headless Chromium, against the packaged server and a real
 * Keycloak: a person signs in on Keycloak's own page (PKCE), creates an item, drags it across the board,
 * sees a refused move with the guard's reason, and sees a change made through REST appear without reloading;
 * then opens the item page (moves with reasons, a comment, the activity) and the dashboards (workload
 * heatmap, budget burn, Gantt). Bad input on the way ({@link ReferenceAppBadInput}): a field error beside its
 * field, a dropped WebSocket whose gap is filled by seq, a stale edit refused with 412 and reloaded, and an
 * expired token renewed or, once the session has ended, a request to sign in again. Screenshots go to target/screenshots. Skipped with a message where Debian's chromium is not installed.
 */
class ReferenceAppBrowserIT {
    private static final Path CHROMIUM = Path.of(System.getProperty("worklane.chromium", "/usr/bin/chromium"));
    private static final Path APP = Path.of(System.getProperty("worklane.web.app", "../frontends/web/app"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void a_person_signs_in_and_works_the_board_in_a_real_browser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "SKIPPED browser tests: no Chromium at " + CHROMIUM
                + " (apt-get install chromium; .ci/run installs it)");
        Path dir = ItDirectories.fresh(ReferenceAppBrowserIT.class.getSimpleName());
        String adminKey = AdminKeys.random();
        String password = "pw-" + UUID.randomUUID();
        try (StaticSite app = StaticSite.serve(APP.toAbsolutePath().normalize())) {
            String origin = app.uri().toString().replaceAll("/$", "");
            try (KeycloakServer keycloak = KeycloakServer.start(dir.resolve("keycloak"),
                         Map.of("WORKLANE_WEB_REDIRECT_URI", app.uri() + "*", "WORKLANE_WEB_ORIGIN", origin));
                 WorklaneServer server = WorklaneServer.start(dir.resolve("data"), adminKey,
                         Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer(), "WORKLANE_CORS_ORIGINS", origin))) {
                app.configure(config(server, keycloak));
                keycloak.createUser("ada", "ada@example.com", password);
                Rest rest = new Rest(server.baseUri(), adminKey);
                seed(rest);
                drive(app, password, rest, keycloak, server.baseUri().toString().replaceAll("/$", ""));
            }
        }
    }

    private static void drive(StaticSite app, String password, Rest rest, KeycloakServer keycloak, String apiBase)
            throws Exception {
        Files.createDirectories(SCREENSHOTS);
        ReferenceAppBadInput badInput = new ReferenceAppBadInput(SCREENSHOTS);
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM).setHeadless(true))) {
            Page page = browser.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(app.uri().toString());

            page.click("#sign-in-keycloak");
            page.fill("#username", "ada");
            page.fill("#password", password);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("1-keycloak-sign-in.png")));
            page.click("#kc-login");
            assertThat(page.locator("#session")).containsText("ada@example.com");
            assertThat(page.locator(".column[data-state=backlog]")).isVisible();
            badInput.fieldErrors(page); // and then creates "Made in the browser"
            Locator card = page.locator(".card", new Page.LocatorOptions().setHasText("Made in the browser"));
            assertThat(page.locator(".column[data-state=backlog] .card")).containsText("Made in the browser");

            card.dragTo(page.locator(".column[data-state=todo] ul"));
            assertThat(page.locator(".column[data-state=todo] .card")).containsText("Made in the browser");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("2-board-after-drag.png")));

            page.locator(".column[data-state=todo] .card").first().dragTo(page.locator(".column[data-state=in_progress] ul"));
            assertThat(page.locator("#message")).containsText("not allowed");
            assertThat(page.locator("#message")).containsText("assignees");
            assertThat(page.locator(".column[data-state=todo] .card")).containsText("Made in the browser");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("3-refused-move.png")));

            rest.call("POST", "/api/v1/workspaces/web/work-items", "{\"project\":\"WEB\",\"title\":\"Made through REST\"}");
            assertThat(page.locator(".column[data-state=backlog] .card")).containsText("Made through REST");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("4-live-update.png")));

            badInput.droppedSocket(page, rest);
            itemPage(page);
            dashboards(page, rest);
            badInput.staleEdit(page, rest);
            badInput.expiredToken(browser, app.uri().toString(), apiBase, keycloak, password);
        }
    }

    /** Keycloak's own sign-in page, reached from the app's button; back in the app, signed in. */
    static void signIn(Page page, String password) {
        page.click("#sign-in-keycloak");
        page.fill("#username", "ada");
        page.fill("#password", password);
        page.click("#kc-login");
        assertThat(page.locator("#session")).containsText("ada@example.com");
    }

    /** The item page: its refused move with the guard's reason, a comment added, and the activity. */
    private static void itemPage(Page page) {
        page.click("button[aria-label='Open WEB-1']");
        assertThat(page.locator("#item-title")).containsText("Made in the browser");
        assertThat(page.locator("#item-moves .why", new Page.LocatorOptions().setHasText("assignees"))).isVisible();
        page.fill("#comment-body", "Looks right to me");
        page.click("#comment-form button[type=submit]");
        assertThat(page.locator("#item-comments .comments")).containsText("Looks right to me");
        assertThat(page.locator("#item-activity")).containsText("created the item");
        assertThat(page.locator("#item-activity")).containsText("changed status from backlog to todo");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("5-item-page.png")));
        page.click("#item .close");
        assertThat(page.locator("#item")).isHidden();
    }

    /** Workload heatmap with an over-allocated week, budget burn figures, and the Gantt's critical path. */
    private static void dashboards(Page page, Rest rest) throws Exception {
        String monday = LocalDate.now(ZoneOffset.UTC).with(DayOfWeek.MONDAY).toString();
        String resource = rest.call("POST", "/api/v1/workspaces/web/resources",
                "{\"kind\":\"PERSON\",\"name\":\"Grace\"}").path("id").asText();
        rest.call("POST", "/api/v1/workspaces/web/allocations", "{\"resource\":\"" + resource + "\",\"project\":\"WEB\","
                + "\"from\":\"" + monday + "\",\"to\":\"" + LocalDate.parse(monday).plusDays(6) + "\",\"minutesPerWeek\":3600}");
        YearMonth month = YearMonth.from(LocalDate.parse(monday));
        rest.call("POST", "/api/v1/workspaces/web/budgets", "{\"project\":\"WEB\",\"currency\":\"EUR\",\"lines\":"
                + "[{\"category\":\"LABOUR\",\"planned\":{\"amount\":\"5000.00\",\"currency\":\"EUR\"},\"phases\":{\""
                + month.minusMonths(1) + "\":\"1000.00\",\"" + month + "\":\"1500.00\",\"" + month.plusMonths(1)
                + "\":\"1500.00\",\"" + month.plusMonths(2) + "\":\"1000.00\"}}]}");
        rest.call("POST", "/api/v1/workspaces/web/expenses", "{\"project\":\"WEB\",\"category\":\"OTHER\",\"date\":\""
                + monday + "\",\"amount\":{\"amount\":\"1250.00\",\"currency\":\"EUR\"}}");
        rest.call("POST", "/api/v1/workspaces/web/work-items/WEB-2/dependencies", "{\"predecessor\":\"WEB-1\"}");
        LocalDate start = LocalDate.parse(monday).withDayOfMonth(1).minusMonths(1);
        rest.call("PATCH", "/api/v1/workspaces/web/projects/WEB", "{\"startDate\":\"" + start + "\",\"targetDate\":\""
                + start.plusMonths(4).minusDays(1) + "\"}");
        rest.call("PATCH", "/api/v1/workspaces/web/work-items/WEB-1", "{\"estimateMinutes\":1440}");
        rest.call("PATCH", "/api/v1/workspaces/web/work-items/WEB-2", "{\"estimateMinutes\":960}");

        page.click("#views button[data-view=workload]");
        assertThat(page.locator("#heatmap tr[data-resource=Grace] td[data-week='" + monday + "']")).containsText("over");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("6-workload-heatmap.png")));
        page.click("#views button[data-view=budget]");
        assertThat(page.locator(".burn-figures td[data-figure=Planned]")).containsText("5000.00");
        assertThat(page.locator(".burn-figures td[data-figure=Actual]")).containsText("1250.00");
        assertThat(page.locator("svg.burn")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("7-budget-burn.png")));
        page.click("#views button[data-view=schedule]");
        assertThat(page.locator("#gantt-items tr[data-key=WEB-2]")).containsText("critical");
        assertThat(page.locator("svg.gantt rect[data-key=WEB-1]")).hasClass("critical");
        double first = Double.parseDouble(page.locator("svg.gantt rect[data-key=WEB-1]").getAttribute("x"));
        double second = Double.parseDouble(page.locator("svg.gantt rect[data-key=WEB-2]").getAttribute("x"));
        assertThat(second).as("WEB-2's bar starts after WEB-1's, which it waits for").isGreaterThan(first);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("8-gantt.png")));
        page.click("#views button[data-view=board]");
        assertThat(page.locator(".column[data-state=todo] .card")).containsText("Made in the browser");
    }

    private static void seed(Rest rest) throws Exception {
        rest.call("POST", "/api/v1/workspaces", "{\"slug\":\"web\",\"name\":\"Web team\"}");
        rest.call("POST", "/api/v1/workspaces/web/projects", "{\"key\":\"WEB\",\"name\":\"Website\"}");
        String workflow = rest.call("POST", "/api/v1/workspaces/web/workflows",
                "{\"template\":\"software_delivery\",\"name\":\"Delivery\"}").path("id").asText();
        rest.call("PATCH", "/api/v1/workspaces/web/projects/WEB", "{\"workflow\":\"" + workflow + "\"}");
        rest.call("POST", "/api/v1/workspaces/web/members", "{\"email\":\"ada@example.com\",\"role\":\"ADMIN\"}");
    }

    private static String config(WorklaneServer server, KeycloakServer keycloak) {
        return "{\"apiBase\":\"" + server.baseUri().toString().replaceAll("/$", "") + "\",\"keycloak\":{\"url\":\""
                + keycloak.baseUrl("localhost") + "\",\"realm\":\"" + KeycloakServer.REALM + "\",\"clientId\":\"worklane-web\"}}";
    }

    /** REST calls as the workspace's administrator, each expected to succeed. */
    record Rest(URI base, String key) {
        /** The same, for callbacks that may not throw checked exceptions. */
        JsonNode unchecked(String method, String path, String body) {
            try {
                return call(method, path, body);
            } catch (Exception e) {
                throw new IllegalStateException(method + " " + path, e);
            }
        }

        JsonNode call(String method, String path, String body) throws Exception {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
            return JSON.readTree(response.body());
        }
    }
}
