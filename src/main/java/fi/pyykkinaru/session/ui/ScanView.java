package fi.pyykkinaru.session.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.pyykkinaru.kiosk.KioskLayout;
import fi.pyykkinaru.kiosk.TakesInput;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.badge.BadgeCodes;
import fi.pyykkinaru.badge.Registration;
import fi.pyykkinaru.badge.Registrations;
import fi.pyykkinaru.kiosk.Visitor;
import fi.pyykkinaru.session.ScannedCode;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.Sessions;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * The stand camera reads a session's QR code and opens its feedback. Without a camera (or permission), or for
 * anyone who prefers, the sessions on now and just ended are big buttons, and a session's code can be typed.
 */
@Route(value = "scan", layout = KioskLayout.class)
@AnonymousAllowed
@JsModule("./src/pk-qr-scanner.js")
@NpmPackage(value = "zxing-wasm", version = "3.1.6")
class ScanView extends Div implements LocaleChangeObserver, HasDynamicTitle, TakesInput {

    final H1 heading = new H1();
    final Paragraph hint = new Paragraph();
    final Element scanner = new Element("pk-qr-scanner");
    final Div camera = new Div();
    final Button torch = new Button();
    final Paragraph message = new Paragraph();
    final H2 nowHeading = new H2();
    final Div now = new Div();
    final TextField code = new TextField();
    final Button open = new Button();
    private final Sessions sessions;
    private final Registrations registrations;
    private final long eventId;
    private final Clock clock;
    private boolean torchOn;

    ScanView(ThisStand stand, Sessions sessions, Registrations registrations, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.eventId = stand.current().event().requireId();
        this.clock = clock;
        setId("scan");
        addClassName("scan");
        scanner.addEventListener("qr-scanned", e -> scanned(e.getEventData().get("event.detail.text").asString()))
                .addEventData("event.detail.text");
        scanner.addEventListener("camera-ready", e -> torch.setVisible(e.getEventData().get("event.detail.torch").asBoolean()))
                .addEventData("event.detail.torch");
        scanner.addEventListener("camera-unavailable", e -> cameraUnavailable());
        camera.addClassName("scan-camera");
        camera.getElement().appendChild(scanner);
        torch.setId("scan-torch");
        torch.addClassName("big-button");
        torch.setVisible(false);
        torch.addClickListener(e -> switchTorch());
        message.setId("scan-message");
        message.addClassName("scan-message");
        message.getElement().setAttribute("role", "alert");
        now.addClassName("scan-now");
        code.setId("scan-code");
        code.addClassName("field");
        code.getElement().setProperty("maxlength", 40);
        code.getElement().setAttribute("autocapitalize", "characters");
        open.setId("scan-open");
        open.addClassNames("big-button", "primary");
        open.addClickListener(e -> typed());
        code.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> typed());
        Div typing = new Div(code, open);
        typing.addClassName("scan-typing");
        add(heading, hint, camera, torch, message, nowHeading, now, typing);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("scan.title"));
        hint.setText(getTranslation("scan.hint"));
        torch.setText(getTranslation(torchOn ? "scan.torch.off" : "scan.torch.on"));
        nowHeading.setText(getTranslation("scan.now"));
        code.setLabel(getTranslation("scan.code"));
        open.setText(getTranslation("scan.open"));
        for (String guidance : List.of("closer", "still", "light")) {
            scanner.setAttribute("text-" + guidance, getTranslation("scan.guidance." + guidance));
        }
        showNow();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scan.title");
    }

    private void showNow() {
        now.removeAll();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        List<Session> current = sessions.nowAndJustEnded(eventId, clock.instant());
        for (Session session : current) {
            Button pick = new Button(time.format(session.startsAt().atZone(clock.getZone())) + " · " + session.title(),
                    e -> openFeedback(session));
            pick.setId("scan-pick-" + session.token());
            pick.addClassNames("big-button", "scan-pick");
            now.add(pick);
        }
        if (current.isEmpty()) {
            now.add(new Paragraph(getTranslation("scan.now.none")));
        }
    }

    private void scanned(String text) {
        if (badge(text)) {
            return;
        }
        Optional<String> token = ScannedCode.sessionToken(text);
        if (token.isEmpty()) {
            message.setText(getTranslation("scan.not-ours"));
            return;
        }
        sessions.byToken(token.get()).ifPresentOrElse(this::openFeedback,
                () -> message.setText(getTranslation("scan.unknown")));
    }

    private void typed() {
        String value = code.getValue();
        if (badge(value)) {
            code.setInvalid(false);
            code.clear();
            return;
        }
        Optional<Session> session = ScannedCode.sessionToken(value).flatMap(sessions::byToken);
        code.setInvalid(session.isEmpty());
        code.setErrorMessage(session.isEmpty() ? getTranslation("scan.unknown") : "");
        session.ifPresent(this::openFeedback);
    }

    /**
     * A badge's QR shown here makes its voting secret the voter's key for this visit (until the idle reset), so their
     * feedback counts once however many screens and visits they use; then the session's code is still needed. A
     * typed code finds the registration but carries no secret: votes stay this visitor's.
     */
    private boolean badge(String text) {
        if (BadgeCodes.read(text).isEmpty()) {
            return false;
        }
        Optional<Registration> registration = registrations.byCode(text)
                .filter(r -> r.eventId() == eventId);
        Optional<String> secret = BadgeCodes.votingSecret(text);
        registration.ifPresentOrElse(r -> {
            secret.ifPresentOrElse(s -> Visitor.badge(r.badgeCode(), s), () -> Visitor.badge(r.badgeCode()));
            message.setText(getTranslation(secret.isPresent() ? "scan.badge" : "scan.badge.typed", r.name()));
        }, () -> message.setText(getTranslation("scan.badge.unknown")));
        return true;
    }

    private void cameraUnavailable() {
        camera.setVisible(false);
        torch.setVisible(false);
        message.setText(getTranslation("scan.no-camera"));
    }

    private void switchTorch() {
        torchOn = !torchOn;
        scanner.setProperty("torch", torchOn);
        torch.setText(getTranslation(torchOn ? "scan.torch.off" : "scan.torch.on"));
    }

    private void openFeedback(Session session) {
        UI.getCurrent().navigate("feedback/" + session.token());
    }
}
