package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.pyykkinaru.kiosk.KioskLayout;
import fi.pyykkinaru.kiosk.OnScreen;
import fi.pyykkinaru.kiosk.PublicAddress;
import fi.pyykkinaru.kiosk.StartPage;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.printing.QrCodes;
import java.util.Base64;

/**
 * The wall of a screen that has no stand to show: its pairing code, large, with a QR code staff scan with a phone,
 * while the current event has several stands; or a calm "not set up yet" before any event exists. The kiosk shows
 * it in place of the wall (the address stays the wall's), and the wall comes as soon as staff pair the screen.
 */
@Route(value = "screen", layout = KioskLayout.class)
@AnonymousAllowed
class ScreenSetUpView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle, StartPage {

    /** An event created or made current is not announced to screens: a screen waiting for one asks now and then. */
    static final int RECHECK_MILLIS = 20_000;

    final H1 title = new H1();
    final Paragraph code = new Paragraph();
    final Image qr = new Image();
    final Paragraph words = new Paragraph();
    final Anchor staffLink = new Anchor();
    private final ThisStand stand;
    private final PublicAddress address;
    private final QrCodes qrCodes;
    private OnScreen onScreen = new OnScreen.NotSetUp();

    ScreenSetUpView(ThisStand stand, PublicAddress address, QrCodes qrCodes) {
        this.stand = stand;
        this.address = address;
        this.qrCodes = qrCodes;
        setId("screen-set-up");
        addClassName("screen-set-up");
        code.setId("pairing-code");
        code.addClassName("pairing-code");
        qr.setId("pairing-qr");
        qr.addClassName("pairing-qr");
        words.addClassName("screen-set-up-words");
        staffLink.addClassName("screen-set-up-staff");
        getElement().executeJs("const view = this; view._recheck = setInterval(() => view.$server"
                + " ? view.$server.recheck() : clearInterval(view._recheck), $0)", RECHECK_MILLIS);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        onScreen = stand.onScreen();
        removeAll();
        switch (onScreen) {
            case OnScreen.Pairing pairing -> {
                String pairingCode = stand.pairingCode();
                String target = address.base() + "/staff/stands?code=" + pairingCode;
                code.setText(pairingCode);
                qr.setSrc("data:image/png;base64," + Base64.getEncoder().encodeToString(qrCodes.png(target, 360)));
                staffLink.setId("pairing-staff");
                staffLink.setHref("staff/stands?code=" + pairingCode);
                Div codeAndQr = new Div(code, qr);
                codeAndQr.addClassName("pairing-code-and-qr");
                add(title, codeAndQr, words, staffLink);
            }
            case OnScreen.NotSetUp notSetUp -> {
                staffLink.setId("setup-staff");
                staffLink.setHref("staff/events");
                add(title, words, staffLink);
            }
            // Paired or set up meanwhile (a stale address, a refresh): the wall.
            default -> navigation.forwardTo("");
        }
        getElement().getClassList().set("screen-set-up--pairing", onScreen instanceof OnScreen.Pairing);
        localize();
    }

    /** The screen's own poll: what it shows changed (an event was set up), so its wall is drawn. */
    @ClientCallable
    void recheck() {
        if (!stand.onScreen().equals(onScreen)) {
            UI.getCurrent().refreshCurrentRoute(true);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        localize();
    }

    private void localize() {
        boolean pairing = onScreen instanceof OnScreen.Pairing;
        title.setText(getTranslation(pairing ? "screen.pairing.title" : "screen.not-set-up.title"));
        words.setText(getTranslation(pairing ? "screen.pairing.words" : "screen.not-set-up.words"));
        staffLink.setText(getTranslation(pairing ? "screen.pairing.staff" : "screen.not-set-up.staff"));
        qr.setAlt(getTranslation("screen.pairing.qr"));
    }

    @Override
    public String getPageTitle() {
        return "Pyykkinaru";
    }
}
