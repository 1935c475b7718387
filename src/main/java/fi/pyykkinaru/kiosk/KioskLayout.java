package fi.pyykkinaru.kiosk;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.live.Subscribers;
import fi.pyykkinaru.notice.PrivacyNotices;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The frame of every visitor screen: the event's name, the language switch, Done, and the kiosk guard that resets
 * an idle stand and brings the on-screen keyboard. A visit ends in one way only, whether the visitor taps Done,
 * finishes a flow and is thanked, or walks away ({@link #endVisit}): the next person at the stand starts afresh.
 */
@AnonymousAllowed
@JsModule("./src/pk-link.js")
@JsModule("./src/pk-kiosk.js")
@JsModule("./src/pk-speech.js")
@NpmPackage(value = "simple-keyboard", version = "3.8.192")
@CssImport("./styles/pyykkinaru.css")
@CssImport("./styles/a11y-keys.css")
@CssImport("./styles/a11y-modes.css")
public class KioskLayout extends Div implements RouterLayout, LocaleChangeObserver {

    private static final String LANGUAGE_CHOSEN = "pyykkinaru.language-chosen";

    final Element guard = new Element("pk-kiosk");
    final Span eventName = new Span();
    final Span standName = new Span();
    final Map<Locale, Button> languageButtons = new LinkedHashMap<>();
    final Button done = new Button();
    final Button privacy = new Button();
    // The accessibility panel's button, in the bottom corner of every visitor screen (AccessibilityPanel).
    final Button access = new Button();
    // The privacy notice or the accessibility panel while the visitor has it open: one at a time, gone with the visit.
    private @Nullable Dialog open;
    private final PrivacyNotices notices;
    private final Main content = new Main();
    private final Locale defaultLocale;
    private final long thanksMillis;
    private @Nullable HasElement shown;
    // Counts the screens shown, so that a thanks timer set on one screen does nothing once the visitor has moved on.
    private int screen;
    private QueryParameters afterThanks = QueryParameters.empty();
    private final ThisStand stand;
    private final ScreenBroadcaster broadcaster;
    private OnScreen onScreen;
    // The stand changed while a visitor was in the middle of something: the new stand is drawn when the visit ends.
    private boolean stale;
    private Subscribers.Subscription subscription = () -> { };

    KioskLayout(ThisStand stand, StandSettings settings, ScreenBroadcaster broadcaster, PrivacyNotices notices) {
        this.stand = stand;
        this.notices = notices;
        this.broadcaster = broadcaster;
        onScreen = stand.onScreen();
        List<Locale> languages = onScreen instanceof StandOnScreen shown ? shown.languages() : Translations.LOCALES;
        defaultLocale = languages.getFirst();
        thanksMillis = settings.thanksTimeout().toMillis();
        setId("kiosk");
        addClassName("kiosk");

        guard.setAttribute("timeout", String.valueOf((onScreen instanceof StandOnScreen shown ? shown.idleTimeout()
                : settings.idleTimeout()).toSeconds()));
        guard.setAttribute("warning", String.valueOf(settings.idleWarning().toSeconds()));
        guard.setAttribute("keyboard", settings.onScreenKeyboard().name().toLowerCase(Locale.ROOT));
        guard.addEventListener("kiosk-idle", e -> resetAfterIdle());
        getElement().appendChild(guard);

        eventName.addClassName("kiosk-event");
        standName.setId("kiosk-stand");
        standName.addClassName("kiosk-stand");
        showNames();
        Span brand = new Span("Pyykkinaru");
        brand.addClassName("kiosk-brand");
        Div title = new Div(brand, eventName, standName);
        title.addClassName("kiosk-title");

        Div switcher = new Div();
        switcher.addClassName("kiosk-languages");
        switcher.getElement().setAttribute("role", "group");
        for (Locale locale : languages) {
            switcher.add(languageButton(locale, nativeName(locale), "lang-" + locale.getLanguage()));
            // Plain language is a choice of its own next to its language, open to every visitor without a setting.
            // Selkosuomi is always offered; Lättläst and Plain English while their language is shown (localeChange),
            // so that the switch stays one short row for everyone else.
            Translations.plainVariant(locale).ifPresent(plain -> switcher.add(languageButton(plain,
                    getTranslation(plain, "kiosk.plain.name"), "lang-plain-" + locale.getLanguage())));
        }
        done.setId("done");
        done.addClassName("kiosk-done");
        Span mark = new Span("✓");
        mark.addClassName("kiosk-done-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        done.setIcon(mark);
        done.addClickListener(e -> leave());
        // One tap from every visitor screen: what is stored, why and for how long (GDPR art. 13).
        privacy.setId("privacy-notice");
        privacy.addClassName("kiosk-privacy");
        privacy.addClickListener(e -> showNotice());
        Div tools = new Div(privacy, done, switcher);
        tools.addClassName("kiosk-tools");
        Header header = new Header(title, tools);
        header.addClassName("kiosk-header");
        content.addClassName("kiosk-main");
        content.setId("kiosk-content");
        // A landmark of its own, so that screen readers find the button and nothing on the page is outside one.
        Footer foot = new Footer(accessButton());
        foot.addClassName("kiosk-foot");
        add(new SkipLink("kiosk-content"), header, content, foot);
        // A stand speaks its own first language to every new visitor, whatever the browser was set to.
        if (VaadinSession.getCurrent().getAttribute(LANGUAGE_CHOSEN) == null
                || !languages.contains(Translations.supported(currentLocale()))) {
            VaadinSession.getCurrent().setLocale(defaultLocale);
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        screen++;
        shown = view;
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
        done.setVisible(!(view instanceof StartPage));
        closeDialog();
        if (screen > 1) {
            focusNewScreen();
        }
        markResting();
    }

    /**
     * The control that led here is gone with the screen before: the focus goes to the new screen's heading, where a
     * keyboard user goes on with Tab and a screen reader starts reading, instead of back to the top of the page.
     * Not on the first screen, whose first Tab stop is the skip link.
     */
    private void focusNewScreen() {
        content.getElement().executeJs("""
                requestAnimationFrame(() => {
                  const active = document.activeElement;
                  if (active && active !== document.body && this.contains(active)) return;
                  const heading = [...this.querySelectorAll('h1')].find(h => h.offsetParent !== null);
                  const target = heading || this;
                  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
                  target.focus({ preventScroll: true });
                });""");
    }

    /**
     * The wall in the stand's own language has nothing an idle reset could take away: the guard resets it without
     * asking "Do you need more time?" (the guard itself also asks while a dialog or an accessibility mode is open).
     */
    private void markResting() {
        guard.setAttribute("resting", shown instanceof StartPage
                && VaadinSession.getCurrent().getAttribute(LANGUAGE_CHOSEN) == null);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        switcher().setAttribute("aria-label", getTranslation("kiosk.language"));
        done.setText(getTranslation("kiosk.done"));
        done.getElement().setAttribute("aria-label", getTranslation("kiosk.done.label"));
        privacy.setText(getTranslation("notice.open"));
        privacy.getElement().setAttribute("aria-label", getTranslation("notice.open.label"));
        privacy.getElement().setAttribute("aria-haspopup", "dialog");
        access.getElement().setAttribute("aria-label", getTranslation("a11y.open.label"));
        access.getElement().setAttribute("title", getTranslation("a11y.open.label"));
        Locale shownIn = Translations.resolved(event.getLocale());
        languageButtons.forEach((locale, button) -> {
            button.getElement().setAttribute("aria-pressed", String.valueOf(locale.equals(shownIn)));
            if (Translations.isPlain(locale) && !locale.getLanguage().equals(Translations.FINNISH.getLanguage())) {
                button.setVisible(locale.getLanguage().equals(shownIn.getLanguage()));
            }
        });
        guard.setAttribute("texts", GuardTexts.json(this::getTranslation));
        markResting();
        // On <html>, so that screen readers and hyphenation follow the switch.
        UI.getCurrent().getPage().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
        LinkTexts.apply(UI.getCurrent());
    }

    private void showNames() {
        switch (onScreen) {
            case StandOnScreen shown -> {
                eventName.setText(shown.event().name());
                standName.setText(shown.name());
            }
            case OnScreen.Pairing pairing -> {
                eventName.setText(pairing.eventName());
                standName.setText("");
            }
            case OnScreen.NotSetUp notSetUp -> {
                eventName.setText("");
                standName.setText("");
            }
        }
    }

    /**
     * Staff changed a stand or paired a screen: if that changes what this screen shows, the wall is drawn anew at
     * once (no reload); in the middle of a visit only the names change, and the rest when the visit ends.
     */
    private void recheck() {
        OnScreen now = stand.onScreen();
        if (now.equals(onScreen)) {
            return;
        }
        if (shown instanceof StartPage) {
            UI.getCurrent().refreshCurrentRoute(true);
            return;
        }
        onScreen = now;
        stale = true;
        showNames();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        subscription.cancel();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        subscription.cancel();
        subscription = broadcaster.subscribe(() -> ui.access(this::recheck));
        // Vaadin keeps its last answer to each screen, to resend it if the screen asks again after a dropped link.
        // After the first page that answer is the whole screen (some 30 KB of JSON, twice that in memory): one tiny
        // round trip once the page is drawn leaves a tiny answer kept instead while the screen stands idle.
        attach.getUI().getPage().executeJs("return 0").then(Integer.class, drawn -> { });
        // A new page in the same visit (a reload, a link) keeps the modes the visitor chose.
        VisitorAccess.current().applyTo(ui);
    }

    private Button accessButton() {
        access.setId("a11y-open");
        access.addClassName("kiosk-a11y");
        access.getElement().setAttribute("aria-haspopup", "dialog");
        // The international symbol of accessibility (a figure with open arms in a circle), drawn inline so that it
        // shows on a stand without icon fonts.
        Span symbol = new Span();
        symbol.addClassName("kiosk-a11y-symbol");
        symbol.getElement().setProperty("innerHTML", """
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">\
                <circle cx="12" cy="12" r="10.8" fill="none" stroke="currentColor" stroke-width="1.7"/>\
                <circle cx="12" cy="6.3" r="1.8" fill="currentColor"/>\
                <path d="M5.8 9.3 12 10.6l6.2-1.3M12 10.6v3.7m0 0-2.7 5m2.7-5 2.7 5" fill="none" stroke="currentColor" \
                stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round"/></svg>""");
        access.getElement().appendChild(symbol.getElement());
        access.addClickListener(e -> openAccessPanel());
        return access;
    }

    private void openAccessPanel() {
        show(new AccessibilityPanel());
    }

    private Button languageButton(Locale locale, String name, String id) {
        Button button = new Button(name, e -> switchTo(locale));
        button.setId(id);
        // A plain variant is written in its base language: lang="fi" for Selkosuomi.
        button.getElement().setAttribute("lang", locale.getLanguage());
        languageButtons.put(locale, button);
        return button;
    }

    private Element switcher() {
        return languageButtons.values().iterator().next().getElement().getParent();
    }

    private void switchTo(Locale locale) {
        VaadinSession.getCurrent().setAttribute(LANGUAGE_CHOSEN, Boolean.TRUE);
        VaadinSession.getCurrent().setLocale(locale);
    }

    private Locale currentLocale() {
        return VaadinSession.getCurrent().getLocale();
    }

    private void showNotice() {
        @Nullable Event event = onScreen instanceof StandOnScreen shown ? shown.event() : null;
        show(new NoticeDialog(notices.notice(event, currentLocale()), getTranslation("notice.close")));
    }

    private void show(Dialog dialog) {
        closeDialog();
        open = dialog;
        dialog.open();
    }

    /** The next visitor, or the next screen, does not find the last one's notice or panel open. */
    private void closeDialog() {
        Dialog shownDialog = open;
        if (shownDialog != null) {
            shownDialog.close();
            open = null;
        }
    }

    /** Done: straight back to the wall, unless that would throw away what the visitor typed without asking. */
    private void leave() {
        if (shown instanceof UnsavedWork work && work.hasUnsavedWork()) {
            work.askBeforeLeaving(() -> endVisit(QueryParameters.empty()));
            return;
        }
        endVisit(QueryParameters.empty());
    }

    /**
     * The visit is over: the next person starts afresh with the default language, a new voter, no badge, nothing
     * half-filled (every screen is drawn anew), on the wall with the given parameters.
     */
    void endVisit(QueryParameters wall) {
        VaadinSession.getCurrent().setAttribute(LANGUAGE_CHOSEN, null);
        closeDialog();
        VisitorAccess.forget();
        VisitorAccess.NONE.applyTo(UI.getCurrent());
        Visitor.next();
        VaadinSession.getCurrent().setLocale(defaultLocale);
        UI.getCurrent().navigate("", wall);
        if (stale) {
            UI.getCurrent().refreshCurrentRoute(true);
        }
    }

    /** Ends the visit of whoever is at the stand showing this screen (Done on a thanks screen). */
    public static void endVisit(Component screen, QueryParameters wall) {
        KioskLayout layout = screen.findAncestor(KioskLayout.class);
        if (layout != null) {
            layout.endVisit(wall);
        } else {
            UI.getCurrent().navigate("", wall);
        }
    }

    /**
     * A flow was completed on this screen (a slip pegged, feedback given, a badge ordered): the thanks stay for the
     * stand's thanks time, then the visit ends, unless the visitor has moved on by then.
     */
    public static void thankThenEndVisit(Component screen, QueryParameters wall) {
        KioskLayout layout = screen.findAncestor(KioskLayout.class);
        if (layout != null) {
            layout.thankThenEndVisit(wall);
        }
    }

    private void thankThenEndVisit(QueryParameters wall) {
        afterThanks = wall;
        getElement().executeJs("const layout = this; setTimeout(() => layout.$server && layout.$server.thanked($0), $1)",
                screen, thanksMillis);
    }

    @ClientCallable
    void thanked(int thankedScreen) {
        if (thankedScreen == screen && isAttached()) {
            endVisit(afterThanks);
            // The wall gets the whole idle time before its attract loop covers the writer's own slip.
            guard.executeJs("this._restartTimer()");
        }
    }

    /** The visitor walked away: as {@link #endVisit}, and the start page's attract loop. */
    private void resetAfterIdle() {
        UI ui = UI.getCurrent();
        // Also the screen's heartbeat: its last contact for staff, and a change it may have missed.
        stale = stale || !stand.onScreen().equals(onScreen);
        endVisit(QueryParameters.empty());
        ComponentUtil.fireEvent(ui, new KioskIdleEvent(ui));
    }

    private static String nativeName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
