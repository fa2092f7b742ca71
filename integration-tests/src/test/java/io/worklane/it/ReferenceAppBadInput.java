package io.worklane.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.worklane.it.support.KeycloakServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The "bad input" steps of {@link ReferenceAppBrowserIT}, on its browser, Keycloak and server: problem
 * documents shown as a person understands them (a field error beside its field, 412 "someone changed this,
 * reload"), a dropped WebSocket whose gap is filled from the change feed by seq, and an expired token that
 * is renewed, or, when the session has ended, a request to sign in again.
 */
final class ReferenceAppBadInput {
    private static final String ITEMS = "/api/v1/workspaces/web/work-items";
    private final Path screenshots;

    ReferenceAppBadInput(Path screenshots) {
        this.screenshots = screenshots;
    }

    /**
     * 400 with errors[].field: the message stands beside the field (marked invalid) and nothing is created;
     * corrected, the title goes through.
     */
    void fieldErrors(Page page) {
        page.fill("#new-title", "");
        page.click("#create-form button[type=submit]");
        assertThat(page.locator("#new-title-error")).not().isEmpty();
        page.fill("#new-title", "x".repeat(501));
        page.click("#create-form button[type=submit]");
        assertThat(page.locator("#new-title-error")).containsText("500");
        assertThat(page.locator("#new-title")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#message")).isHidden();
        assertThat(page.locator(".card")).hasCount(0);
        screenshot(page, "2a-field-error.png");
        page.fill("#new-title", "Made in the browser");
        page.click("#create-form button[type=submit]");
        assertThat(page.locator("#new-title-error")).isEmpty();
        assertThat(page.locator("#new-title")).not().hasAttribute("aria-invalid", "true");
    }

    /**
     * The socket is cut and stays down while an item is created through REST; when it may connect again, the
     * app asks the change feed for what came after the last seq it saw, and the board shows the item. No
     * other event follows, so only the gap filling can bring it.
     */
    void droppedSocket(Page page, ReferenceAppBrowserIT.Rest rest) {
        AtomicBoolean down = new AtomicBoolean(true);
        // every socket opened from now on passes here: closed while "down", connected to the server after
        page.routeWebSocket(url -> url.endsWith("/graphql"), ws -> {
            if (down.get()) {
                ws.close();
            } else {
                ws.connectToServer();
            }
        });
        Response gapFill = page.waitForResponse(r -> r.url().contains("/events?afterSeq="), () -> {
            page.evaluate("window.worklaneLive.drop()");
            assertThat(page.locator("#live-status")).hasText("reconnecting…");
            rest.unchecked("POST", ITEMS, "{\"project\":\"WEB\",\"title\":\"Made while offline\"}");
            down.set(false);
        });
        long afterSeq = Long.parseLong(gapFill.url().replaceAll(".*afterSeq=(\\d+).*", "$1"));
        assertThat(afterSeq).as("the last seq seen before the drop").isPositive();
        assertThat(gapFill.text()).contains("Made while offline");
        assertThat(page.locator(".column[data-state=backlog]")).containsText("Made while offline");
        assertThat(page.locator("#live-status")).hasText("live");
    }

    /** An edit sent with the ETag of a version someone else has since changed: 412, a reload, then it goes through. */
    void staleEdit(Page page, ReferenceAppBrowserIT.Rest rest) {
        page.click("button[aria-label='Open WEB-3']");
        assertThat(page.locator("#item-title")).containsText("Made while offline");
        rest.unchecked("PATCH", ITEMS + "/WEB-3", "{\"title\":\"Renamed through REST\"}");
        page.fill("#rename-title", "Renamed in the browser");
        page.click("#rename-form button[type=submit]");
        assertThat(page.locator("#message")).containsText("Someone changed this in the meantime");
        screenshot(page, "9-stale-edit.png");
        page.click("#message button");
        assertThat(page.locator("#item-title")).containsText("Renamed through REST");
        assertThat(page.locator("#message")).isHidden();
        page.fill("#rename-title", "Renamed in the browser");
        page.click("#rename-form button[type=submit]");
        assertThat(page.locator("#item-title")).containsText("Renamed in the browser");
        assertThat(page.locator(".card[data-key=WEB-3]")).containsText("Renamed in the browser");
        assertThat(page.locator("#message")).isHidden();
        page.click("#item .close");
    }

    /**
     * A fresh sign-in with 5-second access tokens: past expiry an action succeeds (renewed with the refresh
     * token); a token the server refuses though the app thought it valid (clock skew) is renewed after the 401
     * and the call retried; once the session has ended, the refresh is refused and the app asks to sign in again.
     */
    void expiredToken(Browser browser, String appUri, String apiBase, KeycloakServer keycloak, String password) {
        keycloak.updateRealm(Map.of("accessTokenLifespan", 5));
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            List<String> refreshes = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            page.onRequest(r -> {
                if (r.url().endsWith("/token") && String.valueOf(r.postData()).contains("grant_type=refresh_token")) {
                    refreshes.add(r.url());
                }
            });
            page.onResponse(r -> {
                if (r.status() == 401 && r.url().startsWith(apiBase)) {
                    refused.add(r.url());
                }
            });
            page.navigate(appUri);
            ReferenceAppBrowserIT.signIn(page, password);
            assertThat(page.locator(".column[data-state=backlog]")).isVisible();
            stopLive(page);

            awaitExpiry(page, "JSON.parse(sessionStorage.getItem('worklane.auth')).expiresAt");
            refreshes.clear();
            page.fill("#new-title", "Made after the token expired");
            page.click("#create-form button[type=submit]");
            assertThat(page.locator(".column[data-state=backlog]")).containsText("Made after the token expired");
            assertThat(refreshes).as("the expired access token was renewed with the refresh token").isNotEmpty();

            page.evaluate("() => { const s = JSON.parse(sessionStorage.getItem('worklane.auth'));"
                    + " s.expiresAt = Date.now() + 3600000; sessionStorage.setItem('worklane.auth', JSON.stringify(s)); }");
            awaitExpiry(page, "JSON.parse(atob(JSON.parse(sessionStorage.getItem('worklane.auth')).accessToken"
                    + ".split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))).exp * 1000 + 1000");
            refreshes.clear();
            page.reload();
            assertThat(page.locator(".column[data-state=backlog]")).containsText("Made after the token expired");
            stopLive(page);
            assertThat(refused).as("the server refused the stale token").isNotEmpty();
            assertThat(refreshes).as("renewed after the 401").isNotEmpty();

            keycloak.endSessions("ada");
            awaitExpiry(page, "JSON.parse(sessionStorage.getItem('worklane.auth')).expiresAt");
            page.fill("#new-title", "Never made");
            page.click("#create-form button[type=submit]");
            assertThat(page.locator("#sign-in")).isVisible();
            assertThat(page.locator("#message")).containsText("Please sign in again");
            screenshot(page, "10-sign-in-again.png");
        }
    }

    /**
     * Ends the board's subscription. The server closes it when its token expires, and the app renews the token
     * before it reconnects: that would race the steps above, in which only the actions should renew.
     */
    private static void stopLive(Page page) {
        assertThat(page.locator("#live-status")).hasText("live");
        page.evaluate("window.worklaneLive.close()");
    }

    /** Waits (in the page, no fixed sleep) until Date.now() passes the given instant in milliseconds. */
    private static void awaitExpiry(Page page, String instant) {
        try {
            page.waitForFunction("() => Date.now() > " + instant);
        } catch (RuntimeException e) {
            throw new AssertionError("not past " + instant + ": now " + page.evaluate("Date.now()") + ", session "
                    + page.evaluate("sessionStorage.getItem('worklane.auth')"), e);
        }
    }

    private void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots.resolve(name)));
    }
}
